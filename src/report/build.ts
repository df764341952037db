import { applicantKinds } from '../requests/outcomes'
import { overviewSentence, table3Cell, table3Columns, type ReportFigures } from './figures'
import { appealColumns, appealGroups, paragraphsOf, rowTh, sectionTitles, td, th, type Cell, type EnteredParts, type ReportDocument, type ReportTable } from './template'

/** Lays the figures and the entered parts out as the 2021 template's sections and tables. Pure. */

function table2(e: EnteredParts['table2']): ReportTable[] {
  const issued = (label: string, v: { issued: number; repealed: number; valid: number }): Cell[] => [rowTh(label), td(v.issued), td(v.repealed), td(v.valid)]
  const decisions = (caption: string, head: string, rows: [string, number][]): ReportTable => ({
    caption, head: [[th('信息内容'), th(head)]], body: rows.map(([label, v]) => [rowTh(label), td(v)]),
  })
  return [
    {
      caption: '第二十条第（一）项',
      head: [[th('信息内容'), th('本年制发件数'), th('本年废止件数'), th('现行有效件数')]],
      body: [issued('规章', e.rules), issued('行政规范性文件', e.normative)],
    },
    decisions('第二十条第（五）项', '本年处理决定数量', [['行政许可', e.licensing]]),
    decisions('第二十条第（六）项', '本年处理决定数量', [['行政处罚', e.penalties], ['行政强制', e.coercion]]),
    decisions('第二十条第（八）项', '本年收费金额（单位：万元）', [['行政事业性收费', e.fees]]),
  ]
}

function proactiveByCategory(f: ReportFigures): ReportTable {
  return {
    caption: '本年主动公开政府信息数量（按信息公开目录分类，由平台统计）',
    head: [[th('分类'), th('条数')]],
    body: [...f.proactive.map((p) => [rowTh(p.title), td(p.count, `proactive:${p.key}`)]), [rowTh('合计'), td(f.proactiveTotal, 'proactive:total')]],
  }
}

function table3(f: ReportFigures): ReportTable {
  const orgs = applicantKinds.filter((k) => k.group === 'organization')
  const groupLike = new Set(['results', 'withheld', 'unavailable', 'not-processed', 'other'])
  return {
    caption: '收到和处理政府信息公开申请情况',
    head: [
      [th('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rowSpan: 3 }), th('申请人情况', { colSpan: 7, scope: 'colgroup' })],
      [th('自然人', { rowSpan: 2 }), th('法人或其他组织', { colSpan: 5, scope: 'colgroup' }), th('总计', { rowSpan: 2 })],
      orgs.map((k) => th(k.zh)),
    ],
    body: f.table3.map((r) => {
      const indent = /^[一二三四]、/.test(r.label) ? 0 : /^（/.test(r.label) ? 1 : 2
      if (!r.values) return [rowTh(r.label, indent), ...(groupLike.has(r.key) ? table3Columns.map(() => td('')) : [])]
      return [rowTh(r.label, indent), ...table3Columns.map((c) => td(r.values![c.key], table3Cell(r.key, c.key)))]
    }),
  }
}

function table4(e: EnteredParts['table4']): ReportTable {
  const [review, ...lawsuits] = appealGroups
  return {
    caption: '政府信息公开行政复议、行政诉讼情况',
    head: [
      [th('', { rowSpan: 3, scope: undefined, header: false }), th(review.zh, { colSpan: 5, scope: 'colgroup' }), th('行政诉讼', { colSpan: 10, scope: 'colgroup' })],
      [...appealColumns.map((c) => th(c.zh, { rowSpan: 2 })), ...lawsuits.map((g) => th(g.zh, { colSpan: 5, scope: 'colgroup' }))],
      lawsuits.flatMap(() => appealColumns.map((c) => th(c.zh))),
    ],
    body: [[rowTh('件数'), ...appealGroups.flatMap((g) => appealColumns.map((c) => td(e[g.key][c.key])))]],
  }
}

export function buildReport(unitName: string, year: number, f: ReportFigures, e: EnteredParts): ReportDocument {
  const s = e.sections
  return {
    title: `${unitName}${year}年政府信息公开工作年度报告`,
    unitName,
    year,
    sections: [
      { key: 'overview', title: sectionTitles.overview, paragraphs: [overviewSentence(f), ...paragraphsOf(s.overview)], tables: [] },
      { key: 'proactive', title: sectionTitles.proactive, paragraphs: paragraphsOf(s.proactive), tables: [...table2(e.table2), proactiveByCategory(f)] },
      { key: 'applications', title: sectionTitles.applications, paragraphs: paragraphsOf(s.applications), tables: [table3(f)] },
      { key: 'appeals', title: sectionTitles.appeals, paragraphs: paragraphsOf(s.appeals), tables: [table4(e.table4)] },
      { key: 'problems', title: sectionTitles.problems, paragraphs: paragraphsOf(s.problems), tables: [] },
      { key: 'other', title: sectionTitles.other, paragraphs: paragraphsOf(s.other), tables: [] },
    ],
  }
}

/** The report as plain text tables, for the terminal (npm run report). */
export function reportText(doc: ReportDocument): string {
  const width = (t: string) => [...t].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)
  const pad = (t: string, w: number) => t + ' '.repeat(Math.max(0, w - width(t)))
  const out: string[] = [doc.title, '']
  for (const s of doc.sections) {
    out.push(s.title, ...s.paragraphs.map((p) => `  ${p}`))
    for (const t of s.tables) {
      // The last header row names the leaf columns; earlier rows are printed above as group titles.
      const heads = t.head.map((row) => row.map((c) => c.text).filter(Boolean).join(' | '))
      const rows = t.body.map((r) => r.map((c, i) => (i === 0 ? '  '.repeat(c.indent ?? 0) + c.text : c.text)))
      const labelWidth = Math.min(60, Math.max(...rows.map((r) => width(r[0]))))
      out.push('', `  【${t.caption}】`, ...heads.map((h) => `  ${h}`))
      for (const r of rows) out.push(`  ${pad(r[0], labelWidth)}  ${r.slice(1).map((v) => v.padStart(5)).join(' ')}`)
    }
    out.push('')
  }
  return out.join('\n')
}
