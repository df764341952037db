import { href, unitHref, type SiteContext } from '../context'
import { Layout } from '../components/Layout'
import type { Cell, ReportDocument, ReportTable } from '../../report/template'
import type { HubReportRow } from '../../report/reads/hub-list'
import { latenessLabels } from '../../report/deadlines'

const crumbs = (label: string) => [{ label: '政府信息公开', path: '/xxgk' }, { label: '政府信息公开年报', path: '/xxgk/c/annual-report' }, { label }]

function TableCell({ c }: { c: Cell }) {
  const props = { colSpan: c.colSpan, rowSpan: c.rowSpan, className: c.indent ? `indent-${c.indent}` : undefined }
  return c.header ? <th scope={c.scope} {...props}>{c.text}</th> : <td {...props}>{c.text}</td>
}

function ReportTableView({ t, id }: { t: ReportTable; id: string }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="report-table">
        <caption id={id}>{t.caption}</caption>
        <thead>{t.head.map((r, i) => <tr key={i}>{r.map((c, j) => <TableCell key={j} c={c} />)}</tr>)}</thead>
        <tbody>{t.body.map((r, i) => <tr key={i}>{r.map((c, j) => <TableCell key={j} c={c} />)}</tr>)}</tbody>
      </table>
    </div>
  )
}

/** A published annual report: the template's six sections and tables, printable as the paper report. */
export function AnnualReportPage({ site, doc, indexNumber, publishedDay }: { site: SiteContext; doc: ReportDocument; indexNumber?: string | null; publishedDay?: string | null }) {
  return (
    <Layout site={site} title={doc.title} crumbs={crumbs(`${doc.year}年度`)}>
      <article className="annual-report">
        <h1>{doc.title}</h1>
        <p className="meta">
          {indexNumber && <>索引号：<span className="index-number">{indexNumber}</span>{'\u3000'}</>}
          {publishedDay && <>发布日期：<time dateTime={publishedDay}>{publishedDay}</time>{'\u3000'}</>}
          <a href={href(site, `/xxgk/annual-report/${doc.year}.docx`)} className="no-print">下载 Word 版（DOCX）</a>
        </p>
        {doc.sections.map((s) => (
          <section key={s.key} aria-labelledby={`s-${s.key}`}>
            <h2 id={`s-${s.key}`}>{s.title}</h2>
            {s.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
            {s.tables.map((t, i) => <ReportTableView key={i} t={t} id={`t-${s.key}-${i}`} />)}
          </section>
        ))}
      </article>
    </Layout>
  )
}

/** On a 政府信息公开年报 column: the unit's generated reports as pages, and on the hub the group's Art. 49 list. */
export function ReportLinks({ site, years }: { site: SiteContext; years: number[] }) {
  if (!years.length && site.unit.kind !== 'hub') return null
  return (
    <p className="links">
      {years.map((y) => <a key={y} href={href(site, `/xxgk/annual-report/${y}`)}>{y}年度年报（表格版）</a>)}
      {site.unit.kind === 'hub' && <a href={href(site, '/xxgk/annual-reports')}>各单位年报发布情况</a>}
    </p>
  )
}

/** The hub's list: every unit's report for a year, and who is late against Art. 49. */
export function AnnualReportsPage({ site, year, rows, years }: { site: SiteContext; year: number; rows: HubReportRow[]; years: number[] }) {
  const late = rows.filter((r) => r.lateness === 'late' || r.lateness === 'missing').length
  return (
    <Layout site={site} title={`${year}年度政府信息公开工作年度报告`} crumbs={crumbs('各单位年报')}>
      <h1>{year}年度政府信息公开工作年度报告</h1>
      <p>依据《中华人民共和国政府信息公开条例》第四十九条，政府部门于每年1月31日前、各级人民政府于每年3月31日前公布本机关上一年度的年度报告。共 {rows.length} 个单位，已发布 {rows.filter((r) => r.publishedDay).length} 个，逾期 {late} 个。</p>
      <nav aria-label="年度" className="year-links">
        {years.map((y) => <a key={y} href={href(site, `/xxgk/annual-reports?year=${y}`)} aria-current={y === year ? 'page' : undefined}>{y}年度</a>)}
      </nav>
      <div className="table-wrap" role="region" aria-labelledby="reports-caption" tabIndex={0}>
        <table>
          <caption id="reports-caption">各单位{year}年度年报发布情况</caption>
          <thead><tr><th scope="col">单位</th><th scope="col">法定期限</th><th scope="col">发布日期</th><th scope="col">索引号</th><th scope="col">情况</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r.unit.id)} className={r.lateness === 'late' || r.lateness === 'missing' ? 'late' : undefined}>
                <th scope="row">{r.publishedDay ? <a href={unitHref(site, r.unit, `/xxgk/annual-report/${year}`)}>{r.unit.name}</a> : r.unit.name}</th>
                <td><time dateTime={r.due}>{r.due}</time></td>
                <td>{r.publishedDay ? <time dateTime={r.publishedDay}>{r.publishedDay}</time> : '—'}</td>
                <td className="index-number">{r.indexNumber ?? '—'}</td>
                <td>{latenessLabels[r.lateness]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  )
}
