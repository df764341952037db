import { outcomeLabel } from './outcomes'
import { isOpen, statusLabels, type RequestStatus } from './state-machine'

/** What the applicant sees with code and password: never another's data, nor the internal history. */
export function trackedRequest(r: {
  trackingCode: string; status: string; receivedDay: string; due?: string | null; outcome?: string | null; answer?: string | null; endedDay?: string | null
  clarification?: { asked?: string | null; byDay?: string | null; clarifiedDay?: string | null } | null
  extension?: { extended?: boolean | null } | null; fee?: { amount?: number | null; byDay?: string | null; paidDay?: string | null } | null
}, unitName?: string, documents: readonly { id: number | string; filename?: string | null; filesize?: number | null }[] = []) {
  const status = r.status as RequestStatus
  return {
    trackingCode: r.trackingCode,
    status,
    statusLabel: statusLabels[status]?.zh ?? status,
    receivedDay: r.receivedDay,
    unitName,
    due: r.due ?? undefined,
    extended: Boolean(r.extension?.extended),
    clarification: status === 'clarifying' ? { asked: r.clarification?.asked ?? '', byDay: r.clarification?.byDay ?? '' } : undefined,
    fee: status === 'fee-pending' ? { amount: r.fee?.amount ?? 0, byDay: r.fee?.byDay ?? '' } : undefined,
    outcome: r.outcome ? outcomeLabel(r.outcome) : undefined,
    answer: r.answer ?? undefined,
    documents: documents.map((d) => ({ id: String(d.id), filename: d.filename ?? '', filesize: d.filesize ?? 0 })),
    endedDay: r.endedDay ?? undefined,
    canWithdraw: isOpen(status),
  }
}
export type TrackedRequest = ReturnType<typeof trackedRequest>
