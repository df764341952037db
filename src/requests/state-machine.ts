import { BilingualError } from '../shared/bilingual-error'
import { isOutcome, type Outcome } from './outcomes'

/**
 * The states of a disclosure application (依申请公开申请) and the steps between them. Pure.
 * Extension and routing keep the state; a clarification or fee notice that lapses ends the
 * application with its row of table 三.
 */
export const requestStatuses = ['registered', 'clarifying', 'consulting', 'fee-pending', 'answered', 'withdrawn'] as const
export type RequestStatus = (typeof requestStatuses)[number]

export const statusLabels: Record<RequestStatus, { zh: string; en: string }> = {
  registered: { zh: '办理中', en: 'In progress' },
  clarifying: { zh: '待补正', en: 'Awaiting clarification' },
  consulting: { zh: '征求意见中', en: 'Consulting' },
  'fee-pending': { zh: '待缴费', en: 'Awaiting fee' },
  answered: { zh: '已答复', en: 'Answered' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}

const open: readonly RequestStatus[] = ['registered', 'clarifying', 'consulting', 'fee-pending']
export const isOpen = (s: RequestStatus) => open.includes(s)

type Step = { from: readonly RequestStatus[]; to: RequestStatus | 'same'; zh: string; en: string; outcome?: Outcome }
export const requestSteps = {
  route: { from: open, to: 'same', zh: '转办', en: 'Route' },
  clarify: { from: ['registered'], to: 'clarifying', zh: '告知补正', en: 'Ask for clarification' },
  clarified: { from: ['clarifying'], to: 'registered', zh: '已补正', en: 'Clarified' },
  'clarification-lapsed': { from: ['clarifying'], to: 'answered', zh: '逾期未补正', en: 'Clarification not given', outcome: 'other-no-clarification' },
  consult: { from: ['registered'], to: 'consulting', zh: '征求第三方或其他机关意见', en: 'Consult' },
  consulted: { from: ['consulting'], to: 'registered', zh: '意见已回复', en: 'Consultation answered' },
  extend: { from: ['registered', 'consulting'], to: 'same', zh: '延期答复', en: 'Extend' },
  'fee-notice': { from: ['registered'], to: 'fee-pending', zh: '收费通知', en: 'Fee notice' },
  'fee-paid': { from: ['fee-pending'], to: 'registered', zh: '已缴费', en: 'Fee paid' },
  'fee-lapsed': { from: ['fee-pending'], to: 'answered', zh: '逾期未缴费', en: 'Fee not paid', outcome: 'other-fee-unpaid' },
  answer: { from: ['registered', 'consulting'], to: 'answered', zh: '答复', en: 'Answer' },
  withdraw: { from: open, to: 'withdrawn', zh: '申请人撤回', en: 'Withdrawn by the applicant', outcome: 'other-other' },
} as const satisfies Record<string, Step>

export type RequestStep = keyof typeof requestSteps
export const isRequestStep = (v: unknown): v is RequestStep => typeof v === 'string' && Object.hasOwn(requestSteps, v)

export class RequestError extends BilingualError<'bad-step' | 'bad-state' | 'missing' | 'once'> {
  readonly status: number
  constructor(code: 'bad-step' | 'bad-state' | 'missing' | 'once', zh: string, en: string, status = 400) {
    super(code, zh, en)
    this.status = status
  }
}

export interface StepInput {
  outcome?: unknown
  reason?: unknown
  approver?: unknown
  alreadyExtended?: boolean
}

/** The state after `step`, and the outcome it records; throws a RequestError when the step is not allowed. */
export function takeStep(status: RequestStatus, step: unknown, input: StepInput = {}): { to: RequestStatus; outcome?: Outcome } {
  if (!isRequestStep(step)) throw new RequestError('bad-step', `未知的办理步骤：${String(step).slice(0, 40)}`, `unknown step: ${String(step).slice(0, 40)}`)
  const rule: Step = requestSteps[step]
  if (!rule.from.includes(status)) {
    throw new RequestError('bad-state', `“${statusLabels[status].zh}”的申请不能“${rule.zh}”`, `an application that is ${statusLabels[status].en.toLowerCase()} cannot take “${rule.en}”`, 409)
  }
  if (step === 'extend') {
    if (input.alreadyExtended) throw new RequestError('once', '答复期限只能延长一次', 'the answer period can be extended only once', 409)
    if (typeof input.reason !== 'string' || !input.reason.trim()) throw new RequestError('missing', '延期须写明理由', 'an extension needs a reason')
    if (typeof input.approver !== 'string' || !input.approver.trim()) throw new RequestError('missing', '延期须经信息公开工作机构负责人同意，请填写批准人', 'an extension needs the approver (head of the disclosure office)')
  }
  if (step === 'answer') {
    if (!isOutcome(input.outcome) || input.outcome === 'other-no-clarification' || input.outcome === 'other-fee-unpaid') {
      throw new RequestError('missing', '答复须选择表三中的一项办理结果', 'an answer needs exactly one outcome of table 三')
    }
    return { to: 'answered', outcome: input.outcome }
  }
  return { to: rule.to === 'same' ? status : rule.to, outcome: rule.outcome }
}
