/**
 * Art. 49 of the 2019 Regulation: a government department publishes its report for the previous year
 * by 31 January; a government itself (the city, a county) by 31 March. Other units (enterprises,
 * zones) follow the department date. Days are China dates (YYYY-MM-DD). Pure.
 */
export type ReportKind = 'government' | 'department'
export const reportKindOf = (unitKind: string): ReportKind => (unitKind === 'hub' || unitKind === 'county' ? 'government' : 'department')
export const reportDue = (unitKind: string, year: number) => `${year + 1}-${reportKindOf(unitKind) === 'government' ? '03-31' : '01-31'}`

export type Lateness = 'on-time' | 'late' | 'missing' | 'not-due'
export const latenessLabels: Record<Lateness, string> = { 'on-time': '按时发布', late: '逾期发布', missing: '逾期未发布', 'not-due': '未到期限' }

/** Whether a unit met its date: published on or before it, after it, not yet while it has passed, or not yet due. */
export function lateness(unitKind: string, year: number, publishedDay: string | null | undefined, today: string): Lateness {
  const due = reportDue(unitKind, year)
  if (publishedDay) return publishedDay <= due ? 'on-time' : 'late'
  return today > due ? 'missing' : 'not-due'
}
