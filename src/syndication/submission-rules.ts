/**
 * Curated submission to the hub (信息报送): rules and statistics. Pure: no Payload imports.
 *
 * pending (待处理) ──adopt──▶ adopted (已采用)
 *    │                           │ unpublish / delete of the original
 *    └──decline──▶ declined      ▼
 *                 (未采用)     retracted (已撤回) ──republish──▶ pending
 */
import { BilingualError } from '../shared/bilingual-error'

export const submissionStatuses = ['pending', 'adopted', 'declined', 'retracted'] as const
export type SubmissionStatus = (typeof submissionStatuses)[number]

export const statusLabels: Record<SubmissionStatus, { zh: string; en: string }> = {
  pending: { zh: '待处理', en: 'Pending' },
  adopted: { zh: '已采用', en: 'Adopted' },
  declined: { zh: '未采用', en: 'Declined' },
  retracted: { zh: '已撤回', en: 'Retracted' },
}

export class SubmissionError extends BilingualError<'wrong-state' | 'reason-required' | 'invalid-status'> {}

/** A hub editor's decision; retraction is never a decision, it follows the original. */
export function checkDecision(from: SubmissionStatus, to: string, reason?: string | null): SubmissionStatus {
  if (to !== 'adopted' && to !== 'declined' && to !== from) {
    throw new SubmissionError('invalid-status', '只能采用或不采用', 'a submission can only be adopted or declined')
  }
  if (from === 'retracted' && to !== from) {
    throw new SubmissionError('wrong-state', '原稿已撤回，不能再处理', 'the original was withdrawn; the submission cannot be decided')
  }
  if (to === 'declined' && !reason?.trim()) throw new SubmissionError('reason-required', '不采用时须填写理由', 'a reason is required to decline')
  return to as SubmissionStatus
}

/** What happens to a submission when its original article changes. null: nothing. */
export function followOriginal(current: SubmissionStatus | null, originalLive: boolean, markedForHub: boolean): 'create' | SubmissionStatus | null {
  if (originalLive && markedForHub) {
    if (current === null) return 'create'
    return current === 'retracted' ? 'pending' : null
  }
  if (current === 'pending' || current === 'adopted') return 'retracted'
  return null
}

export interface SubmissionRecord {
  unit: string
  status: SubmissionStatus
  submittedAt: string
}

export interface UnitStatistics {
  unit: string
  submitted: number
  adopted: number
  declined: number
  pending: number
  retracted: number
  /** adopted / (adopted + declined); null before any decision. */
  adoptionRate: number | null
}

/** 信息报送采用统计: per unit, submissions made in [from, to]. */
export function adoptionStatistics(records: readonly SubmissionRecord[], from?: Date, to?: Date): UnitStatistics[] {
  const byUnit = new Map<string, UnitStatistics>()
  for (const r of records) {
    const at = Date.parse(r.submittedAt)
    if ((from && at < from.getTime()) || (to && at > to.getTime())) continue
    const s = byUnit.get(r.unit) ?? { unit: r.unit, submitted: 0, adopted: 0, declined: 0, pending: 0, retracted: 0, adoptionRate: null }
    s.submitted++
    s[r.status]++
    byUnit.set(r.unit, s)
  }
  for (const s of byUnit.values()) s.adoptionRate = s.adopted + s.declined > 0 ? Math.round((s.adopted / (s.adopted + s.declined)) * 1000) / 1000 : null
  return [...byUnit.values()].sort((a, b) => b.adopted - a.adopted || b.submitted - a.submitted || a.unit.localeCompare(b.unit))
}
