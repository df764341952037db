import { href, unitHref, type SiteContext } from '../context'
import { ColumnTree, DisclosureTable, Pagination, type DisclosureRow } from '../components/Lists'
import { Layout } from '../components/Layout'
import type { ColumnNode, Listing } from '../data/site-data'
import { articleCategories } from '../../content/categories'
import { ApplyLinks } from './requests'
import { ReportLinks } from './annual-report'

function YearLinks({ site, path, years, current }: { site: SiteContext; path: string; years: number[]; current?: number }) {
  if (years.length === 0) return null
  return (
    <nav aria-label="按年份浏览" className="year-links">
      <a href={href(site, path)} aria-current={current ? undefined : 'page'}>全部</a>
      {years.map((y) => (
        <a key={y} href={`${href(site, path)}?year=${y}`} aria-current={current === y ? 'page' : undefined}>{y}年</a>
      ))}
    </nav>
  )
}

function LookupForm({ site, value = '' }: { site: SiteContext; value?: string }) {
  return (
    <form method="get" action={href(site, '/xxgk/lookup')} className="lookup" role="search">
      <label htmlFor="indexNumber">按索引号查找</label>
      <input id="indexNumber" name="indexNumber" defaultValue={value} maxLength={60} placeholder="如 431000000/2010-00001" />
      <button type="submit">查找</button>
    </form>
  )
}

export function CataloguePage({ site, list, years, year, rows }: { site: SiteContext; list: Listing; years: number[]; year?: number; rows: DisclosureRow[] }) {
  return (
    <Layout site={site} title="政府信息公开" crumbs={[{ label: '政府信息公开' }]}>
      <h1>政府信息公开目录</h1>
      <div className="two-col">
        <nav aria-label="信息公开栏目" className="side"><ColumnTree site={site} nodes={site.tree} /></nav>
        <div>
          <LookupForm site={site} />
          <YearLinks site={site} path="/xxgk" years={years} current={year} />
          <DisclosureTable rows={rows} caption={year ? `${year}年公开信息` : '全部公开信息'} />
          <Pagination site={site} path="/xxgk" page={list.page} totalPages={list.totalPages} query={{ year }} />
        </div>
      </div>
    </Layout>
  )
}

export function ColumnPage({ site, column, list, rows, years, year, reportYears = [] }: { site: SiteContext; column: ColumnNode; list: Listing; rows: DisclosureRow[]; years: number[]; year?: number; reportYears?: number[] }) {
  const path = `/xxgk/c/${column.key}`
  return (
    <Layout site={site} title={column.title} crumbs={[{ label: '政府信息公开', path: '/xxgk' }, { label: column.title }]} feedPath={`${path}/feed.xml`}>
      <h1>{column.title}</h1>
      {column.key === 'application' && <ApplyLinks site={site} />}
      {column.key === 'annual-report' && <ReportLinks site={site} years={reportYears} />}
      {column.children.length > 0 && <nav aria-label="下级栏目"><ColumnTree site={site} nodes={column.children} /></nav>}
      <YearLinks site={site} path={path} years={years} current={year} />
      <DisclosureTable rows={rows} caption={column.title} />
      <Pagination site={site} path={path} page={list.page} totalPages={list.totalPages} query={{ year }} />
    </Layout>
  )
}

export function UnitCataloguePage({ site, scope, rows, page, totalPages, unit, year }: { site: SiteContext; scope: 'department' | 'county'; rows: DisclosureRow[]; page: number; totalPages: number; unit?: string; year?: number }) {
  const title = scope === 'department' ? '市政府部门信息公开目录' : '区县政府信息公开目录'
  const units = site.units.filter((u) => u.kind === scope)
  const path = `/xxgk/units/${scope}`
  return (
    <Layout site={site} title={title} crumbs={[{ label: '政府信息公开', path: '/xxgk' }, { label: title }]}>
      <h1>{title}</h1>
      <form method="get" action={href(site, path)} className="filters">
        <label htmlFor="unit">单位</label>
        <select id="unit" name="unit" defaultValue={unit ?? ''}>
          <option value="">全部单位</option>
          {units.map((u) => <option key={u.slug} value={u.slug}>{u.shortName}</option>)}
        </select>
        <label htmlFor="year">年份</label>
        <input id="year" name="year" inputMode="numeric" defaultValue={year ? String(year) : ''} maxLength={4} />
        <button type="submit">筛选</button>
      </form>
      <DisclosureTable rows={rows} caption={title} showUnit />
      <Pagination site={site} path={path} page={page} totalPages={totalPages} query={{ unit, year }} />
    </Layout>
  )
}

export function GuidePage({ site, rows }: { site: SiteContext; rows: DisclosureRow[] }) {
  const contact = site.unit.contact ?? {}
  return (
    <Layout site={site} title="政府信息公开指南" crumbs={[{ label: '政府信息公开', path: '/xxgk' }, { label: '政府信息公开指南' }]}>
      <h1>政府信息公开指南</h1>
      <p>{site.unit.name}依据《中华人民共和国政府信息公开条例》主动公开政府信息，并受理公民、法人和其他组织的政府信息公开申请。</p>
      <h2>受理机构与联系方式</h2>
      <dl className="contact">
        <dt>地址</dt><dd>{contact.address ?? '—'}</dd>
        <dt>电话</dt><dd>{contact.phone ?? '—'}</dd>
        <dt>电子邮箱</dt><dd>{contact.email ?? '—'}</dd>
        <dt>办公时间</dt><dd>{contact.officeHours ?? '—'}</dd>
      </dl>
      <h2>指南全文</h2>
      <DisclosureTable rows={rows} caption="政府信息公开指南" />
    </Layout>
  )
}

export function SitemapPage({ site }: { site: SiteContext }) {
  return (
    <Layout site={site} title="网站地图" crumbs={[{ label: '网站地图' }]}>
      <h1>网站地图</h1>
      <h2>新闻动态</h2>
      <ul>{articleCategories.map(({ value: k, label: { zh: v } }) => <li key={k}><a href={href(site, `/news/${k}`)}>{v}</a></li>)}</ul>
      <h2>政府信息公开</h2>
      <ColumnTree site={site} nodes={site.tree} />
      {site.unit.kind === 'hub' && (
        <>
          <h2>部门和区县网站</h2>
          <ul className="site-links">{site.units.filter((u) => u.kind !== 'hub' && u.hasSubSite).map((u) => <li key={u.slug}><a href={unitHref(site, u, '/')}>{u.shortName}</a></li>)}</ul>
        </>
      )}
    </Layout>
  )
}

const errorText: Record<number, [string, string]> = {
  400: ['请求有误', '请求的参数不正确，请检查后重试。'],
  404: ['页面不存在', '您访问的页面不存在，可能地址有误或已被移除。'],
  410: ['信息已撤销', '您访问的信息已被撤销或不再公开。'],
}

export function ErrorPage({ site, status, detail }: { site: SiteContext; status: 400 | 404 | 410; detail?: string }) {
  const [title, text] = errorText[status]
  return (
    <Layout site={site} title={title}>
      <h1>{title}</h1>
      <p>{detail ?? text}</p>
      <p className="links"><a href={href(site, '/')}>返回首页</a><a href={href(site, '/sitemap')}>网站地图</a></p>
    </Layout>
  )
}
