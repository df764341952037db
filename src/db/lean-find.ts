import { and, asc, desc, eq, gte, inArray, isNotNull, sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest, Where } from 'payload'

/**
 * A lean read for the public lists (and the search engine's load): plain top-level fields of the
 * documents that match equalities (or a lower bound) joined by `and`, in one order. Payload's
 * `payload.db.find` builds a relational query and then converts every field of the collection for
 * each row, whatever the `select`: for 20 rows that is
 * about 1.2 ms, against 0.2 ms for the SELECT itself, and it was half the cost of a page rendered
 * after a publish. On the SQL adapters this is one SELECT of those columns, built with the adapter's
 * own Drizzle instance and schema (`payload.db.drizzle`, `payload.db.tables`, Payload's documented
 * access to Drizzle). Any other query, and MongoDB, go through `payload.db.find`, which gives the same
 * documents (test/integration/lean-find.test.ts holds the two side by side). Reads only.
 */
export interface LeanRead {
  collection: CollectionSlug
  where: Where
  /** One field, `-` for newest first; ties are broken by `-createdAt`, then `-id` (totalOrder). */
  sort: string
  /** 0: every match. */
  limit: number
  page?: number
  fields: string[]
}

export type LeanDoc = Record<string, unknown> & { id: number | string }

type Operator = 'equals' | 'greater_than_equal' | 'in' | 'exists'
export interface LeanPlan {
  conditions: { field: string; operator: Operator; value: unknown }[]
  order: { field: string; descending: boolean }[]
}

const isoInstant = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

/** Field types stored in one column of the collection's own table and returned as stored. */
const plainTypes = new Set(['text', 'textarea', 'email', 'select', 'radio', 'date', 'number', 'checkbox', 'relationship', 'upload'])

export const isPlainField = (field: FlattenedField | undefined): boolean =>
  Boolean(field && plainTypes.has(field.type) && !field.localized && !('hasMany' in field && field.hasMany) && !('relationTo' in field && Array.isArray(field.relationTo)))

/**
 * `sort` made a total order: Payload breaks ties by `-createdAt` alone, but the rows of one import
 * batch share their publication date and creation instant, and two queries (or two pages) could
 * then list them in different orders. `-id` after it makes every read list them alike; the SQL
 * adapters' list indexes end with id for it (`list-indexes.ts`). MongoDB (`byId` false) keeps Payload's
 * order: both of its paths are one `payload.db.find` over one index, and an `_id` its compound indexes
 * cannot hold would make it sort every match in memory.
 */
export function totalOrder(sort: string, hasCreatedAt: boolean, byId = true): string[] {
  const field = sort.replace(/^-/, '')
  if (field === 'id') return [sort]
  const order = hasCreatedAt && field !== 'createdAt' ? [sort, '-createdAt'] : [sort]
  return byId ? [...order, '-id'] : order
}

/**
 * The query as conditions and an order (totalOrder), or undefined when it needs more than a lean
 * read can do (`or`, other operators, nested or localized fields, several sort fields).
 */
export function leanPlan(where: Where, sort: string, isPlain: (field: string) => boolean, hasCreatedAt: boolean): LeanPlan | undefined {
  const conditions: LeanPlan['conditions'] = []
  const parts = Object.keys(where).length === 1 && Array.isArray(where.and) ? where.and : [where]
  for (const part of parts) {
    for (const [field, condition] of Object.entries(part ?? {})) {
      if (field === 'and' || field === 'or' || !isPlain(field) || !condition || typeof condition !== 'object') return undefined
      const entries = Object.entries(condition as Record<string, unknown>)
      if (entries.length !== 1) return undefined
      const [operator, value] = entries[0]
      if ((operator === 'equals' || operator === 'greater_than_equal') && value !== null && value !== undefined && typeof value !== 'object') conditions.push({ field, operator, value })
      else if (operator === 'in' && Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v !== 'object')) conditions.push({ field, operator, value })
      else if (operator === 'exists' && value === true) conditions.push({ field, operator, value })
      else return undefined
    }
  }
  const field = sort.replace(/^-/, '')
  if (!field || field.includes(',') || !isPlain(field)) return undefined
  const order = totalOrder(sort, hasCreatedAt).map((s) => ({ field: s.replace(/^-/, ''), descending: s.startsWith('-') }))
  return { conditions, order }
}

