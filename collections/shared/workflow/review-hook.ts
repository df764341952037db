import { type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { idOf, type UnitRef } from '../../../src/access/roles'
import { contentFingerprint } from '../../../src/review/content-fingerprint'
import { checkPublish, type ReviewState } from '../../../src/review/state-machine'
import { blockingMessage, checkDocument, type CheckedDocument, type DocumentHit } from '../../../src/wording/check-document'
import { matcherFor } from '../../WordingEntries/hooks/dictionary'
import { asClientError, ClientError } from '../client-error'
import { defaultReviewPolicy, reviewPolicyOf } from './review-levels'
import { personalDataFindings, refusePersonalData, type IntendedRow } from './personal-data'

export type ReviewedCollection = 'disclosures' | 'articles'

/** Set in `context` by the review endpoint: the transition it has already authorised. */
export interface ReviewTransition {
  action: 'submit' | 'withdraw' | 'approve' | 'return'
  to: ReviewState
  comment?: string
  hits?: DocumentHit[]
  /** The level decided at (approve, return); the level now waiting and its name while still submitted. */
  level?: number
  nextLevel?: number | null
  nextLevelName?: string | null
  /** On submit: how many levels the unit's policy gives this item. */
  levels?: number
}

export interface HistoryRow {
  action: string
  byId?: string
  byName: string
  at: string
  comment?: string
  level?: number | null
}

export interface ReviewRecord {
  state: ReviewState
  submittedBy?: string | null
  submittedAt?: string | null
  reviewedBy?: string | null
  reviewedAt?: string | null
  fingerprint?: string | null
  level?: number | null
  levels?: number | null
  levelName?: string | null
  wordingHits?: DocumentHit[] | null
  /** Personal data a reviewer marked as intended (e.g. an official's office phone), by value. */
  intendedData?: IntendedRow[] | null
  history?: HistoryRow[] | null
}

export { defaultReviewPolicy }

export async function reviewRequired(req: PayloadRequest, tenant: UnitRef, collection: ReviewedCollection): Promise<boolean> {
  return (await reviewPolicyOf(req, tenant, collection)).required
}

export function actorName(req: PayloadRequest): { byId?: string; byName: string } {
  const user = req.user
  if (!user) return { byName: '系统 / system' }
  return { byId: String(user.id), byName: String(user.name || user.email || user.id) }
}

export async function wordingHits(req: PayloadRequest, doc: CheckedDocument & { tenant?: UnitRef }): Promise<DocumentHit[]> {
  return checkDocument(await matcherFor(req, idOf(doc.tenant)), doc)
}

export function refuseBlocking(hits: readonly DocumentHit[]): void {
  if (!hits.some((h) => h.severity === 'block')) return
  const message = blockingMessage(hits)
  throw new ClientError(message.zh, message.en, 400, { wordingHits: hits })
}

/**
 * Keeps the review record honest on every save, whatever the path (admin, REST, GraphQL, Local
 * API with a user, scheduled jobs): a publish needs the approved, unchanged text where the unit
 * requires review; a change after submission goes back to draft. Saves without a user (seeding,
 * imports, migrations) are trusted.
 */
export function reviewWorkflow(collection: ReviewedCollection): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req, context }) => {
    const merged: Record<string, unknown> & { tenant?: UnitRef } = { ...(originalDoc ?? {}), ...data }
    const stored = (operation === 'update' ? originalDoc?.review : undefined) as Partial<ReviewRecord> | null | undefined
    const previous: ReviewRecord = { ...stored, state: stored?.state ?? 'draft' }
    const review: ReviewRecord = { ...previous, history: [...(previous.history ?? [])] }
    const fingerprint = contentFingerprint(merged)
    const now = new Date().toISOString()
    const actor = actorName(req)
    const transition = context.reviewTransition as ReviewTransition | undefined

    const intent = context.intendPersonalData as IntendedRow | undefined
    if (intent) review.intendedData = [...(previous.intendedData ?? []).filter((row) => row.key !== intent.key), intent]

    if (transition) {
      review.state = transition.to
      const decided = transition.action === 'approve' || transition.action === 'return'
      review.history!.push({ action: transition.action, ...actor, at: now, comment: transition.comment, level: decided ? transition.level ?? 1 : null })
      Object.assign(review, { level: transition.nextLevel ?? null, levelName: transition.nextLevelName ?? null })
      if (transition.action === 'submit') {
        Object.assign(review, { submittedBy: actor.byId ?? null, submittedAt: now, reviewedBy: null, reviewedAt: null, fingerprint, levels: transition.levels ?? 1 })
        review.wordingHits = transition.hits ?? []
      }
      if (transition.action === 'approve' || transition.action === 'return') Object.assign(review, { reviewedBy: actor.byId ?? null, reviewedAt: now })
    } else if (data._status === 'published') {
      if (req.user) {
        try {
          const required = await reviewRequired(req, merged.tenant, collection)
          checkPublish(previous, required, fingerprint)
          if (!required) refuseBlocking(await wordingHits(req, merged))
          refusePersonalData((await personalDataFindings(req, { ...merged, review: previous })).findings)
        } catch (error) {
          throw asClientError(error)
        }
      }
      if (previous.state !== 'published' || previous.fingerprint !== fingerprint) {
        review.history!.push({ action: 'publish', ...actor, at: now })
      }
      review.state = 'published'
      review.fingerprint = fingerprint
    } else if (previous.state === 'published' && previous.fingerprint === fingerprint) {
      review.state = 'approved' // unpublished or saved unchanged: still the approved text, ready to publish again
    } else if (previous.state !== 'draft' && previous.state !== 'returned' && previous.fingerprint !== fingerprint) {
      // Edited after submission, approval or publication: the new text needs review again.
      if (previous.state !== 'published') review.history!.push({ action: 'edit', ...actor, at: now })
      review.state = 'draft'
    }
    data.review = review
    return data
  }
}
