import type { Payload, PayloadRequest, Where } from 'payload'
import { countKey, uniqueKeys, type CountKey } from '../../src/disclosure/catalogue-counts'
import { inTransaction } from '../../src/db/transaction'
import { listTag } from '../../src/site/list-memo'
import { purgeUnitsEverywhere } from '../shared/hooks/purge-public-cache'
import { whereOfKey } from '../../src/disclosure/reads/catalogue-counts'
import type { CatalogueCount } from '../../src/payload-types'

const isUniqueViolation = (err: unknown) => /unique|duplicate|E11000|UNIQUE constraint/i.test(String((err as Error)?.message ?? err))

/** The years with published items where `where` holds, newest first. */
const yearsWhere = async (payload: Payload, where: Where, req?: PayloadRequest) =>
  (await payload.findDistinct({ collection: 'disclosures', field: 'year', where: { and: [where, { _status: { equals: 'published' } }, { year: { exists: true } }] }, sort: '-year', overrideAccess: true, req }))
    .values.map((v) => Number(v.year)).filter(Boolean)

/**
 * Counts the items of each key anew and stores the number, in a transaction of its own (on SQLite a
 * write outside one would collide with the publishes' transactions); returns the keys whose number
 * changed. Two servers creating the same new row at once: the loser counts again.
 */
export async function recount(payload: Payload, keys: CountKey[]): Promise<CountKey[]> {
  if (keys.length === 0) return []
  try {
    return await inTransaction(payload, (req) => recountIn(payload, keys, req))
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    return inTransaction(payload, (req) => recountIn(payload, keys, req))
  }
}

async function recountIn(payload: Payload, keys: CountKey[], req: PayloadRequest): Promise<CountKey[]> {
  const storedOf = async (list: CountKey[]) => new Map((await payload.db.find<CatalogueCount>({
    collection: 'catalogue-counts', where: { key: { in: list.map((k) => k.key) } }, pagination: false, limit: 0, req,
  })).docs.map((d) => [d.key, { id: d.id, count: Number(d.count) }]))
  const before = await storedOf(keys)
  // A unit's years are read from its kept rows (keptYears): a unit without its total row yet is counted in
  // every year at once, and totals are stored last, so a unit's total row says its year rows are all there.
  const whole: CountKey[] = []
  for (const unit of new Set(keys.flatMap((k) => (k.unit !== null ? [k.unit] : [])))) {
    if (before.has(countKey({ unit }, null).key)) continue
    for (const year of await yearsWhere(payload, { tenant: { equals: unit } }, req)) whole.push(countKey({ unit }, year))
  }
  if (whole.length > 0) for (const [key, row] of await storedOf(whole)) before.set(key, row)
  const changed: CountKey[] = []
  for (const k of uniqueKeys([keys, whole]).sort((a, b) => Number(a.year === null) - Number(b.year === null))) {
    const { totalDocs } = await payload.db.count({ collection: 'disclosures', where: whereOfKey(k), req })
    const stored = before.get(k.key)
    if (stored?.count === totalDocs) continue
    changed.push(k)
    // By id and without reading the row back: one statement (by key it was a lookup, the update and a read).
    if (stored) await payload.db.updateOne({ collection: 'catalogue-counts', id: stored.id, data: { count: totalDocs }, req, returning: false })
    else await payload.db.create({ collection: 'catalogue-counts', data: { key: k.key, unit: k.unit, kind: k.kind, year: k.year, count: totalDocs }, req })
  }
  return changed
}

/** Pages showing these numbers, on every server: their units' and the hub's. */
export function purgeCounted(payload: Payload, keys: CountKey[]): Promise<void> {
  // A year's count is also part of its unit's (or kind's) all-years lists: their years and totals.
  const lists = keys.flatMap((k) => [null, k.year].map((year) => (k.unit !== null ? listTag.unit('disclosures', k.unit, year) : listTag.kind('disclosures', String(k.kind), year))))
  return purgeUnitsEverywhere(payload, [...new Set(keys.flatMap((k) => (k.unit ? [k.unit] : [])))], lists)
}

/** Every count of the group anew (start-up, a unit changing kind): each unit and kind, in all and per year. */
export async function recountAll(payload: Payload): Promise<number> {
  const units = await payload.find({ collection: 'tenants', pagination: false, depth: 0, select: { kind: true }, overrideAccess: true })
  const keys: CountKey[] = []
  for (const unit of units.docs) {
    for (const year of [...(await yearsWhere(payload, { tenant: { equals: unit.id } })), null]) keys.push(countKey({ unit: String(unit.id) }, year))
  }
  for (const kind of new Set(units.docs.map((u) => String(u.kind)))) {
    for (const year of [...(await yearsWhere(payload, { unitKind: { equals: kind } })), null]) keys.push(countKey({ kind }, year))
  }
  // Rows of years that no longer have items are recounted too (to 0).
  const old = await payload.db.find<CatalogueCount>({ collection: 'catalogue-counts', pagination: false, limit: 0 })
  const wanted = new Set(keys.map((k) => k.key))
  for (const d of old.docs) if (!wanted.has(d.key)) keys.push({ key: d.key, unit: d.unit ?? null, kind: d.kind ?? null, year: d.year ?? null })
  // In slices: each transaction holds SQLite's one write lock only briefly.
  const changed: CountKey[] = []
  for (let i = 0; i < keys.length; i += 200) changed.push(...(await recount(payload, keys.slice(i, i + 200))))
  if (changed.length > 0) await purgeCounted(payload, changed)
  return changed.length
}
