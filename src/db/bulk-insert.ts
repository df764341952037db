import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildVersionCollectionFields, type CollectionSlug, type FlattenedField, type PayloadRequest } from 'payload'

/**
 * New documents of one collection, and their first versions, in a few multi-row INSERTs per batch
 * on the SQL adapters, where `payload.db.create` spends eight statements on each disclosure item
 * (the row, its texts, its review history, the version's three, the version's `latest` flag, and
 * the search entry's). The rows are laid out by the adapter's own write transform (the function
 * `payload.db.create` runs; @payloadcms/drizzle exports it under no public name, so it is loaded
 * from its file), so they are the rows Payload would write: test/integration/bulk-insert.test.ts
 * reads a bulk-written item and one written by `payload.db.create` back through Payload and
 * compares them. A document with rows this does not write (relationships, numbers, selects,
 * blocks, localized fields, arrays in arrays), MongoDB, or a request outside a transaction get
 * `undefined`, and the caller writes them one at a time as before.
 */

type Row = Record<string, unknown>
interface Written {
  row: Row
  arrays: Record<string, { row: Row; arrays: Row; locales: Row }[]>
  texts: Row[]
  locales: Row
  relationships: Row[]
  numbers: Row[]
  selects: Row
  blocks: Row
}
type Transform = (args: { adapter: unknown; data: Row; enableAtomicWrites: boolean; fields: FlattenedField[]; tableName: string }) => Written
interface SqlAdapter {
  name: string
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  sessions: Record<string, { db: unknown } | undefined>
  insert: (args: { db: unknown; tableName: string; values: Row[] }) => Promise<Row[]>
  payload: PayloadRequest['payload']
}
type ID = number | string

let transform: Promise<Transform | undefined> | undefined
function writeTransform(): Promise<Transform | undefined> {
  transform ??= (async () => {
    try {
      const entry = createRequire(import.meta.url).resolve('@payloadcms/drizzle')
      const file = pathToFileURL(path.join(path.dirname(entry), 'transform', 'write', 'index.js')).href
      const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ file)) as { transformForWrite?: Transform }
      return typeof mod.transformForWrite === 'function' ? mod.transformForWrite : undefined
    } catch {
      return undefined
    }
  })()
  return transform
}

/** At most this many rows per INSERT: SQLite binds up to 32,766 values, PostgreSQL 65,535. */
const ROWS_PER_STATEMENT = 200

async function insertRows(adapter: SqlAdapter, db: unknown, tableName: string, rows: Row[]): Promise<Row[]> {
  const inserted: Row[] = []
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) inserted.push(...(await adapter.insert({ db, tableName, values: rows.slice(i, i + ROWS_PER_STATEMENT) })))
  return inserted
}

/** Only the row, its `hasMany` texts and flat arrays: what a disclosure item and its version have. */
const isSimple = (w: Written) =>
  w.relationships.length === 0 && w.numbers.length === 0 && Object.keys(w.selects).length === 0 && Object.keys(w.blocks).length === 0 &&
  Object.keys(w.locales).length === 0 && Object.values(w.arrays).every((rows) => rows.every((r) => Object.keys(r.arrays).length === 0 && Object.keys(r.locales).length === 0))

async function sqlContext(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as SqlAdapter
  if (!['sqlite', 'postgres'].includes(adapter.name) || typeof adapter.insert !== 'function' || !adapter.tables) return undefined
  const id = req.transactionID ? await req.transactionID : undefined
  const db = id !== undefined ? adapter.sessions?.[String(id)]?.db : undefined
  const transformForWrite = await writeTransform()
  return db && transformForWrite ? { adapter, db, transformForWrite } : undefined
}

/**
 * Writes `docs` as `tableName`'s rows with their texts and arrays; `keyOf` names each document by a
 * value unique in the batch, found again on the inserted rows (an INSERT's RETURNING order is not
 * promised). Returns the new ids in the order of `docs`, or undefined (nothing written) when a
 * document has rows this does not write.
 */
async function writeAll(ctx: NonNullable<Awaited<ReturnType<typeof sqlContext>>>, tableName: string, fields: FlattenedField[], docs: Row[], keyOf: (row: Row) => unknown): Promise<ID[] | undefined> {
  const { adapter, db, transformForWrite } = ctx
  const written = docs.map((data) => transformForWrite({ adapter, data, enableAtomicWrites: false, fields, tableName }))
  if (!written.every(isSimple)) return undefined
  const inserted = await insertRows(adapter, db, tableName, written.map((w) => w.row))
  const idByKey = new Map(inserted.map((row) => [keyOf(row), row.id as ID]))
  const ids = written.map((w) => idByKey.get(keyOf(w.row)))
  if (idByKey.size !== docs.length || ids.some((id) => id === undefined)) throw new Error(`bulk insert into ${tableName}: ${idByKey.size} of ${docs.length} rows found again`)
  const texts = written.flatMap((w, i) => w.texts.map((text) => ({ ...text, parent: ids[i] })))
  if (texts.length > 0) await insertRows(adapter, db, `${tableName}_texts`, texts)
  const arrays = new Map<string, Row[]>()
  written.forEach((w, i) => {
    for (const [arrayTable, rows] of Object.entries(w.arrays)) arrays.set(arrayTable, [...(arrays.get(arrayTable) ?? []), ...rows.map((r) => ({ ...r.row, _parentID: ids[i] }))])
  })
  for (const [arrayTable, rows] of arrays) if (rows.length > 0) await insertRows(adapter, db, arrayTable, rows)
  return ids as ID[]
}

const tableOf = (adapter: SqlAdapter, name: string) => adapter.tableNameMap.get(name.replace(/-/g, '_'))

/**
 * New documents of `collection` in the request's transaction, as `payload.db.create` writes them
 * (`key`: a field unique among them, to match the new ids). Undefined when they must be written one by one.
 */
export async function bulkCreate(req: PayloadRequest, collection: CollectionSlug, docs: Row[], key: string): Promise<ID[] | undefined> {
  const ctx = await sqlContext(req)
  const tableName = ctx && tableOf(ctx.adapter, collection)
  if (!ctx || !tableName || docs.length === 0) return undefined
  const now = new Date().toISOString()
  return writeAll(ctx, tableName, req.payload.collections[collection].config.flattenedFields, docs.map((d) => ({ createdAt: now, ...d })), (row) => row[key])
}

/**
 * The first version of each of these new documents, as `payload.db.createVersion` writes it. A new
 * document has no older version to mark as not latest, so that statement is left out. False when
 * they must be written one by one.
 */
export async function bulkCreateFirstVersions(req: PayloadRequest, collection: CollectionSlug, versions: { parent: ID; version: Row; at: string }[]): Promise<boolean> {
  const ctx = await sqlContext(req)
  const tableName = ctx && tableOf(ctx.adapter, `_${collection}_v`)
  if (!ctx || !tableName || versions.length === 0) return false
  const config = req.payload.collections[collection].config
  const fields = buildVersionCollectionFields(req.payload.config, config, true)
  const rows = versions.map(({ parent, version: { id: _id, ...version }, at }) => ({ autosave: false, createdAt: at, latest: true, parent, updatedAt: at, version }))
  return (await writeAll(ctx, tableName, fields, rows, (row) => String(row.parent))) !== undefined
}
