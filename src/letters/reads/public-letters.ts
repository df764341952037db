import type { Payload, Where } from 'payload'
import { idOf } from '../../access/roles'
import { publicLetter, type LetterRecord, type PublicLetter } from '../public-view'

const publicWhere: Where = { and: [{ status: { equals: 'replied' } }, { allowPublish: { equals: true } }] }
// Only what may be shown: the writer's group and the internal fields are never read here.
const select = { trackingCode: true, subject: true, category: true, body: true, receivedAt: true, status: true, reply: true, repliedAt: true, allowPublish: true, unit: true } as const

export interface PublicLetterList {
  docs: PublicLetter[]
  page: number
  totalPages: number
  totalDocs: number
}

async function unitNames(payload: Payload): Promise<Map<string, string>> {
  const units = await payload.find({ collection: 'tenants', pagination: false, depth: 0, overrideAccess: true, select: { shortName: true } })
  return new Map(units.docs.map((u) => [String(u.id), String(u.shortName)]))
}

/** Replied letters whose writers allowed publishing: of one mailbox, or of the whole group. */
export async function listPublicLetters(payload: Payload, opts: { site?: number | string; page?: number; limit?: number } = {}): Promise<PublicLetterList> {
  const where: Where = opts.site === undefined ? publicWhere : { and: [publicWhere, { site: { equals: opts.site } }] }
  const [found, names] = await Promise.all([
    payload.find({ collection: 'letters', where, select, sort: '-repliedAt', page: opts.page ?? 1, limit: opts.limit ?? 20, depth: 0, overrideAccess: true }),
    unitNames(payload),
  ])
  return {
    docs: found.docs.map((d) => publicLetter(d as unknown as LetterRecord, names.get(String(idOf(d.unit))))),
    page: found.page ?? 1, totalPages: found.totalPages, totalDocs: found.totalDocs,
  }
}

export async function findPublicLetter(payload: Payload, trackingCode: string): Promise<PublicLetter | null> {
  const found = await payload.find({ collection: 'letters', where: { and: [publicWhere, { trackingCode: { equals: trackingCode } }] }, select, limit: 1, depth: 0, overrideAccess: true })
  const doc = found.docs[0]
  if (!doc) return null
  return publicLetter(doc as unknown as LetterRecord, (await unitNames(payload)).get(String(idOf(doc.unit))))
}
