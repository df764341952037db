import type { Payload, Where } from 'payload'
import { idOf, type ID } from '../../access/roles'
import { letterStatsByUnit, type LetterStats, type StatsRow } from '../stats'
import type { LetterStatus } from '../rules'

/** The mailbox's figures for letters received in [from, to], per answering unit (all units when `units` is true). */
export async function readLetterStats(payload: Payload, opts: { units: true | ID[]; from?: Date; to?: Date }): Promise<LetterStats[]> {
  const and: Where[] = []
  if (opts.units !== true) and.push({ unit: { in: opts.units } })
  if (opts.from) and.push({ receivedAt: { greater_than_equal: opts.from.toISOString() } })
  if (opts.to) and.push({ receivedAt: { less_than_equal: opts.to.toISOString() } })
  const found = await payload.find({
    collection: 'letters', where: { and }, pagination: false, depth: 0, overrideAccess: true,
    select: { unit: true, status: true, acceptedAt: true, repliedAt: true, replyDays: true, onTime: true, rating: true },
  })
  const rows: StatsRow[] = found.docs.map((d) => ({
    unit: String(idOf(d.unit)), status: d.status as LetterStatus, acceptedAt: d.acceptedAt, repliedAt: d.repliedAt, replyDays: d.replyDays, onTime: d.onTime, rating: d.rating,
  }))
  return letterStatsByUnit(rows)
}
