import type { Payload, Where } from 'payload'
import type { CatalogueCount } from '../../payload-types'
import type { CountKey } from '../catalogue-counts'
import { leanFind } from '../../db/lean-find'

/** Kept catalogue counts (collections/CatalogueCounts), as the public catalogues read them. */
const published: Where = { _status: { equals: 'published' } }

/** The published items a key counts. */
export function whereOfKey(k: CountKey): Where {
  const and: Where[] = [k.unit !== null ? { tenant: { equals: k.unit } } : { unitKind: { equals: k.kind } }, published]
  if (k.year !== null) and.push({ year: { equals: k.year } })
  return { and }
}

/**
 * Keys whose items changed in this process and are not recounted yet: until they are, readers count
 * live (another server learns of the change only through the purge that follows the recount).
 */
const dirty = new Map<string, number>()
export function markDirty(keys: CountKey[]): void {
  for (const k of keys) dirty.set(k.key, (dirty.get(k.key) ?? 0) + 1)
}
export function markCounted(keys: CountKey[]): void {
  for (const k of keys) {
    const n = (dirty.get(k.key) ?? 1) - 1
    if (n > 0) dirty.set(k.key, n)
    else dirty.delete(k.key)
  }
}

const countFields = ['key', 'unit', 'kind', 'year', 'count']

/** A unit's rows, read once for the concurrent reads of one page (its total or a year's, and its years). */
const reading = new Map<string, Promise<CatalogueCount[]>>()
function unitRows(payload: Payload, unit: string): Promise<CatalogueCount[]> {
  let rows = reading.get(unit)
  if (!rows) {
    rows = leanFind<CatalogueCount>(payload, { collection: 'catalogue-counts', where: { unit: { equals: unit } }, sort: '-year', limit: 0, fields: countFields })
      .finally(() => reading.delete(unit))
    reading.set(unit, rows)
  }
  return rows
}

/** The kept number of a key, or undefined when it is not counted yet or being recounted (the caller then counts live). */
export async function keptCount(payload: Payload, k: CountKey): Promise<number | undefined> {
  if (dirty.has(k.key)) return undefined
  const found = k.unit !== null
    ? (await unitRows(payload, k.unit)).find((d) => d.key === k.key)
    : (await leanFind<CatalogueCount>(payload, { collection: 'catalogue-counts', where: { key: { equals: k.key } }, sort: 'id', limit: 1, fields: countFields }))[0]
  return found ? Number(found.count) : undefined
}

/** The years a unit has published items in, newest first, from its kept counts; undefined when none are kept. */
export async function keptYears(payload: Payload, unit: string): Promise<number[] | undefined> {
  const rows = await unitRows(payload, unit)
  // The unit's total is stored after its years (recount.ts): without it the years may be incomplete.
  if (!rows.some((d) => d.year == null) || [...dirty.keys()].some((key) => key.startsWith(`unit:${unit}:`))) return undefined
  return rows.filter((d) => d.year && Number(d.count) > 0).map((d) => Number(d.year))
}
