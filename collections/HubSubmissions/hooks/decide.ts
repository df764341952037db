import type { CollectionBeforeChangeHook } from 'payload'
import { checkDecision, type SubmissionStatus } from '../../../src/syndication/submission-rules'
import { asClientError } from '../../shared/client-error'

/** Hub staff's decisions follow the rules; the original's hooks (context.syndicationSystem) set status freely. */
export const decideSubmission: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || context.syndicationSystem) return data
  const from = (originalDoc?.status ?? 'pending') as SubmissionStatus
  const to = (data.status ?? from) as string
  try {
    data.status = checkDecision(from, to, data.declineReason ?? originalDoc?.declineReason)
  } catch (error) {
    throw asClientError(error)
  }
  if (data.status !== from) {
    const user = req.user as { name?: string; email?: string } | null
    data.decidedBy = String(user?.name || user?.email || '')
    data.decidedAt = new Date().toISOString()
    if (data.status === 'adopted') data.adoptedCategory ??= originalDoc?.adoptedCategory ?? originalDoc?.targetCategory
  }
  return data
}
