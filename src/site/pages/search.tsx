import { href, unitHref, type SiteContext } from '../context'
import { Layout } from '../components/Layout'
import { Pagination } from '../components/Lists'
import type { TextPart } from '../../search/snippet'
import type { SearchHit, SearchResult } from '../../search/reads/search'
import { MAX_QUERY_CHARS } from '../../search/params'

export interface SearchForm {
  q: string
  /** 'group' searches every site; 'site' only this one (a sub-site's default). */
  scope: 'site' | 'group'
  kind?: string
  year?: number
  validity?: string
  issuer?: string
  column?: string
  sort?: string
}

const kindLabels: Record<string, string> = { disclosures: '信息公开', articles: '新闻动态', letters: '公开来信' }
const validityLabels: Record<string, string> = { valid: '有效', expired: '失效', repealed: '废止' }

function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>
}

function Hit({ site, hit }: { site: SiteContext; hit: SearchHit }) {
  const unit = site.units.find((u) => String(u.id) === hit.unit.id)
  const link = unit ? (unit.id === site.unit.id ? href(site, hit.path) : unitHref(site, unit, hit.path)) : hit.canonicalUrl
  return (
    <li>
      <h2 className="hit-title"><a href={link}><Marked parts={hit.titleParts} /></a></h2>
      <p className="snippet"><Marked parts={hit.snippetParts} /></p>
      <p className="meta">
        <span>{hit.unit.shortName}</span>
        <span>{kindLabels[hit.kind]}{hit.column ? `·${hit.column}` : ''}</span>
        {hit.indexNumber && <span>索引号：<span className="index-number">{hit.indexNumber}</span></span>}
        {hit.documentNumber && <span>文号：{hit.documentNumber}</span>}
        {hit.validity && hit.validity !== 'valid' && <span className="validity">{validityLabels[hit.validity]}</span>}
        {hit.publishedAt && <time dateTime={hit.publishedAt}>{hit.publishedAt.slice(0, 10)}</time>}
      </p>
    </li>
  )
}

function Filters({ site, form, years }: { site: SiteContext; form: SearchForm; years: number[] }) {
  const columns = site.tree.flatMap((n) => [n, ...n.children]).filter((n) => !n.aggregates)
  return (
    <form method="get" action={href(site, '/search')} className="filters search-form" role="search" aria-label="检索条件">
      <label htmlFor="q">检索词</label>
      <input id="q" name="q" type="search" defaultValue={form.q} maxLength={MAX_QUERY_CHARS} placeholder="标题、正文、索引号或文号" />
      {site.unit.kind !== 'hub' && (
        <>
          <label htmlFor="scope">范围</label>
          <select id="scope" name="scope" defaultValue={form.scope}>
            <option value="site">本站</option>
            <option value="group">全站群</option>
          </select>
        </>
      )}
      <label htmlFor="kind">类型</label>
      <select id="kind" name="kind" defaultValue={form.kind ?? ''}>
        <option value="">全部</option>
        {Object.entries(kindLabels).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
      <label htmlFor="column">栏目</label>
      <select id="column" name="column" defaultValue={form.column ?? ''}>
        <option value="">全部</option>
        {columns.map((c) => <option key={c.key} value={c.key}>{c.title}</option>)}
      </select>
      <label htmlFor="year">年份</label>
      <select id="year" name="year" defaultValue={form.year ? String(form.year) : ''}>
        <option value="">全部</option>
        {years.map((y) => <option key={y} value={y}>{y}年</option>)}
      </select>
      <label htmlFor="validity">有效性</label>
      <select id="validity" name="validity" defaultValue={form.validity ?? ''}>
        <option value="">全部</option>
        {Object.entries(validityLabels).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
      <label htmlFor="issuer">发布机构</label>
      <input id="issuer" name="issuer" defaultValue={form.issuer ?? ''} maxLength={100} size={12} />
      <label htmlFor="sort">排序</label>
      <select id="sort" name="sort" defaultValue={form.sort ?? 'relevance'}>
        <option value="relevance">按相关度</option>
        <option value="date">按日期</option>
      </select>
      <button type="submit">搜索</button>
    </form>
  )
}

export function SearchPage({ site, form, result, years }: { site: SiteContext; form: SearchForm; result: SearchResult | null; years: number[] }) {
  const where = form.scope === 'group' ? '全站群' : site.unit.shortName
  return (
    <Layout site={site} title={form.q ? `搜索：${form.q}` : '站内搜索'} crumbs={[{ label: '搜索' }]}>
      <h1>{site.unit.kind === 'hub' ? '站群统一检索' : '站内搜索'}</h1>
      <Filters site={site} form={form} years={years} />
      {result && (
        <section aria-labelledby="result-count">
          <p id="result-count" className="result-count" role="status">
            在{where}找到 {result.totalDocs} 条{result.match === 'indexNumber' ? '索引号' : result.match === 'documentNumber' ? '文号' : ''}相关结果
          </p>
          {result.docs.length > 0 ? (
            <ol className="search-hits">{result.docs.map((hit) => <Hit key={`${hit.kind}:${hit.id}`} site={site} hit={hit} />)}</ol>
          ) : (
            <p className="empty">没有找到与“{form.q}”相关的信息。请换用其他词语，或扩大检索范围。</p>
          )}
          <Pagination site={site} path="/search" page={result.page} totalPages={result.totalPages}
            query={{ q: form.q, scope: site.unit.kind === 'hub' ? undefined : form.scope, kind: form.kind, column: form.column, year: form.year, validity: form.validity, issuer: form.issuer, sort: form.sort }} />
        </section>
      )}
    </Layout>
  )
}
