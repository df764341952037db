import type { Payload } from 'payload'
import { idOf } from '../../src/access/roles'
import { trackedLetter, type LetterRecord, type TrackedLetter } from '../../src/letters/public-view'
import { isRating, LetterError, ratings } from '../../src/letters/rules'
import { inTransaction } from '../../src/db/transaction'
import type { Letter } from '../../src/payload-types'
import { recordAudit } from '../AuditLog/record'
import { unlockByCode } from '../shared/tracking'

const unlock = (payload: Payload, code: unknown, password: unknown): Promise<Letter> => unlockByCode(payload, 'letters', code, password) as Promise<Letter>

async function tracked(payload: Payload, letter: Letter): Promise<TrackedLetter> {
  const unit = await payload.findByID({ collection: 'tenants', id: idOf(letter.unit)!, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } })
  return trackedLetter(letter as unknown as LetterRecord & { rejectReason?: string | null }, unit?.name)
}

/** What the writer sees with tracking code and password. */
export async function trackLetter(payload: Payload, code: unknown, password: unknown): Promise<TrackedLetter> {
  return tracked(payload, await unlock(payload, code, password))
}

/** The writer's one satisfaction rating of a replied letter. */
export async function rateLetter(payload: Payload, code: unknown, password: unknown, rating: unknown): Promise<TrackedLetter> {
  if (!isRating(rating)) throw new LetterError('bad-value', `评价须为：${ratings.map((r) => `${r.value}（${r.zh}）`).join('、')}`, `rating must be one of ${ratings.map((r) => r.value).join(', ')}`)
  const letter = await unlock(payload, code, password)
  if (letter.status !== 'replied') throw new LetterError('bad-state', '来信答复后才能评价', 'a letter can be rated once it is replied', 409)
  if (letter.rating) throw new LetterError('bad-state', '每封来信只能评价一次', 'a letter is rated only once', 409)
  const now = new Date().toISOString()
  const label = ratings.find((r) => r.value === rating)!.zh
  const updated = await inTransaction(payload, async (req) => {
    const doc = await payload.update({
      collection: 'letters', id: letter.id, depth: 0, overrideAccess: true, req,
      data: { rating, history: [...(letter.history ?? []).map(({ id: _id, ...row }) => row), { action: 'rate', byName: String(letter.writer?.name ?? ''), at: now, comment: label }] },
    })
    await recordAudit(req, { action: 'rate', tenant: idOf(letter.unit), collectionSlug: 'letters', documentId: letter.id, summary: `${letter.trackingCode} ${label}`, actor: { name: String(letter.writer?.name ?? '') } })
    return doc
  })
  return tracked(payload, updated)
}
