import { csvText } from '../shared/csv'
import type { LetterStatus } from './rules'

/**
 * Figures of the mailbox per answering unit and period, for the annual report and monitoring.
 * reply rate = replied / accepted (the seed's 1852 of 1950 = 95%); on-time rate = replied within
 * the deadline / replied; satisfaction = (满意 + 基本满意) / rated.
 */
export interface StatsRow {
  unit: string
  status: LetterStatus
  acceptedAt?: string | null
  repliedAt?: string | null
  replyDays?: number | null
  onTime?: boolean | null
  rating?: string | null
}

export interface LetterStats {
  unit: string
  received: number
  accepted: number
  rejected: number
  merged: number
  replied: number
  replyRate: number | null
  onTimeRate: number | null
  meanReplyDays: number | null
  rated: number
  satisfied: number
  fairlySatisfied: number
  unsatisfied: number
  satisfaction: number | null
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000)

export function letterStats(rows: readonly StatsRow[], unit = 'all'): LetterStats {
  const count = (f: (r: StatsRow) => boolean) => rows.filter(f).length
  const accepted = count((r) => Boolean(r.acceptedAt) && r.status !== 'merged')
  const repliedRows = rows.filter((r) => r.status === 'replied')
  const days = repliedRows.map((r) => r.replyDays).filter((d): d is number => typeof d === 'number')
  const rated = count((r) => Boolean(r.rating))
  const satisfied = count((r) => r.rating === 'satisfied')
  const fairlySatisfied = count((r) => r.rating === 'basic')
  return {
    unit,
    received: rows.length,
    accepted,
    rejected: count((r) => r.status === 'rejected'),
    merged: count((r) => r.status === 'merged'),
    replied: repliedRows.length,
    replyRate: ratio(repliedRows.length, accepted),
    onTimeRate: ratio(repliedRows.filter((r) => r.onTime).length, repliedRows.length),
    meanReplyDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
    rated,
    satisfied,
    fairlySatisfied,
    unsatisfied: count((r) => r.rating === 'unsatisfied'),
    satisfaction: ratio(satisfied + fairlySatisfied, rated),
  }
}

/** One row per unit that has letters, then the total. */
export function letterStatsByUnit(rows: readonly StatsRow[]): LetterStats[] {
  const units = [...new Set(rows.map((r) => r.unit))].sort()
  return [...units.map((u) => letterStats(rows.filter((r) => r.unit === u), u)), letterStats(rows, 'all')]
}

const columns: [keyof LetterStats, string][] = [
  ['unit', '单位 / unit'], ['received', '收信 / received'], ['accepted', '受理 / accepted'], ['rejected', '不予受理 / rejected'],
  ['merged', '合并 / merged'], ['replied', '已答复 / replied'], ['replyRate', '答复率 / reply rate'], ['onTimeRate', '按期答复率 / on-time rate'],
  ['meanReplyDays', '平均答复工作日 / mean working days to reply'], ['rated', '评价数 / rated'], ['satisfied', '满意 / satisfied'],
  ['fairlySatisfied', '基本满意 / fairly satisfied'], ['unsatisfied', '不满意 / unsatisfied'], ['satisfaction', '满意率 / satisfaction'],
]

export function statsCsv(stats: readonly LetterStats[], unitName: (id: string) => string): string {
  return csvText([
    columns.map(([, h]) => h),
    ...stats.map((s) => columns.map(([k]) => (k === 'unit' ? (s.unit === 'all' ? '合计 / total' : unitName(s.unit)) : s[k]))),
  ])
}
