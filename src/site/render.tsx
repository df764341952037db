import type { Payload } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { disclosureRows, type DisclosureRow } from './components/Lists'
import { href, unitHref, type SiteContext } from './context'
import { articleCategoryValues, type ArticleCategory } from '../content/categories'
import { listAdoptedForHub } from '../syndication/reads/adopted-items'
import { readHubCatalogue, type HubCatalogueItem } from '../syndication/reads/hub-catalogue'
import { aggregatedKinds } from '../tenancy/kinds'
import * as data from './data/site-data'
import { listTag, memoList } from './list-memo'
import { buildFeed, buildRobots, buildSitemap } from './feeds'
import { CataloguePage, ColumnPage, ErrorPage, GuidePage, SitemapPage, UnitCataloguePage } from './pages/catalogue'
import { ArticleListPage, ArticlePage, DisclosurePage } from './pages/content'
import { HomePage } from './pages/home'
import { LetterPage, LettersPage, LetterTrackPage } from './pages/letters'
import { ApplyTrackPage } from './pages/requests'
import { AnnualReportPage, AnnualReportsPage } from './pages/annual-report'
import { readReportDocument } from '../report/reads/document'
import { readHubReportList, readReportYears } from '../report/reads/hub-list'
import { chinaDate } from '../calendar/working-calendar'
import { findPublicLetter, listPublicLetters } from '../letters/reads/public-letters'
import { SearchPage } from './pages/search'
import { checkSearchParams, SearchParamError } from '../search/params'
import { searchGroup } from '../search/reads/search'
import { pageNumber, yearFilter, type Page } from './routing'

export interface RenderResult {
  status: number
  body: string
  contentType: string
  /** Set for redirects. */
  location?: string
  /** false: never cache (previews, errors that depend on input). */
  cacheable: boolean
}

const html = (element: ReactElement, status = 200, cacheable = true): RenderResult => ({
  status, body: `<!DOCTYPE html>${renderToStaticMarkup(element)}`, contentType: 'text/html; charset=utf-8', cacheable,
})
export const errorPage = (site: SiteContext, status: 400 | 404 | 410, detail?: string) => html(<ErrorPage site={site} status={status} detail={detail} />, status, false)

export interface RequestInfo {
  query: URLSearchParams
  origin: string
}

/** Aggregated items as rows: linked the way this visitor browses the group (by domain or by path), else canonically. */
function hubRows(site: SiteContext, docs: HubCatalogueItem[]): DisclosureRow[] {
  return docs.map((d) => {
    const unit = site.units.find((u) => u.slug === d.unit.slug)
    return {
      id: d.id, title: d.title, indexNumber: d.indexNumber, publishedAt: d.publishedAt,
      unitName: unit?.shortName, url: unit ? unitHref(site, unit, `/xxgk/${String(d.id)}`) : d.canonicalUrl,
    }
  })
}

const PER_PAGE = 20
const newestFirst = (a: data.Doc, b: data.Doc) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? ''))

/** Adopted submissions as list rows: the original's link on its own site, and its source unit. */
async function adoptedRows(payload: Payload, site: SiteContext, opts: { column?: string; limit: number }): Promise<data.Doc[]> {
  const { docs } = await memoList(`adopted|${opts.column ?? ''}|${opts.limit}`, [listTag.adopted], () => listAdoptedForHub(payload, { ...opts, units: site.units }))
  return docs.flatMap((item) => {
    const source = site.units.find((u) => String(u.id) === String(item.source.id))
    return source ? [{ id: `hub-${String(item.id)}`, title: item.title, summary: item.summary, slug: item.slug, publishedAt: item.publishedAt, category: item.column, sourceUnit: source }] : []
  })
}

