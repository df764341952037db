import { createHash } from 'node:crypto'

/**
 * A fingerprint of what readers will see, so approval covers exactly the published text. It must
 * not change when the same content merely travels through the admin form, REST or a database:
 * empty values are dropped, leaves compared as strings, dates as instants, populated relations by
 * id, and rich text reduced to its visible structure.
 */
const ignoredKeys = new Set([
  'id', 'createdAt', 'updatedAt', '_status', 'review', 'indexNumber', 'year', 'publishedAt', 'tenant', 'hubSubmission', 'bodyMedia',
])
const richTextKeys = new Set(['type', 'text', 'format', 'tag', 'listType', 'url', 'value', 'relationTo', 'children', 'fields', 'newTab'])
const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

function normalize(value: unknown, inRichText = false): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item, inRichText)).filter((item) => item !== undefined)
    return items.length ? items : undefined
  }
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (!inRichText && 'id' in record && ('createdAt' in record || 'updatedAt' in record)) return String(record.id)
    const richText = inRichText || 'root' in record
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(record).sort()) {
      if (richText && key !== 'root' && !richTextKeys.has(key)) continue
      if (key === 'format' && !record[key]) continue
      const normalized = normalize(record[key], richText)
      if (normalized !== undefined) out[key] = normalized
    }
    return Object.keys(out).length ? out : undefined
  }
  if (typeof value === 'string' && isoDate.test(value)) {
    const time = Date.parse(value)
    if (!Number.isNaN(time)) return new Date(time).toISOString()
  }
  return String(value)
}

export function contentFingerprint(doc: Record<string, unknown>): string {
  const content: Record<string, unknown> = {}
  for (const key of Object.keys(doc).sort()) if (!ignoredKeys.has(key) && !key.startsWith('_')) content[key] = doc[key]
  return createHash('sha256').update(JSON.stringify(normalize(content) ?? {})).digest('hex').slice(0, 32)
}
