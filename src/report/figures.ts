import { table3Members, inColumn, type Columns, type Table3Record, type Table3Row } from '../requests/table3'
import { applicantKinds } from '../requests/outcomes'
import { letterStats, type StatsRow } from '../letters/stats'

/**
 * The figures of an annual report that the platform computes from its records, each with the ids
 * of the records it counts (its trace). Frozen into the report when it is submitted. Pure.
 */
type ID = number | string
export interface ApplicationRecord extends Table3Record { id: ID }
export interface LetterRecord extends StatsRow { id: ID }
/** A proactive disclosure published in the year, with the Art. 20 category (catalogue key) it is filed under. */
export interface ProactiveRecord { id: ID; category: string }
export interface CategoryInfo { key: string; title: string }

export interface ReportFigures {
  year: number
  table3: Table3Row[]
  letters: { received: number; accepted: number; replied: number; replyRate: number | null }
  proactive: { key: string; title: string; count: number }[]
  proactiveTotal: number
}
export interface ComputedReport {
  figures: ReportFigures
  /** Cell key → ids of the records it counts. */
  traces: Record<string, ID[]>
}

export const table3Columns = [...applicantKinds.map((k) => ({ key: k.value as keyof Columns, zh: k.zh })), { key: 'total' as keyof Columns, zh: '总计' }]
export const table3Cell = (row: string, column: string) => `t3:${row}:${column}`

export function computeReport(input: {
  year: number
  applications: readonly ApplicationRecord[]
  letters: readonly LetterRecord[]
  proactive: readonly ProactiveRecord[]
  categories: readonly CategoryInfo[]
}): ComputedReport {
  const traces: Record<string, ID[]> = {}
  const table3: Table3Row[] = []
  for (const row of table3Members(input.applications, input.year)) {
    if (!row.members) {
      table3.push({ key: row.key, label: row.label, values: null })
      continue
    }
    const values = {} as Columns
    for (const column of [...table3Columns.map((c) => c.key), 'organization' as const]) {
      const members = row.members.filter((r) => inColumn(r, column))
      values[column] = members.length
      traces[table3Cell(row.key, column)] = members.map((r) => r.id)
    }
    table3.push({ key: row.key, label: row.label, values })
  }

  // Handled in the year: replied by its last moment (China time); a December letter answered in January counts next year.
  const yearEnd = Date.parse(`${input.year}-12-31T23:59:59.999+08:00`)
  const letters = input.letters.map((l) => (l.status === 'replied' && l.repliedAt && Date.parse(l.repliedAt) > yearEnd ? { ...l, status: 'accepted' as const } : l))
  const stats = letterStats(letters)
  traces['letters:received'] = letters.map((l) => l.id)
  traces['letters:accepted'] = letters.filter((l) => Boolean(l.acceptedAt) && l.status !== 'merged').map((l) => l.id)
  traces['letters:replied'] = letters.filter((l) => l.status === 'replied').map((l) => l.id)

  const proactive = input.categories.map((c) => {
    const ids = input.proactive.filter((p) => p.category === c.key).map((p) => p.id)
    traces[`proactive:${c.key}`] = ids
    return { key: c.key, title: c.title, count: ids.length }
  })
  traces['proactive:total'] = input.proactive.filter((p) => input.categories.some((c) => c.key === p.category)).map((p) => p.id)

  return {
    figures: {
      year: input.year,
      table3,
      letters: { received: stats.received, accepted: stats.accepted, replied: stats.replied, replyRate: stats.replyRate },
      proactive,
      proactiveTotal: traces['proactive:total'].length,
    },
    traces,
  }
}

/** A figure by its trace key, read from the (possibly snapshotted) figures. */
export function figureAt(f: ReportFigures, key: string): number | undefined {
  const [kind, a, b] = key.split(':')
  if (kind === 't3') return f.table3.find((r) => r.key === a)?.values?.[b as keyof Columns]
  if (kind === 'letters') return f.letters[a as 'received' | 'accepted' | 'replied']
  if (kind === 'proactive') return a === 'total' ? f.proactiveTotal : f.proactive.find((p) => p.key === a)?.count
  return undefined
}

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`)

/** Section 一's generated sentence: what the records say about the year. */
export function overviewSentence(f: ReportFigures): string {
  const row = (key: string) => f.table3.find((r) => r.key === key)?.values?.total ?? 0
  return `${f.year}年，本机关主动公开政府信息${f.proactiveTotal}条；新收政府信息公开申请${row('new')}件，上年结转${row('carried-in')}件，` +
    `本年度办结${row('total')}件（其中予以公开${row('open')}件），结转下年度继续办理${row('carried-out')}件；` +
    `信箱收到来信${f.letters.received}件，受理${f.letters.accepted}件，办结答复${f.letters.replied}件，答复率${percent(f.letters.replyRate)}。`
}