type Row = Record<string, unknown>
/** `execute` maps the columns to the select's keys on both dialects (PostgreSQL's `all` returns raw rows). */
interface Prepared {
  execute: (values: Row) => Promise<Row[]>
}
interface SqlQuery {
  where: (condition: SQL | undefined) => SqlQuery
  orderBy: (...order: SQL[]) => SqlQuery
  limit: (n: unknown) => SqlQuery
  offset: (n: unknown) => SqlQuery
  prepare: () => Prepared
  toSQL: () => { sql: string; params: unknown[] }
}
interface SqlAdapter {
  drizzle: { select: (columns: Row) => { from: (table: unknown) => SqlQuery } }
  tables: Record<string, Record<string, { mapToDriverValue?: (value: unknown) => unknown } | undefined>>
  tableNameMap: Map<string, string>
}

/**
 * Statements by query shape (collection, fields, conditions, order), values as placeholders: Drizzle
 * builds each SQL text once. PostgreSQL gets them unnamed, so nothing is kept on the server (and a
 * transaction-mode pooler in front of it still works).
 */
const statements = new WeakMap<object, Map<string, Prepared>>()
const MAX_SHAPES = 500

function prepare(db: SqlAdapter, table: SqlAdapter['tables'][string], read: LeanRead, plan: LeanPlan): Prepared {
  const shape = [read.collection, read.fields.join(','), read.limit > 0, ...plan.conditions.map((c) => `${c.field}:${c.operator}:${Array.isArray(c.value) ? c.value.length : ''}`), ...plan.order.map((o) => `${o.descending ? '-' : ''}${o.field}`)].join('|')
  let byShape = statements.get(db)
  if (!byShape) statements.set(db, (byShape = new Map()))
  let prepared = byShape.get(shape)
  if (!prepared) {
    prepared = build(db, table, read, plan).prepare()
    if (byShape.size >= MAX_SHAPES) byShape.clear()
    byShape.set(shape, prepared)
  }
  return prepared
}

function build(db: SqlAdapter, table: SqlAdapter['tables'][string], read: LeanRead, plan: LeanPlan): SqlQuery {
  const column = (field: string) => table[field] as never
  const condition = and(...plan.conditions.map(({ field, operator, value }, i) =>
    operator === 'equals' ? eq(column(field), sql.placeholder(`c${i}`))
      : operator === 'greater_than_equal' ? gte(column(field), sql.placeholder(`c${i}`))
      : operator === 'in' ? inArray(column(field), (value as unknown[]).map((_, j) => sql.placeholder(`c${i}_${j}`)))
        : isNotNull(column(field))))
  const query = db.drizzle.select(Object.fromEntries(['id', ...read.fields].map((name) => [name, table[name]]))).from(table)
    .where(condition).orderBy(...plan.order.map(({ field, descending }) => (descending ? desc : asc)(column(field))))
  return read.limit > 0 ? query.limit(sql.placeholder('limit')).offset(sql.placeholder('offset')) : query
}

/** The placeholders' values, encoded as Drizzle encodes a bound value of that column. */
function valuesOf(table: SqlAdapter['tables'][string], read: LeanRead, plan: LeanPlan): Row {
  const values: Row = {}
  const encode = (field: string, value: unknown) => table[field]?.mapToDriverValue?.(value) ?? value
  plan.conditions.forEach(({ field, operator, value }, i) => {
    if (operator === 'equals' || operator === 'greater_than_equal') values[`c${i}`] = encode(field, value)
    else if (operator === 'in') (value as unknown[]).forEach((v, j) => (values[`c${i}_${j}`] = encode(field, v)))
  })
  if (read.limit > 0) Object.assign(values, { limit: read.limit, offset: ((read.page ?? 1) - 1) * read.limit })
  return values
}

const fieldMaps = new WeakMap<object, Map<string, FlattenedField>>()
function fieldsOf(payload: Payload, collection: CollectionSlug): Map<string, FlattenedField> {
  const config = payload.collections[collection].config
  let map = fieldMaps.get(config)
  if (!map) {
    map = new Map(config.flattenedFields.map((f) => [f.name, f]))
    fieldMaps.set(config, map)
  }
  return map
}

/**
 * A select of these fields for `payload.db.find`. On the SQL adapters an include-select that leaves a
 * group out brings the group's arrays along (a sub-query per row and array): naming one plain field of
 * the review record keeps them out.
 */
