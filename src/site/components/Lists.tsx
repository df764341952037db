import { href, unitHref, type SiteContext } from '../context'
import type { ColumnNode, Doc } from '../data/site-data'
import { formatDate } from '../format'

export function ArticleList({ site, docs }: { site: SiteContext; docs: Doc[] }) {
  if (docs.length === 0) return <p className="empty">暂无信息</p>
  return (
    <ul className="item-list">
      {docs.map((d) => {
        // Adopted items (信息报送) link to the original on its own site and name their source.
        const source = d.sourceUnit
        return (
          <li key={String(d.id)}>
            <span>
              <a href={source ? unitHref(site, source, `/articles/${String(d.slug)}`) : href(site, `/articles/${String(d.slug)}`)}>{String(d.title)}</a>
              {source && <span className="source">（来源：{source.shortName}）</span>}
            </span>
            <time dateTime={String(d.publishedAt ?? '')}>{formatDate(d.publishedAt)}</time>
          </li>
        )
      })}
    </ul>
  )
}

export interface DisclosureRow {
  id: number | string
  title: string
  url: string
  indexNumber?: string | null
  publishedAt?: string | null
  unitName?: string
}

export function DisclosureTable({ rows, caption, showUnit = false }: { rows: DisclosureRow[]; caption: string; showUnit?: boolean }) {
  if (rows.length === 0) return <p className="empty">暂无信息</p>
  return (
    <div className="table-wrap">
      <table className="disclosure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">索引号</th>
            <th scope="col">标题</th>
            {showUnit && <th scope="col">发布机构</th>}
            <th scope="col">发布日期</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.id)}>
              <td className="index-number">{r.indexNumber ?? ''}</td>
              <td><a href={r.url}>{r.title}</a></td>
              {showUnit && <td>{r.unitName}</td>}
              <td><time dateTime={r.publishedAt ?? ''}>{formatDate(r.publishedAt)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export const disclosureRows = (site: SiteContext, docs: Doc[]): DisclosureRow[] =>
  docs.map((d) => ({ id: d.id, title: String(d.title), url: href(site, `/xxgk/${String(d.id)}`), indexNumber: d.indexNumber as string, publishedAt: d.publishedAt as string }))

/** Previous / next links with the page count; `query` keeps the filters of the list. */
export function Pagination({ site, path, page, totalPages, query = {} }: { site: SiteContext; path: string; page: number; totalPages: number; query?: Record<string, string | number | undefined> }) {
  if (totalPages <= 1) return null
  const link = (p: number) => {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v))
    if (p > 1) params.set('page', String(p))
    const qs = params.toString()
    return href(site, path) + (qs ? `?${qs}` : '')
  }
  return (
    <nav aria-label="分页" className="pagination">
      {page > 1 ? <a href={link(page - 1)} rel="prev">上一页</a> : <span aria-disabled="true">上一页</span>}
      <span>第 {page} 页，共 {totalPages} 页</span>
      {page < totalPages ? <a href={link(page + 1)} rel="next">下一页</a> : <span aria-disabled="true">下一页</span>}
    </nav>
  )
}

export function ColumnTree({ site, nodes }: { site: SiteContext; nodes: ColumnNode[] }) {
  return (
    <ul className="column-tree">
      {nodes.map((n) => (
        <li key={String(n.id)}>
          <a href={href(site, columnPath(n))}>{n.title}</a>
          {n.children.length > 0 && <ColumnTree site={site} nodes={n.children} />}
        </li>
      ))}
    </ul>
  )
}

export function columnPath(n: Pick<ColumnNode, 'key' | 'aggregates'>): string {
  if (n.aggregates) return `/xxgk/units/${n.aggregates}`
  if (n.key === 'guide') return '/xxgk/guide'
  return `/xxgk/c/${n.key}`
}
