import { Readable } from 'node:stream'
import { Feed } from 'feed'
import type { Payload } from 'payload'
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'
import { columnPath } from './components/Lists'
import { href, type SiteContext } from './context'
import * as data from './data/site-data'
import { leanFind } from '../db/lean-find'
import { articleCategoryValues, categoryName } from '../content/categories'
import type { Page } from './routing'
import { SITEMAP_URLS_PER_FILE, planSitemap, sitemapPartPath, type SitemapPart } from './sitemap-plan'

const published = { _status: { equals: 'published' } }

/** RSS 2.0 of a site, of one article category or of one disclosure column (with its sub-columns). */
export async function buildFeed(payload: Payload, site: SiteContext, origin: string, page: Extract<Page, { kind: 'feed' }>): Promise<string | null> {
  const abs = (path: string) => `${origin}${href(site, path)}`
  let title = `${site.unit.name} 最新信息`
  let selfPath = '/feed.xml'
  let items: { title: string; link: string; date: Date; description?: string }[] = []

  const articleItems = (docs: data.Doc[]) => docs.map((d) => ({
    title: String(d.title), link: abs(`/articles/${String(d.slug)}`), date: new Date(String(d.publishedAt ?? d.updatedAt)), description: (d.summary as string) || undefined,
  }))
  const disclosureItems = (docs: data.Doc[]) => docs.map((d) => ({
    title: String(d.title), link: abs(`/xxgk/${String(d.id)}`), date: new Date(String(d.publishedAt ?? d.updatedAt)), description: `索引号：${String(d.indexNumber ?? '')}`,
  }))

  if (page.category) {
    title = `${site.unit.name} ${categoryName(page.category)}`
    selfPath = `/news/${page.category}/feed.xml`
    items = articleItems((await data.articles(payload, site.unit, { category: page.category, limit: 30 })).docs)
  } else if (page.column) {
    const column = data.findColumn(site.tree, page.column)
    if (!column || column.aggregates) return null
    title = `${site.unit.name} ${column.title}`
    selfPath = `/xxgk/c/${column.key}/feed.xml`
    items = disclosureItems((await data.disclosures(payload, site.unit, { columnIds: data.subtreeIds(column), limit: 30 })).docs)
  } else {
    const [a, d] = await Promise.all([data.articles(payload, site.unit, { limit: 30 }), data.disclosures(payload, site.unit, { limit: 30 })])
    items = [...articleItems(a.docs), ...disclosureItems(d.docs)].sort((x, y) => y.date.getTime() - x.date.getTime()).slice(0, 30)
  }

  const feed = new Feed({
    title, id: abs('/'), link: abs('/'), language: 'zh-CN', generator: 'Zhanqun',
    updated: items[0]?.date ?? new Date(0), copyright: `© ${site.unit.name}`, feedLinks: { rss: abs(selfPath) },
  })
  for (const item of items) feed.addItem({ ...item, id: item.link })
  return feed.rss2()
}

type SitemapLink = { url: string; lastmod?: string; changefreq?: 'daily' | 'weekly' | 'monthly' }

/** The site's own pages: home, article columns, the catalogue and its columns. */
function pageLinks(site: SiteContext): SitemapLink[] {
  const links: SitemapLink[] = [
    { url: href(site, '/'), changefreq: 'daily' },
    ...articleCategoryValues.map((c) => ({ url: href(site, `/news/${c}`), changefreq: 'daily' as const })),
    { url: href(site, '/xxgk'), changefreq: 'daily' },
    { url: href(site, '/sitemap'), changefreq: 'monthly' },
  ]
  const walk = (nodes: data.ColumnNode[]) => nodes.forEach((n) => { links.push({ url: href(site, columnPath(n)), changefreq: 'weekly' }); walk(n.children) })
  walk(site.tree)
  return links
}

/** Page `n` of `perFile` published articles or items of the site, newest first, as links. */
async function itemLinks(payload: Payload, site: SiteContext, kind: 'articles' | 'items', n: number, perFile: number): Promise<SitemapLink[]> {
  const where = { and: [{ tenant: { equals: site.unit.id } }, published] }
  if (kind === 'articles') {
    const docs = await leanFind(payload, { collection: 'articles', where, sort: '-publishedAt', limit: perFile, page: n, fields: ['slug', 'updatedAt'] })
    return docs.map((d) => ({ url: href(site, `/articles/${String(d.slug)}`), lastmod: String(d.updatedAt) }))
  }
  const docs = await leanFind(payload, { collection: 'disclosures', where, sort: '-publishedAt', limit: perFile, page: n, fields: ['updatedAt'] })
  return docs.map((d) => ({ url: href(site, `/xxgk/${String(d.id)}`), lastmod: String(d.updatedAt) }))
}

const urlset = async (links: SitemapLink[], origin: string) =>
  (await streamToPromise(Readable.from(links).pipe(new SitemapStream({ hostname: origin })))).toString('utf8')

/**
 * /sitemap.xml: every URL of the site in one file while they fit (SITEMAP_URLS_PER_FILE, 45,000 unless
 * the setting of that name says fewer), else a
 * sitemap index of parts (see planSitemap); `part` asks for one of those parts (null when it does not exist).
 */
export async function buildSitemap(payload: Payload, site: SiteContext, origin: string, part?: SitemapPart): Promise<string | null> {
  const perFile = Number(process.env.SITEMAP_URLS_PER_FILE) || SITEMAP_URLS_PER_FILE
  const pages = pageLinks(site)
  const where = { and: [{ tenant: { equals: site.unit.id } }, published] }
  const [articles, items] = await Promise.all([payload.count({ collection: 'articles', where }), payload.count({ collection: 'disclosures', where })])
  const plan = planSitemap({ pages: pages.length, articles: articles.totalDocs, items: items.totalDocs }, perFile)
  if (part) {
    if (plan.single || !plan.parts.some((p) => p.kind === part.kind && p.n === part.n)) return null
    return urlset(part.kind === 'pages' ? pages : await itemLinks(payload, site, part.kind, part.n, perFile), origin)
  }
  if (plan.single) {
    const [a, d] = await Promise.all([itemLinks(payload, site, 'articles', 1, perFile), itemLinks(payload, site, 'items', 1, perFile)])
    return urlset([...pages, ...a, ...d], origin)
  }
  const index = new SitemapIndexStream()
  return (await streamToPromise(Readable.from(plan.parts.map((p) => ({ url: `${origin}${href(site, sitemapPartPath(p))}` }))).pipe(index))).toString('utf8')
}

export function buildRobots(site: SiteContext, origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', `Disallow: ${href(site, '/preview/')}`, `Sitemap: ${origin}${href(site, '/sitemap.xml')}`, ''].join('\n')
}
