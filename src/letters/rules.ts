import { BilingualError } from '../shared/bilingual-error'

/**
 * The mayor's mailbox (市长信箱 / 领导信箱): a letter's states, who may move it, and its deadlines.
 * Pure: no Payload, no clock of its own (callers pass `today` in China time).
 */
export const letterStatuses = ['received', 'accepted', 'review', 'replied', 'rejected', 'merged'] as const
export type LetterStatus = (typeof letterStatuses)[number]

export const statusLabels: Record<LetterStatus, { zh: string; en: string }> = {
  received: { zh: '待受理', en: 'Awaiting acceptance' },
  accepted: { zh: '办理中', en: 'Being handled' },
  review: { zh: '答复待审核', en: 'Reply under review' },
  replied: { zh: '已答复', en: 'Replied' },
  rejected: { zh: '不予受理', en: 'Not accepted' },
  merged: { zh: '已合并', en: 'Merged' },
}

export const letterCategories = [
  { value: 'consult', zh: '咨询', en: 'Question' },
  { value: 'suggest', zh: '建议', en: 'Suggestion' },
  { value: 'complain', zh: '投诉', en: 'Complaint' },
  { value: 'help', zh: '求助', en: 'Request for help' },
  { value: 'other', zh: '其他', en: 'Other' },
] as const
export type LetterCategory = (typeof letterCategories)[number]['value']
export const isLetterCategory = (v: unknown): v is LetterCategory => letterCategories.some((c) => c.value === v)

export const ratings = [
  { value: 'satisfied', zh: '满意', en: 'Satisfied' },
  { value: 'basic', zh: '基本满意', en: 'Fairly satisfied' },
  { value: 'unsatisfied', zh: '不满意', en: 'Not satisfied' },
] as const
export type Rating = (typeof ratings)[number]['value']
export const isRating = (v: unknown): v is Rating => ratings.some((r) => r.value === v)

/**
 * The actions on a letter. `manager`: whoever runs the mailbox the letter came to (hub staff for
 * the hub's, the unit's webmaster for a unit's); `writer`: an editor or webmaster of the unit that
 * answers; `reviewer`: a reviewer or webmaster of that unit, never the one who submitted the reply.
 */
export const letterActions = {
  accept: { from: ['received'], to: 'accepted', actor: 'manager', zh: '受理', en: 'Accept' },
  reject: { from: ['received'], to: 'rejected', actor: 'manager', zh: '不予受理', en: 'Reject' },
  merge: { from: ['received', 'accepted'], to: 'merged', actor: 'manager', zh: '合并重复来信', en: 'Merge duplicate' },
  route: { from: ['received', 'accepted'], to: 'accepted', actor: 'manager', zh: '转办', en: 'Route' },
  draft: { from: ['accepted'], to: 'accepted', actor: 'writer', zh: '保存答复稿', en: 'Save draft reply' },
  submit: { from: ['accepted'], to: 'review', actor: 'writer', zh: '答复送审', en: 'Submit reply' },
  approve: { from: ['review'], to: 'replied', actor: 'reviewer', zh: '审核通过并答复', en: 'Approve and reply' },
  return: { from: ['review'], to: 'accepted', actor: 'reviewer', zh: '退回修改', en: 'Return' },
} as const satisfies Record<string, { from: readonly LetterStatus[]; to: LetterStatus; actor: 'manager' | 'writer' | 'reviewer'; zh: string; en: string }>

export type LetterAction = keyof typeof letterActions
export type ActorKind = (typeof letterActions)[LetterAction]['actor']
export const isLetterAction = (v: unknown): v is LetterAction => typeof v === 'string' && Object.hasOwn(letterActions, v)

export type LetterErrorCode = 'bad-action' | 'bad-state' | 'missing' | 'too-long' | 'bad-value' | 'forbidden'
export class LetterError extends BilingualError<LetterErrorCode> {
  readonly status: number
  constructor(code: LetterErrorCode, zh: string, en: string, status = 400) {
    super(code, zh, en)
    this.status = status
  }
}

/** The open statuses, whose deadline runs. */
export const openStatuses: readonly LetterStatus[] = ['received', 'accepted', 'review']

export function actionsIn(status: LetterStatus): LetterAction[] {
  return (Object.keys(letterActions) as LetterAction[]).filter((a) => (letterActions[a].from as readonly string[]).includes(status))
}

export interface ActionInput {
  reason?: string
  comment?: string
  reply?: string
  unit?: string | number
  into?: string | number
}

export const LIMITS = { reason: 1000, comment: 1000, reply: 10_000 } as const

const text = (value: unknown, name: keyof typeof LIMITS, zh: string, required: boolean): string | undefined => {
  const s = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : null
  if (s === null) throw new LetterError('bad-value', `${zh}须为文本`, `${name} must be text`)
  if (required && !s) throw new LetterError('missing', `请填写${zh}`, `${name} is required`)
  if (s.length > LIMITS[name]) throw new LetterError('too-long', `${zh}不能超过 ${LIMITS[name]} 字`, `${name} is longer than ${LIMITS[name]} characters`)
  return s || undefined
}

/** Checks an action against the letter's status and reads the input it needs; throws a LetterError. */
export function checkAction(status: LetterStatus, action: unknown, input: Record<string, unknown>): { action: LetterAction; to: LetterStatus; input: ActionInput } {
  if (!isLetterAction(action)) {
    throw new LetterError('bad-action', `未知的操作：${String(action).slice(0, 40)}`, `unknown action: ${String(action).slice(0, 40)}`)
  }
  const rule = letterActions[action]
  if (!(rule.from as readonly string[]).includes(status)) {
    throw new LetterError('bad-state', `“${statusLabels[status].zh}”的来信不能“${rule.zh}”`, `a letter that is ${statusLabels[status].en.toLowerCase()} cannot be given “${rule.en}”`, 409)
  }
  const out: ActionInput = {}
  if (action === 'reject') out.reason = text(input.reason, 'reason', '不予受理的理由', true)
  if (action === 'return') out.comment = text(input.comment, 'comment', '退回意见', true)
  if (action === 'draft' || action === 'submit') out.reply = text(input.reply, 'reply', '答复内容', action === 'submit')
  if (action === 'approve') out.comment = text(input.comment, 'comment', '审核意见', false)
  if (action === 'route') {
    if (input.unit === undefined || input.unit === null || input.unit === '') throw new LetterError('missing', '请选择承办单位', 'unit is required')
    out.unit = input.unit as string | number
  }
  if (action === 'merge') {
    if (input.into === undefined || input.into === null || input.into === '') throw new LetterError('missing', '请指定合并到的来信', 'into (the letter kept) is required')
    out.into = input.into as string | number
  }
  return { action, to: rule.to, input: out }
}

export interface Deadlines {
  /** Working days to accept or reject a letter after it arrives. */
  acceptDays: number
  /** Working days to reply after acceptance. */
  replyDays: number
}

export const defaultDeadlines: Deadlines = { acceptDays: 3, replyDays: 15 }

/** The deadline that runs for a letter in `status`, or null when none runs. */
export function runningDue(letter: { status: LetterStatus; acceptDue?: string | null; replyDue?: string | null }): string | null {
  if (letter.status === 'received') return letter.acceptDue ?? null
  if (letter.status === 'accepted' || letter.status === 'review') return letter.replyDue ?? null
  return null
}

/** Overdue: a deadline runs and `today` (China time, YYYY-MM-DD) is after it. */
export function isOverdue(letter: Parameters<typeof runningDue>[0], today: string): boolean {
  const due = runningDue(letter)
  return due !== null && today > due
}