export function narrowSelect(payload: Payload, collection: CollectionSlug, names: string[]): Record<string, unknown> {
  const fields = fieldsOf(payload, collection)
  // Names the collection lacks are left out: one list serves collections with and without them.
  const select: Record<string, unknown> = Object.fromEntries(names.filter((n) => n === 'id' || fields.has(n)).map((n) => [n, true]))
  if (fields.get('review')?.type === 'group') select.review = { state: true }
  return select
}

/** The read's order for `payload.db.find`, the same total order as the lean read's. */
export const payloadSort = (payload: Payload, read: Pick<LeanRead, 'collection' | 'sort'>): string[] =>
  totalOrder(read.sort, payload.collections[read.collection].config.timestamps !== false, 'drizzle' in payload.db)

export interface LeanPage<T> {
  docs: T[]
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * A page of a list with its total: a lean read when the caller knows the total (the kept catalogue
 * counts), else the adapter's paginated find, which counts (`req`: its transaction, if any).
 */
export async function leanPage<T extends { id: number | string } = LeanDoc>(payload: Payload, read: LeanRead & { page: number }, total: number | undefined, req?: PayloadRequest): Promise<LeanPage<T>> {
  if (total !== undefined) return { docs: await leanFind<T>(payload, read), page: read.page, totalDocs: total, totalPages: Math.ceil(total / read.limit) }
  const found = await payload.db.find({ collection: read.collection, where: read.where, sort: payloadSort(payload, read), limit: read.limit, page: read.page, pagination: true, req, select: narrowSelect(payload, read.collection, read.fields) as never })
  return { docs: found.docs as unknown as T[], page: read.page, totalDocs: found.totalDocs, totalPages: found.totalPages }
}

/** The adapter, table and plan of a lean read, or undefined when Payload's find must answer it. */
function leanTarget(payload: Payload, read: LeanRead) {
  const fields = fieldsOf(payload, read.collection)
  const db = payload.db as unknown as Partial<SqlAdapter>
  const table = db.tables && db.tableNameMap ? db.tables[db.tableNameMap.get(read.collection.replace(/-/g, '_')) ?? ''] : undefined
  const isPlain = (name: string) => Boolean(table?.[name]) && (name === 'id' || isPlainField(fields.get(name)))
  const plan = table && db.drizzle && read.fields.every(isPlain) ? leanPlan(read.where, read.sort, isPlain, Boolean(table.createdAt)) : undefined
  return plan && table && db.drizzle ? { db: db as SqlAdapter, table, plan, fields } : undefined
}

/** The SQL text of a lean read and its values in order (to EXPLAIN it), or undefined when it is not lean. */
export function leanSql(payload: Payload, read: LeanRead): { sql: string; params: unknown[] } | undefined {
  const target = leanTarget(payload, read)
  if (!target) return undefined
  const { sql: text, params } = build(target.db, target.table, read, target.plan).toSQL()
  const values = valuesOf(target.table, read, target.plan)
  return { sql: text, params: params.map((p) => (p && typeof p === 'object' && 'name' in p ? values[(p as { name: string }).name] : p)) }
}

export async function leanFind<T extends { id: number | string } = LeanDoc>(payload: Payload, read: LeanRead): Promise<T[]> {
  const target = leanTarget(payload, read)
  if (!target) {
    const found = await payload.db.find({ collection: read.collection, where: read.where, sort: payloadSort(payload, read), limit: read.limit, page: read.page, pagination: false, select: narrowSelect(payload, read.collection, read.fields) as never })
    return found.docs as unknown as T[]
  }
  const { db, table, plan, fields } = target
  const prepared = prepare(db, table, read, plan)
  const values = valuesOf(table, read, plan)
  const rows = await prepared.execute(values)
  // As Payload's read transform: dates as ISO strings (SQLite stores them so already), numbers
  // (PostgreSQL's numeric comes as text) as numbers.
  for (const name of read.fields) {
    const type = fields.get(name)?.type
    if (type !== 'date' && type !== 'number') continue
    for (const row of rows) {
      const value = row[name]
      if (typeof value !== 'string') continue
      if (type === 'number') row[name] = Number.parseFloat(value)
      else if (!isoInstant.test(value)) row[name] = new Date(value).toISOString()
    }
  }
  return rows as unknown as T[]
}
