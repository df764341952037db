import v8 from 'node:v8'
import vm from 'node:vm'
import type { Field, Payload } from 'payload'
import { leanFind } from '../db/lean-find'
import { inTransaction } from '../db/transaction'
import { paragraphsToLexical } from '../content/lexical'
import { isFileableNode } from '../disclosure/catalogue'
import { parseImportRow } from '../disclosure/import-row'
import { IndexNumberError, parseIndexNumber, resolveFormat, type IndexNumberFormat } from '../disclosure/index-number'
import { notifyEntryWritten } from '../search/reads/indexer'
import type { SourceRow } from './read-rows'
import { storeBatch, storeContext, type ReadyRow } from './store-batch'

export interface ImportReport {
  imported: number
  rejected: { line: number; reasons: string[] }[]
}

type ID = number | string

/** Lookups built once per import: units by slug, unit code or name; columns by key or title. */
async function lookups(payload: Payload) {
  const tenants = await payload.find({ collection: 'tenants', pagination: false, depth: 0 })
  const units = new Map<string, { id: ID; unitCode: string; name: string; kind?: string | null }>()
  for (const t of tenants.docs) {
    const unit = { id: t.id, unitCode: t.unitCode as string, name: t.name as string, kind: t.kind as string | null | undefined }
    for (const k of [t.slug, t.unitCode, t.name, t.shortName]) if (k) units.set(String(k), unit)
  }
  const columns = await payload.find({ collection: 'columns', pagination: false, depth: 0 })
  const shared = new Map<string, ID>()
  const custom = new Map<string, ID>()
  const codes = new Map<string, string>()
  for (const c of columns.docs) {
    // As validateDisclosureColumn: a fileable column, shared or the unit's own (keyed by unit below).
    if (!isFileableNode(c)) continue
    codes.set(String(c.id), c.code ?? '99')
    const target = c.shared ? shared : custom
    for (const k of [c.key, c.title]) target.set(c.shared ? String(k) : `${String(c.tenant)}:${k}`, c.id)
  }
  const settings = await payload.findGlobal({ slug: 'disclosure-settings', depth: 0 })
  const format = resolveFormat((settings as { indexNumberFormat?: Partial<IndexNumberFormat> }).indexNumberFormat ?? {})
  return { units, shared, custom, codes, format, limits: fieldLimits(payload) }
}

interface FieldLimit {
  label: string
  required?: boolean
  maxLength?: number
  maxRows?: number
}

const labelOf = (field: { name: string; label?: unknown }): string => {
  const label = field.label as { zh?: string; en?: string } | string | undefined
  if (typeof label === 'string') return label
  return label?.zh && label.en ? `${label.zh} / ${label.en}` : field.name
}

/**
 * The disclosure fields' own limits (required, maxLength, maxRows), read from the collection so the
 * import checks what Payload's validation would: items are written through the adapter, which does not validate.
 */
function fieldLimits(payload: Payload): Map<string, FieldLimit> {
  const limits = new Map<string, FieldLimit>()
  for (const field of payload.collections.disclosures.config.flattenedFields as Field[]) {
    if (!('name' in field) || field.type !== 'text') continue
    limits.set(field.name, { label: labelOf(field), required: field.required, maxLength: field.maxLength, maxRows: field.hasMany ? field.maxRows : undefined })
  }
  return limits
}

/** Reasons a row's values break the fields' limits, in Chinese and English. */
function limitReasons(data: Record<string, unknown>, limits: Map<string, FieldLimit>): string[] {
  const reasons: string[] = []
  for (const [name, limit] of limits) {
    const value = data[name]
    const [zh, en = zh] = limit.label.split(' / ')
    if (limit.required && (value === undefined || value === null || value === '')) reasons.push(`缺少${zh} / ${en} is missing`)
    if (limit.maxLength && typeof value === 'string' && value.length > limit.maxLength) reasons.push(`${zh}超过${limit.maxLength}字 / ${en} longer than ${limit.maxLength} characters`)
    if (limit.maxRows && Array.isArray(value) && value.length > limit.maxRows) reasons.push(`${zh}超过${limit.maxRows}个 / more than ${limit.maxRows} ${en}`)
    if (limit.maxLength && Array.isArray(value) && value.some((v) => typeof v === 'string' && v.length > limit.maxLength!)) reasons.push(`${zh}超过${limit.maxLength}字 / ${en} longer than ${limit.maxLength} characters`)
  }
  return reasons
}

/** Rows stored per transaction: large enough that commits stop dominating, small enough that a retry after a rejected row is cheap. */
export const IMPORT_BATCH = 500

type Lookups = Awaited<ReturnType<typeof lookups>>
interface CheckedRow {
  line: number
  reasons: string[]
  ready?: ReadyRow
}