/** The hub's column: its own articles and those adopted from units (信息报送), merged by date. */
async function hubArticles(payload: Payload, site: SiteContext, category: ArticleCategory, pageNo: number): Promise<data.Listing> {
  const upTo = pageNo * PER_PAGE
  const [own, adopted] = await Promise.all([
    data.articles(payload, site.unit, { category, limit: upTo }),
    adoptedRows(payload, site, { column: category, limit: upTo + 1 }),
  ])
  const merged = [...own.docs, ...adopted].sort(newestFirst)
  const total = own.totalDocs + adopted.length
  return { docs: merged.slice(upTo - PER_PAGE, upTo), page: pageNo, totalDocs: total, totalPages: Math.max(1, Math.ceil(total / PER_PAGE)) }
}

const titles = new WeakMap<data.ColumnNode[], Map<string, { key: string; title: string }>>()

/** The column tree as an id → key and title lookup, made once per tree (the tree is kept until columns change). */
function columnTitles(tree: data.ColumnNode[]): Map<string, { key: string; title: string }> {
  let map = titles.get(tree)
  if (!map) {
    map = new Map()
    const walk = (nodes: data.ColumnNode[]) => nodes.forEach((n) => (map!.set(String(n.id), { key: n.key, title: n.title }), walk(n.children)))
    walk(tree)
    titles.set(tree, map)
  }
  return map
}

/** Items of other units, linked to their own site. */
function unitRows(site: SiteContext, docs: data.Doc[]): DisclosureRow[] {
  return docs.map((d) => {
    const unit = site.units.find((u) => String(u.id) === String(d.tenant))
    return {
      id: d.id, title: String(d.title), indexNumber: d.indexNumber as string, publishedAt: d.publishedAt as string,
      unitName: unit?.shortName, url: unit ? unitHref(site, unit, `/xxgk/${String(d.id)}`) : '#',
    }
  })
}

