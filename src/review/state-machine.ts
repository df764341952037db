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

export class ReviewError extends BilingualError<ReviewErrorCode> {
  /** HTTP status a caller should answer with. */
  get status(): number {
    return this.code === 'not-writer' || this.code === 'not-reviewer' || this.code === 'self-approval' || this.code === 'review-required'
      ? 403
      : this.code === 'unknown-action' || this.code === 'comment-required' || this.code === 'blocked-wording'
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
}

export interface ReviewSnapshot {
  state: ReviewState
  submittedBy?: string | null
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

/** Throws a ReviewError when `actor` may not take `action` now; returns the state it leads to. */
export function checkAction(action: string, review: ReviewSnapshot, actor: Actor, comment?: string): ReviewState {
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
  return nextState[action]
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
