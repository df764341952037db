/**
 * The annual disclosure report (政府信息公开工作年度报告), 2021 template of the State Council's
 * disclosure office: its six sections and tables 二, 三 and 四 with the template's exact labels, as
 * one neutral structure that the HTML page, the terminal and the DOCX all render. Pure.
 */

export const sectionTitles = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const
export type SectionKey = keyof typeof sectionTitles

/** Table 四's five columns, for 行政复议 and each kind of 行政诉讼. */
export const appealColumns = [
  { key: 'upheld', zh: '结果维持' },
  { key: 'corrected', zh: '结果纠正' },
  { key: 'otherResult', zh: '其他结果' },
  { key: 'pending', zh: '尚未审结' },
  { key: 'total', zh: '总计' },
] as const
export type AppealCounts = Record<(typeof appealColumns)[number]['key'], number>
export const appealGroups = [
  { key: 'review', zh: '行政复议' },
  { key: 'direct', zh: '未经复议直接起诉' },
  { key: 'afterReview', zh: '复议后起诉' },
] as const
export type AppealGroup = (typeof appealGroups)[number]['key']

export interface IssuedCounts { issued: number; repealed: number; valid: number }

/** What staff enter: the figures the platform does not hold, and the narrative sections. */
export interface EnteredParts {
  table2: {
    rules: IssuedCounts
    normative: IssuedCounts
    licensing: number
    penalties: number
    coercion: number
    /** 万元 */
    fees: number
  }
  table4: Record<AppealGroup, AppealCounts>
  sections: Record<SectionKey, string>
}

const zeroAppeals = (): AppealCounts => ({ upheld: 0, corrected: 0, otherResult: 0, pending: 0, total: 0 })
export const emptyEntered = (): EnteredParts => ({
  table2: { rules: { issued: 0, repealed: 0, valid: 0 }, normative: { issued: 0, repealed: 0, valid: 0 }, licensing: 0, penalties: 0, coercion: 0, fees: 0 },
  table4: { review: zeroAppeals(), direct: zeroAppeals(), afterReview: zeroAppeals() },
  sections: { overview: '', proactive: '', applications: '', appeals: '', problems: '', other: '' },
})

/**
 * Next year's form, prefilled from last year's report: the narrative to edit, and table 二's
 * currently-valid counts as the starting stock. Yearly flows (issued, decisions, fees, appeals) start at 0.
 */
export function prefillFrom(last: EnteredParts | null | undefined): EnteredParts {
  const next = emptyEntered()
  if (!last) return next
  next.sections = { ...next.sections, ...last.sections }
  next.table2.rules.valid = last.table2?.rules?.valid ?? 0
  next.table2.normative.valid = last.table2?.normative?.valid ?? 0
  // Cases still pending at the end of last year are still open until someone records their result.
  for (const g of appealGroups) next.table4[g.key].pending = last.table4?.[g.key]?.pending ?? 0
  for (const g of appealGroups) next.table4[g.key].total = next.table4[g.key].pending
  return next
}

/** A cell: a number (with the records it counts, when computed) or a heading. */
export interface Cell {
  text: string
  header?: boolean
  scope?: 'col' | 'row' | 'colgroup' | 'rowgroup'
  colSpan?: number
  rowSpan?: number
  /** Key of the computed figure, for traceability (GET …/trace?cell=…). */
  trace?: string
  /** Indentation level of a row heading (sub-reasons under a group). */
  indent?: number
}
export interface ReportTable {
  caption: string
  head: Cell[][]
  body: Cell[][]
}
export interface ReportSection {
  key: SectionKey
  title: string
  paragraphs: string[]
  tables: ReportTable[]
}
export interface ReportDocument {
  title: string
  unitName: string
  year: number
  sections: ReportSection[]
}

export const th = (text: string, extra: Partial<Cell> = {}): Cell => ({ text, header: true, scope: 'col', ...extra })
export const td = (value: number | string, trace?: string): Cell => ({ text: String(value), ...(trace ? { trace } : {}) })
export const rowTh = (text: string, indent = 0): Cell => ({ text, header: true, scope: 'row', indent })
export const paragraphsOf = (text: string | null | undefined) => (text ?? '').split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean)
