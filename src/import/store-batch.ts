import type { Payload, PayloadRequest } from 'payload'
import { recordAudits } from '../../collections/AuditLog/record'
import { addToCounts } from '../../collections/CatalogueCounts/hooks'
import { allocateSerials, raiseSequenceTo } from '../../collections/IndexSequences/sequences'
import { queueChecks } from '../../collections/MonitoringSnapshots/queue-unit-check'
import { purgeUnitsPages } from '../../collections/shared/hooks/purge-public-cache'
import { eventOf, queueEvent } from '../../collections/shared/workflow/publication-effects'
import { formatIndexNumber, parseIndexNumber, sequenceKey, yearOfPublication, type IndexNumberFormat } from '../disclosure/index-number'
import { importedDisclosure, type ImportedFields } from '../disclosure/import-record'
import { webhookTargets } from '../jobs/publication-event'
import { bulkCreate, bulkCreateFirstVersions } from '../db/bulk-insert'
import { narrowSelect } from '../db/lean-find'
import { searchEntryOf } from '../search/entry'
import { changedLists } from '../site/list-memo'
import { columnPaths, ensureGroupTerms, type ColumnPaths } from '../search/reads/indexer'

type ID = number | string

/**
 * Runs `write` for every item, a few at a time on the batch's connection: the adapter builds the
 * next statements while the database runs the previous ones (PostgreSQL queues them on the
 * transaction's client). Every write is settled before the first failure is thrown, so nothing is
 * left running when the caller rolls back.
 */