export async function renderPage(payload: Payload, site: SiteContext, page: Page, req: RequestInfo): Promise<RenderResult> {
  const { unit } = site
  const pageNo = pageNumber(req.query.get('page'))
  const year = yearFilter(req.query.get('year'))
  if (pageNo === null) return errorPage(site, 400, '页码须为 1 至 1000 的整数。')
  if (year === null) return errorPage(site, 400, '年份无效。')

  switch (page.kind) {
    case 'home': {
      const lists = await Promise.all(articleCategoryValues.map((category) => data.articles(payload, unit, { category, limit: 8, count: false })))
      const byCategory = Object.fromEntries(articleCategoryValues.map((c, i) => [c, lists[i].docs]))
      if (unit.kind === 'hub') {
        // The hub's own articles and those it adopted from units, newest first.
        const adopted = await adoptedRows(payload, site, { limit: 24 })
        for (const c of articleCategoryValues) {
          const mine = adopted.filter((a) => a.category === c)
          byCategory[c] = [...byCategory[c], ...mine].sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? ''))).slice(0, 8)
        }
      }
      const latest = await data.disclosures(payload, unit, { limit: 10, count: false })
      let syndicated
      if (unit.kind === 'hub') {
        // The units' own published items, read live (the same rule as the hub-catalogue API).
        const [department, county] = await Promise.all(aggregatedKinds.map((kind) => data.disclosures(payload, { kind }, { limit: 10, count: false })))
        syndicated = { department: unitRows(site, department.docs), county: unitRows(site, county.docs) }
      }
      return html(<HomePage site={site} data={{ byCategory, disclosures: disclosureRows(site, latest.docs), syndicated }} />)
    }
    case 'articles': {
      const list = unit.kind === 'hub' ? await hubArticles(payload, site, page.category, pageNo) : await data.articles(payload, unit, { category: page.category, page: pageNo })
      if (pageNo > Math.max(1, list.totalPages)) return errorPage(site, 404)
      return html(<ArticleListPage site={site} category={page.category} list={list} />)
    }
    case 'article': {
      const doc = await data.articleBySlug(payload, unit, page.slug)
      if (doc) return html(<ArticlePage site={site} doc={doc} />)
      return (await data.wasWithdrawn(payload, unit, 'articles', { slug: { equals: page.slug } })) ? errorPage(site, 410) : errorPage(site, 404)
    }
    case 'disclosure': {
      if (!data.isDocumentId(payload, page.id)) return errorPage(site, 404)
      const doc = await data.disclosureById(payload, unit, page.id)
      if (doc) return html(<DisclosurePage site={site} doc={doc} />)
      return (await data.wasWithdrawn(payload, unit, 'disclosures', { id: { equals: page.id } })) ? errorPage(site, 410) : errorPage(site, 404)
    }
    case 'catalogue': {
      const [list, years] = await Promise.all([data.disclosures(payload, unit, { year, page: pageNo }), data.disclosureYears(payload, unit)])
      return html(<CataloguePage site={site} list={list} years={years} year={year} rows={disclosureRows(site, list.docs)} />)
    }
    case 'column': {
      const column = data.findColumn(site.tree, page.key)
      if (!column) return errorPage(site, 404)
      if (column.aggregates) return { status: 301, body: '', contentType: 'text/plain', location: href(site, `/xxgk/units/${column.aggregates}`), cacheable: false }
      const [list, years, reportYears] = await Promise.all([
        data.disclosures(payload, unit, { columnIds: data.subtreeIds(column), year, page: pageNo }), data.disclosureYears(payload, unit),
        column.key === 'annual-report' ? readReportYears(payload, unit.id) : [],
      ])
      return html(<ColumnPage site={site} column={column} list={list} rows={disclosureRows(site, list.docs)} years={years} year={year} reportYears={reportYears} />)
    }
    case 'unit-catalogue': {
      if (unit.kind !== 'hub') return errorPage(site, 404)
      const unitSlug = req.query.get('unit') || undefined
      if (unitSlug && !site.units.some((u) => u.slug === unitSlug && u.kind === page.scope)) return errorPage(site, 400, '所选单位不存在。')
      const tag = listTag.kind('disclosures', page.scope, year)
      const result = await memoList(`hub-catalogue|${tag}|${unitSlug ?? ''}|${pageNo}`, [tag], () =>
        readHubCatalogue(payload, { scope: page.scope, unit: unitSlug, year: year ?? 0, page: pageNo, limit: PER_PAGE }, undefined, { units: site.units, columns: columnTitles(site.tree) }))
      return html(<UnitCataloguePage site={site} scope={page.scope} rows={hubRows(site, result.docs)} page={result.page} totalPages={result.totalPages} unit={unitSlug} year={year} />)
    }
    case 'guide': {
      const guide = data.findColumn(site.tree, 'guide')
      const list = guide ? await data.disclosures(payload, unit, { columnIds: [guide.id], limit: 50 }) : { docs: [] }
      return html(<GuidePage site={site} rows={disclosureRows(site, list.docs)} />)
    }
    case 'lookup': {
      const indexNumber = (req.query.get('indexNumber') ?? '').trim()
      if (!indexNumber || indexNumber.length > 60) return errorPage(site, 400, '请输入索引号。')
      const doc = await data.byIndexNumber(payload, indexNumber, unit.kind === 'hub' ? undefined : unit)
      if (!doc) return errorPage(site, 404, `未找到索引号为“${indexNumber}”的信息。`)
      const owner = site.units.find((u) => String(u.id) === String((doc.tenant as { id: unknown }).id)) ?? unit
      const location = owner.id === unit.id ? href(site, `/xxgk/${String(doc.id)}`) : unitHref(site, owner, `/xxgk/${String(doc.id)}`)
      return { status: 302, body: '', contentType: 'text/plain', location, cacheable: false }
    }
    case 'search': {
      // Query-dependent and changed by the index job after the cache purge: never cached.
      const get = (name: string) => req.query.get(name) ?? undefined
      const scope = unit.kind === 'hub' || get('scope') === 'group' ? 'group' : 'site'
      const form = { q: (get('q') ?? '').trim(), scope, kind: get('kind'), column: get('column'), year: year ?? undefined, validity: get('validity'), issuer: get('issuer'), sort: get('sort') } as const
      const thisYear = new Date().getFullYear()
      const years = Array.from({ length: 20 }, (_, i) => thisYear - i)
      if (!form.q) return html(<SearchPage site={site} form={form} result={null} years={years} />, 200, false)
      try {
        const query = checkSearchParams({ ...form, site: scope === 'site' ? unit.slug : undefined, page: req.query.get('page') })
        return html(<SearchPage site={site} form={form} result={await searchGroup(payload, query)} years={years} />, 200, false)
      } catch (error) {
        if (error instanceof SearchParamError) return errorPage(site, 400, error.message.split(' / ')[0] + '。')
        throw error
      }
    }
    case 'sitemap-page':
      return html(<SitemapPage site={site} />)
    case 'sitemap-xml':
    case 'sitemap-part': {
      const body = await buildSitemap(payload, site, req.origin, page.kind === 'sitemap-part' ? page.part : undefined)
      return body === null ? errorPage(site, 404) : { status: 200, body, contentType: 'application/xml; charset=utf-8', cacheable: true }
    }
    case 'robots':
      return { status: 200, body: buildRobots(site, req.origin), contentType: 'text/plain; charset=utf-8', cacheable: true }
    case 'feed': {
      const feed = await buildFeed(payload, site, req.origin, page)
      return feed ? { status: 200, body: feed, contentType: 'application/rss+xml; charset=utf-8', cacheable: true } : errorPage(site, 404)
    }
    case 'annual-report': {
      const found = await readReportDocument(payload, unit, page.year, { publishedOnly: true })
      return found ? html(<AnnualReportPage site={site} doc={found.document} indexNumber={found.report?.indexNumber} publishedDay={found.report?.publishedDay} />) : errorPage(site, 404)
    }
    case 'annual-reports': {
      if (unit.kind !== 'hub') return errorPage(site, 404)
      const today = chinaDate(new Date())
      const years = await readReportYears(payload)
      const shown = year ?? Number(today.slice(0, 4)) - 1
      // Not cached: a unit's late or missing report changes with the calendar, not only with publication.
      return html(<AnnualReportsPage site={site} year={shown} years={[...new Set([Number(today.slice(0, 4)) - 1, ...years])].sort((a, b) => b - a)} rows={await readHubReportList(payload, site.units, shown, today)} />, 200, false)
    }
    case 'letters': {
      if (!unit.mailbox) return errorPage(site, 404)
      return html(<LettersPage site={site} list={await listPublicLetters(payload, { site: unit.kind === 'hub' ? undefined : unit.id, page: pageNo })} />)
    }
    case 'letter': {
      const letter = unit.mailbox ? await findPublicLetter(payload, page.code) : null
      return letter ? html(<LetterPage site={site} letter={letter} />) : errorPage(site, 404)
    }
    case 'apply-track':
      return html(<ApplyTrackPage site={site} />)
    case 'letter-track':
      return unit.mailbox ? html(<LetterTrackPage site={site} />) : errorPage(site, 404)
    case 'letter-write':
    case 'preview':
      return errorPage(site, 404) // served by their own handlers (fresh challenge; signed preview), never from here
  }
}

export async function renderPreview(payload: Payload, site: SiteContext, collection: 'articles' | 'disclosures', id: string): Promise<RenderResult> {
  if (!data.isDocumentId(payload, id)) return errorPage(site, 404)
  const doc = (await payload.findByID({ collection, id, draft: true, depth: 1, disableErrors: true })) as data.Doc | null
  if (!doc || String((doc.tenant as { id?: unknown })?.id ?? doc.tenant) !== String(site.unit.id)) return errorPage(site, 404)
  const element = collection === 'articles' ? <ArticlePage site={site} doc={doc} preview /> : <DisclosurePage site={site} doc={doc} preview />
  return html(element, 200, false)
}
