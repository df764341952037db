import type { PayloadRequest } from 'payload'
import { sequenceKey } from '../../../src/disclosure/index-number'

const isUniqueViolation = (err: unknown) => /unique|duplicate|E11000|UNIQUE constraint/i.test(String((err as Error)?.message ?? err))

/**
 * Makes sure the unit-year counter row exists. On SQLite every writer is serialised by the
 * transaction's write lock, so the row is created inside it; elsewhere it is created in its own
 * short transaction, so a lost race (unique violation) cannot abort the publishing transaction.
 */
async function ensureSequence(req: PayloadRequest, key: string, unitCode: string, year: number): Promise<void> {
  const { payload } = req
  const found = await payload.db.findOne({ collection: 'index-sequences', where: { key: { equals: key } }, req })
  if (found) return
  const sqlite = payload.db.name === 'sqlite'
  try {
    await payload.db.create({ collection: 'index-sequences', data: { key, unitCode, year, value: 0 }, req: sqlite ? req : undefined })
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
  }
}

/**
 * Hands out the next serial of a unit and year: an atomic `$inc` on the counter row, joined to the
 * caller's transaction (`req`). Portable across SQLite, PostgreSQL and MongoDB.
 */
export async function allocateSerial(req: PayloadRequest, unitCode: string, year: number): Promise<number> {
  const key = sequenceKey(unitCode, year)
  await ensureSequence(req, key, unitCode, year)
  const row = await req.payload.db.updateOne({
    collection: 'index-sequences',
    where: { key: { equals: key } },
    data: { value: { $inc: 1 } } as never,
    req,
  })
  const value = Number((row as { value?: unknown } | null)?.value)
  if (!Number.isInteger(value) || value < 1) throw new Error(`index-number sequence ${key} returned ${String(value)}`)
  return value
}

/** After an import that kept historical numbers, the counter continues after the highest serial. */
export async function raiseSequenceTo(req: PayloadRequest, unitCode: string, year: number, serial: number): Promise<void> {
  const key = sequenceKey(unitCode, year)
  await ensureSequence(req, key, unitCode, year)
  await req.payload.db.updateMany({
    collection: 'index-sequences',
    where: { and: [{ key: { equals: key } }, { value: { less_than: serial } }] },
    data: { value: serial },
    req,
  })
}