/** A batch's rows checked against the file, the group and the items stored before (index numbers in one query). */
async function checkBatch(payload: Payload, rows: SourceRow[], { units, shared, custom, codes, format, limits }: Lookups, seenNumbers: Set<string>): Promise<CheckedRow[]> {
  const checked = rows.map((row): CheckedRow & { item?: ReturnType<typeof parseImportRow> } => ({ line: row.line, reasons: [], item: parseImportRow(row.values) }))
  const given = checked.flatMap((c) => (c.item?.ok && c.item.item.indexNumber ? [c.item.item.indexNumber] : []))
  const stored = given.length
    ? new Set((await leanFind<{ id: ID; indexNumber: string }>(payload, { collection: 'disclosures', where: { indexNumber: { in: given } }, sort: 'id', limit: 0, fields: ['indexNumber'] })).map((d) => d.indexNumber))
    : new Set()
  const inBatch = new Set<string>()
  return checked.map(({ item: parsed, ...c }) => {
    if (!parsed?.ok) return { ...c, reasons: parsed?.errors ?? [] }
    const item = parsed.item
    const unit = units.get(item.unit)
    if (!unit) return { ...c, reasons: [`未知单位：${item.unit} / unknown unit: ${item.unit}`] }
    const column = custom.get(`${unit.id}:${item.column}`) ?? shared.get(item.column)
    if (!column) return { ...c, reasons: [`未知栏目：${item.column} / unknown column: ${item.column}`] }
    if (item.indexNumber) {
      try {
        const parts = parseIndexNumber(item.indexNumber, format)
        if (parts.unitCode !== unit.unitCode) c.reasons.push(`索引号的单位代码与单位不符：${item.indexNumber} / the index number's unit code does not match the unit`)
        if (seenNumbers.has(item.indexNumber) || inBatch.has(item.indexNumber) || stored.has(item.indexNumber)) {
          c.reasons.push(`索引号已存在：${item.indexNumber} / index number already exists: ${item.indexNumber}`)
        }
      } catch (err) {
        if (!(err instanceof IndexNumberError)) throw err
        c.reasons.push(err.message)
      }
      if (c.reasons.length > 0) return c
    }
    const fields: ReadyRow['fields'] = {
      tenant: unit.id, column, title: item.title, issuer: item.issuer ?? unit.name, indexNumber: item.indexNumber,
      documentNumber: item.documentNumber, writtenAt: item.writtenAt, publishedAt: item.publishedAt, subjects: item.subjects,
      validity: item.validity, mode: item.mode, body: paragraphsToLexical(item.body),
    }
    c.reasons.push(...limitReasons(fields as never, limits))
    if (c.reasons.length > 0) return c
    if (item.indexNumber) inBatch.add(item.indexNumber)
    const category = format.includeCategory ? codes.get(String(column)) : undefined
    return { ...c, ready: { line: c.line, fields, unitCode: unit.unitCode, unitKind: unit.kind, category } }
  })
}

let fullGc: (() => void) | undefined

/**
 * A full garbage collection between batches on SQLite: its driver prepares a native statement for
 * every query and frees it only once the statement's small JS object is collected, which V8 does
 * not hurry (it does not see the native memory). Without it an import of 23,360 rows held 4.7 GB.
 */
async function collectStatements(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  if (!fullGc) {
    v8.setFlagsFromString('--expose-gc')
    fullGc = vm.runInNewContext('gc') as () => void
  }
  fullGc()
  // The statements are finalised on a later turn of the event loop, which a batch does not give.
  await new Promise((resolve) => setImmediate(resolve))
}

/**
 * Imports historical disclosure items. Rows are checked first (against the file, the group, the
 * items stored before and the fields' limits), then stored `batch` at a time, one transaction per
 * batch, straight through the database adapter (see storeBatch: the items are published exactly as
 * through Payload, with their versions, numbers, search entries, audit, monitoring and cache purge,
 * done once per batch instead of once per row). When a batch fails while storing, it is rolled back
 * and stored again row by row, each in its own transaction: a rejected row stores nothing and is
 * reported with its line, and the others of its batch are kept. Given index numbers are kept (and
 * the unit's counter continues after them), missing ones are assigned dense as on publication.
 */
export async function importDisclosures(payload: Payload, rows: SourceRow[], onProgress?: (done: number) => void, batch = IMPORT_BATCH): Promise<ImportReport> {
  const known = await lookups(payload)
  const context = await storeContext(payload, known.format)
  const report: ImportReport = { imported: 0, rejected: [] }
  const seenNumbers = new Set<string>()
  for (let start = 0; start < rows.length; start += batch) {
    const checked = await checkBatch(payload, rows.slice(start, start + batch), known, seenNumbers)
    const valid = checked.filter((c): c is CheckedRow & { ready: ReadyRow } => Boolean(c.ready))
    let stored = valid
    try {
      await inTransaction(payload, (req) => storeBatch(req, valid.map((c) => c.ready), context))
    } catch {
      stored = []
      for (const c of valid) {
        try {
          await inTransaction(payload, (req) => storeBatch(req, [c.ready], context))
          stored.push(c)
        } catch (err) {
          c.reasons.push((err as Error).message)
        }
      }
    }
    if (stored.length > 0) notifyEntryWritten(payload)
    report.imported += stored.length
    for (const c of stored) if (c.ready.fields.indexNumber) seenNumbers.add(c.ready.fields.indexNumber)
    for (const c of checked) if (c.reasons.length > 0) report.rejected.push({ line: c.line, reasons: c.reasons })
    onProgress?.(Math.min(rows.length, start + batch))
    await collectStatements(payload)
  }
  return report
}
