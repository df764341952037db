import type { Payload, PayloadRequest, Where } from 'payload'
import { canonicalUrl } from '../../tenancy/canonical-url'
import { listUnits, type UnitDoc } from '../../tenancy/reads/units'
import { exactLookup, SearchParamError, type SearchKind, type SearchQuery, type Validity } from '../params'
import { queryTokens, requiredTokens } from '../segment'
import { highlight, snippet, type TextPart } from '../snippet'
import { EmbeddedEngine } from './embedded'
import type { EngineHit, SearchEngine } from './engine'
import { ensureGroupTerms, onEntryWritten } from './indexer'
import { PostgresEngine } from './postgres'

export interface SearchHit {
  kind: SearchKind
  id: string
  title: string
  titleParts: TextPart[]
  snippetParts: TextPart[]
  /** Path on the item's own site (`/xxgk/7`, `/articles/slug`). */
  path: string
  canonicalUrl: string
  unit: { id: string; slug: string; name: string; shortName: string }
  column: string | null
  category: string | null
  issuer: string | null
  indexNumber: string | null
  documentNumber: string | null
  validity: Validity | null
  year: number | null
  publishedAt: string | null
}

export interface SearchResult {
  q: string
  /** How the query was answered: an exact index number or 文号, or full-text. */
  match: 'indexNumber' | 'documentNumber' | 'text'
  engine: SearchEngine['name']
  tokens: string[]
  docs: SearchHit[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
}

const engines = new WeakMap<Payload, SearchEngine>()
const directories = new WeakMap<Payload, { stamp: string; checkedAt: number; units: Promise<UnitDoc[]> }>()
/** How long the directory is used without asking whether it changed. */
const DIRECTORY_CHECK_MS = 5_000

/**
 * The unit directory, read again only when a unit was added, changed or removed (one small query
 * decides): reading all units costs more than a whole search.
 */
async function unitDirectory(payload: Payload, req?: Partial<PayloadRequest>): Promise<UnitDoc[]> {
  const known = directories.get(payload)
  if (known && Date.now() - known.checkedAt < DIRECTORY_CHECK_MS) return known.units
  const newest = await payload.find({ collection: 'tenants', sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true }, req })
  const stamp = `${newest.totalDocs}|${newest.docs[0]?.updatedAt ?? ''}`
  let memo = directories.get(payload)
  if (memo?.stamp !== stamp) {
    memo = { stamp, checkedAt: Date.now(), units: listUnits(payload, req) }
    directories.set(payload, memo)
    memo.units.catch(() => directories.delete(payload))
  }
  memo.checkedAt = Date.now()
  return memo.units
}

/** The engine of the database in use: PostgreSQL's full-text search there, the embedded one elsewhere. */
export function searchEngine(payload: Payload): SearchEngine {
  let engine = engines.get(payload)
  if (!engine) {
    const made: SearchEngine = payload.db.name === 'postgres' ? new PostgresEngine(payload) : new EmbeddedEngine(payload)
    onEntryWritten(payload, () => made.changed?.())
    engines.set(payload, (engine = made))
  }
  return engine
}

const rowFields = {
  key: true, kind: true, sourceId: true, unit: true, columnTitle: true, category: true, issuer: true, indexNumber: true, documentNumber: true,
  validity: true, year: true, publishedAt: true, title: true, body: true, slug: true, live: true,
} as const

type EntryRow = {
  key: string; kind: SearchKind; sourceId: string; unit: string; columnTitle?: string | null; category?: string | null; issuer?: string | null
  indexNumber?: string | null; documentNumber?: string | null; validity?: Validity | null; year?: number | null; publishedAt?: string | null
  title?: string | null; body?: string | null; slug?: string | null
}

