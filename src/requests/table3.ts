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

export function table3(records: readonly Table3Record[], year: number): { rows: Table3Row[]; checks: boolean } {
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const endedBy = (r: Table3Record, day: string) => Boolean(r.endedDay && r.endedDay <= day)
  const newThisYear = records.filter((r) => r.receivedDay >= start && r.receivedDay <= end)
  const carriedIn = records.filter((r) => r.receivedDay < start && !endedBy(r, `${year - 1}-12-31`))
  const endedThisYear = records.filter((r) => r.outcome && r.endedDay && r.endedDay >= start && r.endedDay <= end && r.receivedDay <= end)
  const carriedOut = records.filter((r) => r.receivedDay <= end && !endedBy(r, end))
  const rows: Table3Row[] = [
    { key: 'new', label: '一、本年新收政府信息公开申请数量', values: count(newThisYear) },
    { key: 'carried-in', label: '二、上年结转政府信息公开申请数量', values: count(carriedIn) },
    { key: 'results', label: '三、本年度办理结果', values: null },
  ]
  for (const group of outcomeGroups) {
    if (group.reasons.length === 1 && group.reasons[0].value === group.key) {
      rows.push({ key: group.key, label: group.zh, values: count(endedThisYear.filter((r) => r.outcome === group.key)) })
      continue
    }
    rows.push({ key: group.key, label: group.zh, values: null })
    for (const reason of group.reasons) rows.push({ key: reason.value, label: reason.zh, values: count(endedThisYear.filter((r) => r.outcome === reason.value)) })
  }
  const total = count(endedThisYear.filter((r) => outcomes.some((o) => o.value === r.outcome)))
  rows.push({ key: 'total', label: '（七）总计', values: total })
  const out = count(carriedOut)
  rows.push({ key: 'carried-out', label: '四、结转下年度继续办理', values: out })
  const a = count(newThisYear)
  const b = count(carriedIn)
  const columns = [...applicantKinds.map((k) => k.value), 'organization', 'total'] as const
  const checks = columns.every((c) => a[c] + b[c] === total[c] + out[c])
  return { rows, checks }
}
