/**
 * The review workflow (送审 → 审核 → 发布). Pure rules over plain values: no Payload imports.
 *
 * draft ──submit──▶ submitted ──approve──▶ approved ──publish──▶ published
 *   ▲                   │return                                    │unpublish / new draft
 *   └───────────────────┴──────────────────────────────────────────┘
 * Any change of content after submission sends the item back to draft: a reviewer approves
 * exactly the text that is published (see content-fingerprint.ts).
 */
import { BilingualError } from '../shared/bilingual-error'

export const reviewStates = ['draft', 'submitted', 'approved', 'returned', 'published'] as const
export type ReviewState = (typeof reviewStates)[number]

/** Actions taken explicitly through the workflow endpoint. Publish and unpublish also happen through a save. */
export const reviewActions = ['submit', 'withdraw', 'approve', 'return'] as const
export type ReviewAction = (typeof reviewActions)[number]

export type ReviewErrorCode =
  | 'unknown-action' | 'not-writer' | 'not-reviewer' | 'wrong-state' | 'self-approval'
  | 'comment-required' | 'review-required' | 'changed-since-approval' | 'blocked-wording'
  | 'wrong-level' | 'second-level' | 'personal-data'

export class ReviewError extends BilingualError<ReviewErrorCode> {
  /** HTTP status a caller should answer with. */
  get status(): number {
    return this.code === 'not-writer' || this.code === 'not-reviewer' || this.code === 'self-approval' || this.code === 'review-required'
      || this.code === 'wrong-level' || this.code === 'second-level'
      ? 403
      : this.code === 'unknown-action' || this.code === 'comment-required' || this.code === 'blocked-wording' || this.code === 'personal-data'
        ? 400
        : 409
  }
}

export const stateLabels: Record<ReviewState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Submitted' },
  approved: { zh: '审核通过', en: 'Approved' },
  returned: { zh: '已退回', en: 'Returned' },
  published: { zh: '已发布', en: 'Published' },
}

export interface Actor {
  id: string
  /** May write this item's content (webmaster, editor, hub-editor of its unit, or super-admin). */
  isWriter: boolean
  /** May review this item (reviewer of its unit, or super-admin). */
  isReviewer: boolean
  /** The review levels this reviewer decides at (三审: 1–3); undefined: every level (a super-admin). */
  reviewLevels?: readonly number[]
}

export interface ReviewSnapshot {
  state: ReviewState
  submittedBy?: string | null
  /** While submitted: the level now deciding (1 = first). Absent on records from before review levels. */
  level?: number | null
  /** How many levels this submission goes through (1–3, set from the unit's policy on submission). */
  levels?: number | null
  /** Who approved the earlier levels of this submission: none of them may decide again. */
  approvedBy?: readonly string[]
}

const fromStates: Record<ReviewAction, readonly ReviewState[]> = {
  submit: ['draft', 'returned'],
  withdraw: ['submitted', 'approved'],
  approve: ['submitted'],
  return: ['submitted', 'approved'],
}

