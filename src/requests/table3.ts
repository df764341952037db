import { applicantKinds, outcomeGroups, outcomes, type ApplicantKind, type Outcome } from './outcomes'

/**
 * Table 三 of the annual report for one year, from application records: new this year (一), carried
 * over from last year (二), this year's results by outcome (三, with (七)总计), and carried over to next
 * year (四). The template's check 一 + 二 = (七)总计 + 四 holds in every column. Pure.
 */
export interface Table3Record {
  applicant: ApplicantKind
  receivedDay: string
  /** The day it ended (answered, lapsed, withdrawn), when it has. */
  endedDay?: string | null
  outcome?: Outcome | null
}

export type Columns = Record<ApplicantKind | 'organization' | 'total', number>
export interface Table3Row {
  key: string
  label: string
  /** Group headings ((三)–(六)) carry no numbers. */
  values: Columns | null
}

const zero = (): Columns => ({ natural: 0, commercial: 0, research: 0, 'public-interest': 0, 'legal-services': 0, 'other-organization': 0, organization: 0, total: 0 })

function count(records: readonly Table3Record[]): Columns {
  const c = zero()
  for (const r of records) {
    c[r.applicant]++
    if (r.applicant !== 'natural') c.organization++
    c.total++
  }
  return c
}

/** The records each row of table 三 counts (null for group headings), so every cell can be traced. */
export function table3Members<R extends Table3Record>(records: readonly R[], year: number): { key: string; label: string; members: R[] | null }[] {
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const endedBy = (r: Table3Record, day: string) => Boolean(r.endedDay && r.endedDay <= day)
  const endedThisYear = records.filter((r) => r.outcome && r.endedDay && r.endedDay >= start && r.endedDay <= end && r.receivedDay <= end)
  const rows: { key: string; label: string; members: R[] | null }[] = [
    { key: 'new', label: '一、本年新收政府信息公开申请数量', members: records.filter((r) => r.receivedDay >= start && r.receivedDay <= end) },
    { key: 'carried-in', label: '二、上年结转政府信息公开申请数量', members: records.filter((r) => r.receivedDay < start && !endedBy(r, `${year - 1}-12-31`)) },
    { key: 'results', label: '三、本年度办理结果', members: null },
  ]
  for (const group of outcomeGroups) {
    if (group.reasons.length === 1 && group.reasons[0].value === group.key) {
      rows.push({ key: group.key, label: group.zh, members: endedThisYear.filter((r) => r.outcome === group.key) })
      continue
    }
    rows.push({ key: group.key, label: group.zh, members: null })
    for (const reason of group.reasons) rows.push({ key: reason.value, label: reason.zh, members: endedThisYear.filter((r) => r.outcome === reason.value) })
  }
  rows.push({ key: 'total', label: '（七）总计', members: endedThisYear.filter((r) => outcomes.some((o) => o.value === r.outcome)) })
  rows.push({ key: 'carried-out', label: '四、结转下年度继续办理', members: records.filter((r) => r.receivedDay <= end && !endedBy(r, end)) })
  return rows
}

/** Whether a record falls in a column of table 三 (`organization` is the sum of the five organisation columns). */
export const inColumn = (r: Table3Record, column: keyof Columns) => column === 'total' || r.applicant === column || (column === 'organization' && r.applicant !== 'natural')

export function table3(records: readonly Table3Record[], year: number): { rows: Table3Row[]; checks: boolean } {
  const rows: Table3Row[] = table3Members(records, year).map((r) => ({ key: r.key, label: r.label, values: r.members ? count(r.members) : null }))
  const at = (key: string) => rows.find((r) => r.key === key)!.values!
  const [a, b, total, out] = [at('new'), at('carried-in'), at('total'), at('carried-out')]
  const columns = [...applicantKinds.map((k) => k.value), 'organization', 'total'] as const
  const checks = columns.every((c) => a[c] + b[c] === total[c] + out[c])
  return { rows, checks }
}
