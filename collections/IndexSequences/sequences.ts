import { type Payload, type PayloadRequest } from 'payload'
import { sequenceKey } from '../../src/disclosure/index-number'
import { ClientError } from '../shared/client-error'

const isUniqueViolation = (err: unknown) => /unique|duplicate|E11000|UNIQUE constraint/i.test(String((err as Error)?.message ?? err))

/**
 * Creates missing unit-year counter rows. Called where no publishing transaction is open (start,
 * tenant creation, before an import), so concurrent publishes later only ever increment.
 */
export async function ensureSequences(payload: Payload, pairs: { unitCode: string; year: number }[], req?: PayloadRequest): Promise<number> {
  const wanted = new Map(pairs.map((p) => [sequenceKey(p.unitCode, p.year), p]))
  if (wanted.size === 0) return 0
  const existing = await payload.find({
    collection: 'index-sequences',
    where: { key: { in: [...wanted.keys()] } },
    pagination: false,
    depth: 0,
    select: { key: true },
    req,
  })
  for (const doc of existing.docs) wanted.delete(doc.key as string)
  for (const [key, { unitCode, year }] of wanted) {
    try {
      await payload.db.create({ collection: 'index-sequences', data: { key, unitCode, year, value: 0 }, req })
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
    }
  }
  return wanted.size
}

/**
 * Hands out the next serial of a unit and year: an atomic `$inc` on the counter row, joined to the
 * caller's transaction (`req`), so a failed publish gives its serial back. Portable across SQLite,
 * PostgreSQL and MongoDB. A counter row that does not exist yet (an unusual year) is created in the
 * same transaction; two first publishes racing on it make the loser fail cleanly, never duplicate.
 */
export async function allocateSerial(req: PayloadRequest, unitCode: string, year: number): Promise<number> {
  return allocateSerials(req, unitCode, year, 1)
}

/**
 * Hands out `count` consecutive serials of a unit and year in one atomic increment (an import's
 * batch); returns the first. Same transaction and failure rules as allocateSerial.
 */
export async function allocateSerials(req: PayloadRequest, unitCode: string, year: number, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`cannot allocate ${count} serials`)
  const key = sequenceKey(unitCode, year)
  const increment = () =>
    req.payload.db.updateOne({
      collection: 'index-sequences',
      where: { key: { equals: key } },
      data: { value: { $inc: count } } as never,
      // One UPDATE … SET value = value + n RETURNING: the row lock serialises concurrent publishers.
      options: { atomic: true },
      req,
    })
  let row = await increment()
  if (!row) {
    try {
      await req.payload.db.create({ collection: 'index-sequences', data: { key, unitCode, year, value: 0 }, req })
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      throw ClientError.from('索引号分配冲突，请重试 / the index number could not be allocated this time: please retry', 409)
    }
    row = await increment()
  }
  const value = Number((row as { value?: unknown } | null)?.value)
  if (!Number.isInteger(value) || value < count) throw new Error(`index-number sequence ${key} returned ${String(value)}`)
  return value - count + 1
}

/** After an import that kept historical numbers, the counter continues after the highest serial. */
export async function raiseSequenceTo(req: PayloadRequest, unitCode: string, year: number, serial: number): Promise<void> {
  await ensureSequences(req.payload, [{ unitCode, year }], req)
  await req.payload.db.updateMany({
    collection: 'index-sequences',
    where: { and: [{ key: { equals: sequenceKey(unitCode, year) } }, { value: { less_than: serial } }] },
    data: { value: serial },
    req,
  })
}