/** What the rows of a review history say: the explicit actions, a publish, and an edit back to draft. */
export const historyActionLabels: Record<ReviewAction | 'publish' | 'edit', { zh: string; en: string }> = {
  submit: { zh: '送审', en: 'Submitted' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  approve: { zh: '审核通过', en: 'Approved' },
  return: { zh: '退回', en: 'Returned' },
  publish: { zh: '发布', en: 'Published' },
  edit: { zh: '修改后退回草稿', en: 'Edited, back to draft' },
}

/** Who approved a level since the last submission, from the history rows. */
export function approversSinceSubmit(history: readonly { action?: string | null; byId?: string | null }[] | null | undefined): string[] {
  const rows = history ?? []
  let start = 0
  rows.forEach((row, i) => { if (row.action === 'submit') start = i + 1 })
  return rows.slice(start).filter((row) => row.action === 'approve' && row.byId).map((row) => String(row.byId))
}

/** The order the admin offers the actions of a state in: the step forward first. */
const offerOrder: readonly ReviewAction[] = ['submit', 'approve', 'return', 'withdraw']

/** The explicit actions possible in a state (whoever may take them). */
export const actionsIn = (state: ReviewState): ReviewAction[] => offerOrder.filter((action) => fromStates[action].includes(state))

export const nextState: Record<ReviewAction, ReviewState> = {
  submit: 'submitted',
  withdraw: 'draft',
  approve: 'approved',
  return: 'returned',
}

export function isReviewAction(value: unknown): value is ReviewAction {
  return typeof value === 'string' && (reviewActions as readonly string[]).includes(value)
}

export interface ReviewStep {
  to: ReviewState
  /** The level the action decided at (approve, return), or the level the item now waits at (submit). */
  level: number
  /** The level the item waits at afterwards, while submitted. */
  nextLevel: number | null
}

/** The level an item of `review` waits at, clamped to its levels (records from before levels wait at 1). */
export function currentLevel(review: ReviewSnapshot): number {
  const levels = Math.max(1, review.levels ?? 1)
  return review.state === 'approved' ? levels : Math.min(Math.max(1, review.level ?? 1), levels)
}

/** Throws a ReviewError when `actor` may not take `action` now; returns the state it leads to. */
export function checkAction(action: string, review: ReviewSnapshot, actor: Actor, comment?: string): ReviewState {
  return reviewStep(action, review, actor, comment).to
}

/**
 * The step `action` takes, with review levels (三审): an approval below the last level keeps the item
 * submitted and hands it to the next level; the last level's approval approves it; a return at any
 * level goes back to the editor. Each level is decided by its own reviewers, and nobody approves
 * two levels of one submission.
 */
export function reviewStep(action: string, review: ReviewSnapshot, actor: Actor, comment?: string): ReviewStep {
  if (!isReviewAction(action)) {
    throw new ReviewError('unknown-action', `未知的审核操作“${action}”`, `unknown review action "${action}" (submit, withdraw, approve, return)`)
  }
  if ((action === 'submit' || action === 'withdraw') && !actor.isWriter) {
    throw new ReviewError('not-writer', '只有本单位的编辑或站点管理员可以送审或撤回', 'only an editor or webmaster of this unit can submit or withdraw')
  }
  if ((action === 'approve' || action === 'return') && !actor.isReviewer) {
    throw new ReviewError('not-reviewer', '只有本单位的审核员可以审核', 'only a reviewer of this unit can approve or return')
  }
  if (!fromStates[action].includes(review.state)) {
    const label = stateLabels[review.state]
    throw new ReviewError('wrong-state', `当前状态为“${label.zh}”，不能执行此操作`, `not possible while the item is ${label.en.toLowerCase()}`)
  }
  if (action === 'approve' && review.submittedBy != null && String(review.submittedBy) === actor.id) {
    throw new ReviewError('self-approval', '不能审核自己送审的内容', 'you cannot approve an item you submitted')
  }
  if (action === 'return' && !comment?.trim()) {
    throw new ReviewError('comment-required', '退回时须填写退回意见', 'a comment is required when returning an item')
  }
  const levels = Math.min(3, Math.max(1, review.levels ?? 1))
  if (action === 'submit' || action === 'withdraw') return { to: nextState[action], level: 1, nextLevel: action === 'submit' ? 1 : null }
  const level = currentLevel(review)
  if (actor.reviewLevels && !actor.reviewLevels.includes(level)) {
    throw new ReviewError('wrong-level', `您不是第${level}级审核的审核员`, `you are not a reviewer of review level ${level}`)
  }
  if (action === 'approve' && (review.approvedBy ?? []).includes(actor.id)) {
    throw new ReviewError('second-level', '同一内容的两个审核级别不能由同一人审核通过', 'nobody approves two review levels of the same item')
  }
  if (action === 'approve' && level < levels) return { to: 'submitted', level, nextLevel: level + 1 }
  return { to: nextState[action], level, nextLevel: null }
}

/**
 * Whether a save that publishes may go ahead. Without required review any writer publishes; with
 * it, only the approved text, unchanged since approval.
 */
export function checkPublish(review: ReviewSnapshot & { fingerprint?: string | null }, reviewRequired: boolean, fingerprint: string): void {
  if (!reviewRequired) return
  if (review.state === 'published' && review.fingerprint === fingerprint) return // re-saving the published text
  if (review.state !== 'approved') {
    throw new ReviewError('review-required', '本单位要求先审核后发布：请先送审，审核通过后再发布', 'this unit requires review before publishing: submit the item and publish it once approved')
  }
  if (review.fingerprint !== fingerprint) {
    throw new ReviewError('changed-since-approval', '内容在审核通过后已被修改，须重新送审', 'the content changed after approval; submit it for review again')
  }
}
