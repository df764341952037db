/**
 * How a site's URLs are split into sitemap files. Pure. Up to `perFile` URLs (45,000: under the
 * 50,000 of sitemaps.org, with room to spare) make one /sitemap.xml; above that, /sitemap.xml is a
 * sitemap index naming files of `perFile` URLs each: the site's own pages, then its articles, then
 * its disclosure items, newest first.
 */
export const SITEMAP_URLS_PER_FILE = 45_000

export type SitemapPartKind = 'pages' | 'articles' | 'items'

export interface SitemapPart {
  kind: SitemapPartKind
  /** 1-based; the part's rows are page `n` of `perFile` rows, newest first. */
  n: number
}

export type SitemapPlan = { single: true } | { single: false; parts: SitemapPart[] }

export function planSitemap(counts: { pages: number; articles: number; items: number }, perFile = SITEMAP_URLS_PER_FILE): SitemapPlan {
  if (counts.pages + counts.articles + counts.items <= perFile) return { single: true }
  const parts: SitemapPart[] = [{ kind: 'pages', n: 1 }]
  for (const kind of ['articles', 'items'] as const) {
    for (let n = 1; n <= Math.ceil(counts[kind] / perFile); n++) parts.push({ kind, n })
  }
  return { single: false, parts }
}

/** The path of a part under the site, e.g. `/sitemaps/items-2.xml`. */
export const sitemapPartPath = (part: SitemapPart): string => (part.kind === 'pages' ? '/sitemaps/pages.xml' : `/sitemaps/${part.kind}-${part.n}.xml`)

/** The part a path names, or null. */
export function parseSitemapPart(path: string): SitemapPart | null {
  if (path === '/sitemaps/pages.xml') return { kind: 'pages', n: 1 }
  const m = /^\/sitemaps\/(articles|items)-([1-9]\d{0,5})\.xml$/.exec(path)
  return m ? { kind: m[1] as SitemapPartKind, n: Number(m[2]) } : null
}
