import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'

const xml = new XMLParser({ ignoreAttributes: false })
const locs = (entries: unknown) => [entries].flat().filter(Boolean).map((u) => (u as { loc: string }).loc)

describe('sitemaps above the per-file limit (sitemap index)', () => {
  let ctx: TestContext
  let slug: string
  const site = (path: string) => `/sites/${slug}${path}`

  beforeAll(async () => {
    ctx = await useTestContext()
    const n = Date.now().toString(36)
    const unit = await ctx.payload.create({ collection: 'tenants', data: { name: `网站地图测试局${n}`, shortName: '地图局', slug: `map-${n}`, kind: 'department', unitCode: `MAP${n.toUpperCase()}`, hasSubSite: true } })
    slug = String(unit.slug)
    const column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } } })).docs[0].id
    for (let i = 0; i < 3; i++) await ctx.payload.create({ collection: 'articles', data: { tenant: unit.id, title: `地图文章${i}`, slug: `map-article-${i}`, category: 'news', _status: 'published' } as never })
    for (let i = 0; i < 5; i++) await ctx.payload.create({ collection: 'disclosures', data: { tenant: unit.id, column, title: `地图条目${i}`, issuer: '地图局', _status: 'published' } as never })
    await ctx.payload.create({ collection: 'disclosures', data: { tenant: unit.id, column, title: '未发布的条目', issuer: '地图局', _status: 'draft' } as never, draft: true })
    process.env.SITEMAP_URLS_PER_FILE = '2'
  })
  afterAll(() => {
    delete process.env.SITEMAP_URLS_PER_FILE
  })

  it('serves /sitemap.xml as an index of parts that together list every published URL once', async () => {
    const res = await ctx.api().get(site('/sitemap.xml'))
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('application/xml')
    const index = xml.parse(res.text)
    expect(index.urlset).toBeUndefined()
    const parts = locs(index.sitemapindex.sitemap)
    // 3 articles and 5 items, 2 per file: pages, articles-1..2, items-1..3.
    expect(parts.map((u) => new URL(u).pathname)).toEqual(['pages.xml', 'articles-1.xml', 'articles-2.xml', 'items-1.xml', 'items-2.xml', 'items-3.xml'].map((f) => site(`/sitemaps/${f}`)))
    const urls: string[] = []
    for (const part of parts) {
      const body = await ctx.api().get(new URL(part).pathname)
      expect(body.status, part).toBe(200)
      const found = locs(xml.parse(body.text).urlset.url)
      if (!part.endsWith('pages.xml')) expect(found.length, part).toBeLessThanOrEqual(2)
      urls.push(...found)
    }
    expect(new Set(urls).size).toBe(urls.length)
    const paths = urls.map((u) => new URL(u).pathname)
    expect(paths).toContain(site('/xxgk'))
    expect(paths.filter((p) => p.startsWith(site('/articles/'))).sort()).toEqual([0, 1, 2].map((i) => site(`/articles/map-article-${i}`)))
    const items = await ctx.payload.find({ collection: 'disclosures', where: { and: [{ tenant: { equals: (await ctx.payload.find({ collection: 'tenants', where: { slug: { equals: slug } } })).docs[0].id } }, { _status: { equals: 'published' } }] }, limit: 10 })
    expect(items.totalDocs).toBe(5)
    expect(paths.filter((p) => p.startsWith(site('/xxgk/')) && /\/xxgk\/[0-9a-f]+$/.test(p)).sort()).toEqual(items.docs.map((d) => site(`/xxgk/${String(d.id)}`)).sort())
  })

  it('answers 404 for a part that does not exist, and one file while the URLs fit', async () => {
    expect((await ctx.api().get(site('/sitemaps/items-4.xml'))).status).toBe(404)
    expect((await ctx.api().get(site('/sitemaps/other-1.xml'))).status).toBe(404)
    process.env.SITEMAP_URLS_PER_FILE = '45000'
    const small = await ctx.api().get(site('/sitemaps/items-1.xml?page=2')) // ?page is part of the cache key: a fresh render
    expect(small.status).toBe(404)
    const whole = await ctx.api().get(site('/sitemap.xml?page=2'))
    const urls = locs(xml.parse(whole.text).urlset.url)
    expect(urls.filter((u) => /\/xxgk\/[0-9a-f]+$/.test(u))).toHaveLength(5)
    expect(urls.filter((u) => u.includes('/articles/'))).toHaveLength(3)
  })
})
