import { describe, expect, it } from 'vitest'
import { matchPage } from '../../src/site/routing'
import { parseSitemapPart, planSitemap, SITEMAP_URLS_PER_FILE, sitemapPartPath } from '../../src/site/sitemap-plan'

describe('sitemap plan', () => {
  it('keeps one file up to 45,000 URLs and splits above', () => {
    expect(SITEMAP_URLS_PER_FILE).toBe(45_000)
    expect(planSitemap({ pages: 60, articles: 4_940, items: 40_000 })).toEqual({ single: true })
    const plan = planSitemap({ pages: 60, articles: 5_000, items: 100_000 })
    expect(plan.single).toBe(false)
    if (plan.single) return
    expect(plan.parts.map(sitemapPartPath)).toEqual(['/sitemaps/pages.xml', '/sitemaps/articles-1.xml', '/sitemaps/items-1.xml', '/sitemaps/items-2.xml', '/sitemaps/items-3.xml'])
  })

  it('reads part paths back, and routes them', () => {
    for (const part of [{ kind: 'pages', n: 1 }, { kind: 'articles', n: 2 }, { kind: 'items', n: 17 }] as const) {
      expect(parseSitemapPart(sitemapPartPath(part))).toEqual(part)
      expect(matchPage(sitemapPartPath(part))).toEqual({ kind: 'sitemap-part', part })
    }
    for (const bad of ['/sitemaps/items-0.xml', '/sitemaps/pages-1.xml', '/sitemaps/other-1.xml', '/sitemaps/items-1234567.xml']) {
      expect(parseSitemapPart(bad), bad).toBeNull()
      expect(matchPage(bad), bad).toBeNull()
    }
  })
})