async function eachConcurrently<T>(items: T[], write: (item: T) => Promise<unknown>, width = 16): Promise<void> {
  for (let i = 0; i < items.length; i += width) {
    const failed = (await Promise.allSettled(items.slice(i, i + width).map(write))).find((r) => r.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
  }
}

/** A checked row, ready to store: its fields and what numbering it needs. */
export interface ReadyRow {
  line: number
  fields: ImportedFields
  unitCode: string
  unitKind?: string | null
  /** The column's classification code, when the group's numbers include it. */
  category?: string
}

/** What a batch needs that does not change during an import. */
export interface StoreContext {
  format: IndexNumberFormat
  columns: ColumnPaths
}

export async function storeContext(payload: Payload, format: IndexNumberFormat): Promise<StoreContext> {
  await ensureGroupTerms(payload)
  return { format, columns: await columnPaths(payload) }
}

/**
 * Index numbers for a batch, in its transaction: given numbers raise their counters first (so the
 * counter continues after them), then each unit-year's missing numbers are taken in one atomic
 * increment, in row order. Rolled back with the batch, so serials stay dense.
 */
async function numberRows(req: PayloadRequest, rows: ReadyRow[], format: IndexNumberFormat): Promise<string[]> {
  const highest = new Map<string, { unitCode: string; year: number; serial: number }>()
  const missing = new Map<string, { unitCode: string; year: number; rows: number[] }>()
  rows.forEach((row, i) => {
    if (row.fields.indexNumber) {
      const parts = parseIndexNumber(row.fields.indexNumber, format)
      const key = sequenceKey(parts.unitCode, parts.year)
      if ((highest.get(key)?.serial ?? 0) < parts.serial) highest.set(key, { unitCode: parts.unitCode, year: parts.year, serial: parts.serial })
    } else {
      const year = yearOfPublication(new Date(row.fields.publishedAt))
      const key = sequenceKey(row.unitCode, year)
      const group = missing.get(key) ?? { unitCode: row.unitCode, year, rows: [] }
      group.rows.push(i)
      missing.set(key, group)
    }
  })
  for (const { unitCode, year, serial } of highest.values()) await raiseSequenceTo(req, unitCode, year, serial)
  const numbers = rows.map((row) => row.fields.indexNumber ?? '')
  for (const { unitCode, year, rows: indexes } of missing.values()) {
    const first = await allocateSerials(req, unitCode, year, indexes.length)
    indexes.forEach((i, n) => (numbers[i] = formatIndexNumber({ unitCode, year, serial: first + n, category: rows[i].category }, format)))
  }
  return numbers
}

/** Search entries of the stored items, written in the batch's transaction (an entry left by a deleted item of the same id is overwritten). */
async function indexForSearch(req: PayloadRequest, stored: { id: ID; doc: Record<string, unknown> }[], columns: ColumnPaths): Promise<void> {
  const { payload } = req
  const entries = stored.map(({ id, doc }) => searchEntryOf('disclosures', { ...doc, id } as never, columns.get(String(doc.column)) ?? null))
  const existing = await payload.db.find({ collection: 'search-entries', where: { key: { in: entries.map((e) => e.key) } }, limit: 0, pagination: false, req })
  const byKey = new Map(existing.docs.map((d) => [(d as unknown as { key: string }).key, d.id as ID]))
  const live = entries.map((entry) => ({ ...entry, live: true }))
  await eachConcurrently(live.filter((e) => byKey.has(e.key)), (entry) => payload.db.updateOne({ collection: 'search-entries', id: byKey.get(entry.key)!, data: entry, req, returning: false }))
  const fresh = live.filter((e) => !byKey.has(e.key))
  if (fresh.length === 0 || (await bulkCreate(req, 'search-entries', fresh, 'key'))) return
  await eachConcurrently(fresh, (entry) => payload.db.create({ collection: 'search-entries', data: entry, req, returning: false }))
}

/** The batch's items, written together where the adapter allows (db/bulk-insert), else one by one and their ids read back. */
async function createItems(req: PayloadRequest, docs: Record<string, unknown>[], numbers: string[]): Promise<ID[]> {
  const { payload } = req
  const together = await bulkCreate(req, 'disclosures', docs, 'indexNumber')
  if (together) return together
  // Written without reading each row back; the ids are then read in one query by index number,
  // unique among stored items (given ones are checked against them, assigned ones are new).
  await eachConcurrently(docs, (doc) => payload.db.create({ collection: 'disclosures', data: doc, req, returning: false }))
  const found = await payload.db.find({ collection: 'disclosures', where: { indexNumber: { in: numbers } }, limit: 0, pagination: false, req, select: narrowSelect(payload, 'disclosures', ['indexNumber']) as never })
  const ids = new Map(found.docs.map((d) => [(d as unknown as { indexNumber: string }).indexNumber, d.id as ID]))
  if (ids.size !== docs.length) throw new Error(`导入的条目未能全部读回 / ${ids.size} of ${docs.length} imported items read back`)
  return docs.map((doc) => ids.get(doc.indexNumber as string)!)
}

/**
 * Stores a batch of checked rows in the caller's transaction (`req`), straight through the database
 * adapter: each item and its published version, then once per batch what the publishing hooks do
 * per item: index numbers (numberRows), search entries, one audit entry per unit, one monitoring
 * re-check per unit, webhook events (one per item, as on publish), the kept catalogue counts and,
 * after the commit, one purge of the units' pages (the caller tells the search engine once committed). Throws when any write
 * fails: the caller rolls back and retries row by row.
 */
export async function storeBatch(req: PayloadRequest, rows: ReadyRow[], { format, columns }: StoreContext): Promise<ID[]> {
  if (rows.length === 0) return []
  const { payload } = req
  const numbers = await numberRows(req, rows, format)
  const now = new Date().toISOString()
  const docs = rows.map((row, i) => importedDisclosure(row.fields, numbers[i], row.unitKind, now))
  const ids = await createItems(req, docs, numbers)
  const stored = docs.map((doc, i) => ({ id: ids[i], doc }))
  if (!(await bulkCreateFirstVersions(req, 'disclosures', stored.map(({ id, doc }) => ({ parent: id, version: { ...doc, id }, at: now }))))) {
    await eachConcurrently(stored, ({ id, doc }) => payload.db.createVersion({
      collectionSlug: 'disclosures', parent: id, autosave: false, createdAt: now, updatedAt: now,
      versionData: { ...doc, id } as never, req, returning: false,
    }))
  }
  await indexForSearch(req, stored, columns)

  const byUnit = new Map<string, { unit: ID; items: typeof stored }>()
  for (const s of stored) {
    const unit = s.doc.tenant as ID
    const group = byUnit.get(String(unit)) ?? { unit, items: [] }
    group.items.push(s)
    byUnit.set(String(unit), group)
  }
  // One audit entry per unit and batch (not per item), and one monitoring re-check per unit.
  await recordAudits(req, [...byUnit.values()].map(({ unit, items }) => {
    const first = items[0].doc.title as string
    return {
      action: 'publish' as const, tenant: unit, collectionSlug: 'disclosures', documentId: items.length === 1 ? items[0].id : undefined,
      summary: items.length === 1 ? first : `批量导入 ${items.length} 条（首条：${first}）/ bulk import of ${items.length} items (first: ${first})`,
    }
  }))
  await queueChecks(req, [...byUnit.values()].map((g) => g.unit))
  if (webhookTargets(process.env.WEBHOOK_URLS).length > 0) {
    for (const { id, doc } of stored) await queueEvent(req, eventOf('publish', 'disclosures', { ...doc, id } as never))
  }
  await addToCounts(req, docs as never[])
  const lists = changedLists('disclosures', docs.map((doc) => ({ unit: doc.tenant as ID, kind: doc.unitKind as string | null, year: doc.year as number | null })))
  await purgeUnitsPages(req, [...byUnit.values()].map((g) => g.unit), lists)
  return stored.map((s) => s.id)
}
