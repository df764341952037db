import { Readable } from 'node:stream'
import { Feed } from 'feed'
import type { Payload } from 'payload'
import { SitemapStream, streamToPromise } from 'sitemap'
import { columnPath } from './components/Lists'
import { href, type SiteContext } from './context'
import * as data from './data/site-data'
import { articleCategoryValues, categoryName } from '../content/categories'
import type { Page } from './routing'

/** A sitemap file holds at most 50,000 URLs (sitemaps.org); the newest items come first. */
const SITEMAP_ITEMS = 45_000

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

export async function buildSitemap(payload: Payload, site: SiteContext, origin: string): Promise<string> {
  const links: { url: string; lastmod?: string; changefreq?: 'daily' | 'weekly' | 'monthly' }[] = [
    { url: href(site, '/'), changefreq: 'daily' },
    ...articleCategoryValues.map((c) => ({ url: href(site, `/news/${c}`), changefreq: 'daily' as const })),
    { url: href(site, '/xxgk'), changefreq: 'daily' },
    { url: href(site, '/sitemap'), changefreq: 'monthly' },
  ]
  const walk = (nodes: data.ColumnNode[]) => nodes.forEach((n) => { links.push({ url: href(site, columnPath(n)), changefreq: 'weekly' }); walk(n.children) })
  walk(site.tree)
  const where = { and: [published, { tenant: { equals: site.unit.id } }] }
  const [articles, disclosures] = await Promise.all([
    payload.find({ collection: 'articles', where, sort: '-publishedAt', limit: SITEMAP_ITEMS, depth: 0, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'disclosures', where, sort: '-publishedAt', limit: SITEMAP_ITEMS, depth: 0, select: { updatedAt: true } }),
  ])
  for (const d of articles.docs) links.push({ url: href(site, `/articles/${String(d.slug)}`), lastmod: String(d.updatedAt) })
  for (const d of disclosures.docs) links.push({ url: href(site, `/xxgk/${String(d.id)}`), lastmod: String(d.updatedAt) })
  const stream = new SitemapStream({ hostname: origin })
  return (await streamToPromise(Readable.from(links.slice(0, 50_000)).pipe(stream))).toString('utf8')
}

export function buildRobots(site: SiteContext, origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', `Disallow: ${href(site, '/preview/')}`, `Sitemap: ${origin}${href(site, '/sitemap.xml')}`, ''].join('\n')
}