function toHit(row: EntryRow, unit: UnitDoc, hub: UnitDoc | undefined, tokens: string[]): SearchHit {
  const path = row.kind === 'articles' ? `/articles/${row.slug}` : row.kind === 'letters' ? `/letters/${row.slug}` : `/xxgk/${row.sourceId}`
  const title = row.title ?? ''
  return {
    kind: row.kind, id: row.sourceId, title, titleParts: highlight(title, tokens), snippetParts: snippet(row.body ?? '', tokens), path,
    canonicalUrl: canonicalUrl(unit, path, hub),
    unit: { id: String(unit.id), slug: unit.slug, name: unit.name, shortName: unit.shortName },
    column: row.columnTitle || null, category: row.category ?? null, issuer: row.issuer ?? null, indexNumber: row.indexNumber ?? null,
    documentNumber: row.documentNumber ?? null, validity: row.validity ?? null, year: row.year ?? null, publishedAt: row.publishedAt ?? null,
  }
}

/** Where clause of an exact lookup with the query's filters, live entries only. */
function exactWhere(q: SearchQuery, field: 'indexNumber' | 'documentNumber', value: string, units: string[] | undefined): Where {
  // No `live` condition: a tombstone holds no index number or 文号, and the condition would lead
  // SQLite's planner to the low-selectivity `live` index instead of the field's own.
  const and: Where[] = [{ [field]: { equals: value } }]
  if (units) and.push({ unit: { in: units } })
  if (q.kind) and.push({ kind: { equals: q.kind } })
  if (q.year) and.push({ year: { equals: q.year } })
  if (q.validity) and.push({ validity: { equals: q.validity } })
  if (q.issuer) and.push({ issuer: { equals: q.issuer } })
  if (q.column) and.push({ columns: { contains: q.column } })
  return { and }
}

/**
 * Searches every live item of the group (or of one site): an index number or 文号 is looked up
 * exactly; anything else is segmented and searched by the database's engine. Only live entries are
 * ever read, so drafts, unpublished and deleted items never appear.
 */
export async function searchGroup(payload: Payload, q: SearchQuery, req?: Partial<PayloadRequest>): Promise<SearchResult> {
  await ensureGroupTerms(payload)
  const units = await unitDirectory(payload, req)
  const hub = units.find((u) => u.kind === 'hub')
  let unitIds: string[] | undefined
  if (q.site) {
    const unit = units.find((u) => u.slug === q.site)
    if (!unit) throw new SearchParamError(`未知的站点：${q.site}`, `unknown site: ${q.site}`)
    unitIds = [String(unit.id)]
  }
  const offset = (q.page - 1) * q.limit
  const exact = exactLookup(q.q)
  let match: SearchResult['match'] = 'text'
  let keys: string[] = []
  let total = 0
  let tokens: string[] = []
  if (exact) {
    const found = await payload.find({ collection: 'search-entries', where: exactWhere(q, exact.field, exact.value, unitIds), sort: '-publishedAt', page: q.page, limit: q.limit, depth: 0, overrideAccess: true, select: { key: true } })
    if (found.totalDocs > 0) {
      match = exact.field
      keys = found.docs.map((d) => d.key)
      total = found.totalDocs
    }
  }
  const engine = searchEngine(payload)
  if (match === 'text') {
    tokens = queryTokens(q.q)
    if (tokens.length > 0) {
      const result = await engine.search({ tokens: requiredTokens(tokens), units: unitIds, kind: q.kind, column: q.column, year: q.year, validity: q.validity, issuer: q.issuer, sort: q.sort, offset, limit: q.limit })
      keys = result.hits.map((h: EngineHit) => h.key)
      total = result.total
    }
  }
  const rows = keys.length
    ? ((await payload.find({ collection: 'search-entries', where: { key: { in: keys } }, limit: keys.length, depth: 0, overrideAccess: true, select: rowFields })).docs as unknown as (EntryRow & { live?: boolean | null })[]).filter((r) => r.live)
    : []
  const byKey = new Map(rows.map((r) => [r.key, r]))
  const unitById = new Map(units.map((u) => [String(u.id), u]))
  const highlightTerms = tokens.length ? tokens : [q.q.replace(/\s+/g, '')]
  const docs = keys.flatMap((key) => {
    const row = byKey.get(key)
    const unit = row && unitById.get(row.unit)
    return row && unit ? [toHit(row, unit, hub, highlightTerms)] : []
  })
  return { q: q.q, match, engine: engine.name, tokens, docs, totalDocs: total, totalPages: Math.max(1, Math.ceil(total / q.limit)), page: q.page, limit: q.limit }
}
