import type { Payload } from 'payload'
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

/**
 * Imports historical disclosure items. Each row is checked first and then created in its own
 * transaction, so a rejected row stores nothing; given index numbers are kept (and the unit's
 * counter continues after them), missing ones are assigned as on publication.
 */
export async function importDisclosures(payload: Payload, rows: SourceRow[], onProgress?: (done: number) => void): Promise<ImportReport> {
  const { units, shared, custom, format } = await lookups(payload)
  const report: ImportReport = { imported: 0, rejected: [] }
  const seenNumbers = new Set<string>()
  for (const [i, row] of rows.entries()) {
    const reasons: string[] = []
    const parsed = parseImportRow(row.values)
    if (!parsed.ok) reasons.push(...parsed.errors)
    const item = parsed.ok ? parsed.item : null
    const unit = item ? units.get(item.unit) : undefined
    if (item && !unit) reasons.push(`未知单位：${item.unit} / unknown unit: ${item.unit}`)
    const column = item && unit ? (custom.get(`${unit.id}:${item.column}`) ?? shared.get(item.column)) : undefined
    if (item && unit && !column) reasons.push(`未知栏目：${item.column} / unknown column: ${item.column}`)
    if (item?.indexNumber && unit) {
      try {
        const parts = parseIndexNumber(item.indexNumber, format)
        if (parts.unitCode !== unit.unitCode) reasons.push(`索引号的单位代码与单位不符：${item.indexNumber} / the index number's unit code does not match the unit`)
        const taken = seenNumbers.has(item.indexNumber) || (await payload.count({ collection: 'disclosures', where: { indexNumber: { equals: item.indexNumber } } })).totalDocs > 0
        if (taken) reasons.push(`索引号已存在：${item.indexNumber} / index number already exists: ${item.indexNumber}`)
      } catch (err) {
        if (!(err instanceof IndexNumberError)) throw err
        reasons.push(err.message)
      }
    }
    if (reasons.length === 0 && item && unit && column) {
      try {
        await payload.create({
          collection: 'disclosures',
          context: { importIndexNumber: Boolean(item.indexNumber) },
          data: {
            tenant: relationId(unit.id), column: relationId(column), title: item.title, issuer: item.issuer ?? unit.name, indexNumber: item.indexNumber,
            documentNumber: item.documentNumber, writtenAt: item.writtenAt, publishedAt: item.publishedAt, subjects: item.subjects,
            validity: item.validity, mode: item.mode, body: paragraphsToLexical(item.body), _status: 'published',
          },
        })
        if (item.indexNumber) seenNumbers.add(item.indexNumber)
        report.imported++
      } catch (err) {
        reasons.push((err as Error).message)
      }
    }
    if (reasons.length > 0) report.rejected.push({ line: row.line, reasons })
    onProgress?.(i + 1)
  }
  return report
}
