import type { Payload, PayloadRequest } from 'payload'
import { inTransaction } from '../db/transaction'
import { relationId } from '../shared/ids'
import { paragraphsToLexical } from '../content/lexical'
import { parseImportRow } from '../disclosure/import-row'
import { IndexNumberError, parseIndexNumber, resolveFormat, type IndexNumberFormat } from '../disclosure/index-number'
import type { SourceRow } from './read-rows'

export interface ImportReport {
  imported: number
  rejected: { line: number; reasons: string[] }[]
}

type ID = number | string

/** Lookups built once per import: units by slug, unit code or name; columns by key or title. */
async function lookups(payload: Payload) {
  const tenants = await payload.find({ collection: 'tenants', pagination: false, depth: 0 })
  const units = new Map<string, { id: ID; unitCode: string; name: string }>()
  for (const t of tenants.docs) {
    const unit = { id: t.id, unitCode: t.unitCode as string, name: t.name as string }
    for (const k of [t.slug, t.unitCode, t.name, t.shortName]) if (k) units.set(String(k), unit)
  }
  const columns = await payload.find({ collection: 'columns', pagination: false, depth: 0 })
  const shared = new Map<string, ID>()
  const custom = new Map<string, ID>()
  for (const c of columns.docs) {
    if (c.kind !== 'disclosure' || c.aggregates) continue
    const target = c.shared ? shared : custom
    for (const k of [c.key, c.title]) target.set(c.shared ? String(k) : `${String(c.tenant)}:${k}`, c.id)
  }
  const settings = await payload.findGlobal({ slug: 'disclosure-settings', depth: 0 })
  const format = resolveFormat((settings as { indexNumberFormat?: Partial<IndexNumberFormat> }).indexNumberFormat ?? {})
  return { units, shared, custom, format }
}

/** Rows stored per transaction: large enough that commits stop dominating, small enough that a retry after a rejected row is cheap. */
export const IMPORT_BATCH = 250

type Lookups = Awaited<ReturnType<typeof lookups>>
interface CheckedRow {
  line: number
  reasons: string[]
  data?: Record<string, unknown> & { indexNumber?: string }
}

/** A batch's rows checked against the file, the group and the items stored before (index numbers in one query). */
async function checkBatch(payload: Payload, rows: SourceRow[], { units, shared, custom, format }: Lookups, seenNumbers: Set<string>): Promise<CheckedRow[]> {
  const checked = rows.map((row): CheckedRow & { item?: ReturnType<typeof parseImportRow> } => ({ line: row.line, reasons: [], item: parseImportRow(row.values) }))
  const given = checked.flatMap((c) => (c.item?.ok && c.item.item.indexNumber ? [c.item.item.indexNumber] : []))
  const stored = given.length
    ? new Set((await payload.find({ collection: 'disclosures', where: { indexNumber: { in: given } }, pagination: false, depth: 0, select: { indexNumber: true } })).docs.map((d) => d.indexNumber))
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
      inBatch.add(item.indexNumber)
    }
    return {
      ...c,
      data: {
        tenant: relationId(unit.id), column: relationId(column), title: item.title, issuer: item.issuer ?? unit.name, indexNumber: item.indexNumber,
        documentNumber: item.documentNumber, writtenAt: item.writtenAt, publishedAt: item.publishedAt, subjects: item.subjects,
        validity: item.validity, mode: item.mode, body: paragraphsToLexical(item.body), _status: 'published',
      },
    }
  })
}

const store = (payload: Payload, data: NonNullable<CheckedRow['data']>, req: PayloadRequest) =>
  payload.create({ collection: 'disclosures', context: { importIndexNumber: Boolean(data.indexNumber) }, data: data as never, req })

/**
 * Imports historical disclosure items. Rows are checked first, then stored `batch` at a time,
 * one transaction per batch. When a row fails while storing, its batch is rolled back and stored
 * again row by row, each in its own transaction: a rejected row stores nothing and is reported with
 * its line, and the others of its batch are kept. Given index numbers are kept (and the unit's
 * counter continues after them), missing ones are assigned as on publication.
 */
export async function importDisclosures(payload: Payload, rows: SourceRow[], onProgress?: (done: number) => void, batch = IMPORT_BATCH): Promise<ImportReport> {
  const known = await lookups(payload)
  const report: ImportReport = { imported: 0, rejected: [] }
  const seenNumbers = new Set<string>()
  for (let start = 0; start < rows.length; start += batch) {
    const checked = await checkBatch(payload, rows.slice(start, start + batch), known, seenNumbers)
    const valid = checked.filter((c) => c.data)
    let stored = valid
    try {
      await inTransaction(payload, async (req) => {
        for (const c of valid) await store(payload, c.data!, req)
      })
    } catch {
      stored = []
      for (const c of valid) {
        try {
          await inTransaction(payload, (req) => store(payload, c.data!, req))
          stored.push(c)
        } catch (err) {
          c.reasons.push((err as Error).message)
        }
      }
    }
    report.imported += stored.length
    for (const c of stored) if (c.data?.indexNumber) seenNumbers.add(c.data.indexNumber)
    for (const c of checked) if (c.reasons.length > 0) report.rejected.push({ line: c.line, reasons: c.reasons })
    onProgress?.(Math.min(rows.length, start + batch))
  }
  return report
}
