/** What the search index keeps of one published item. Pure: the caller reads the item and its column. */
import { lexicalToPlainText } from '../content/lexical'
import { isPublicLetter, type LetterRecord } from '../letters/public-view'
import { indexTokens } from './segment'
import { normalizeDocumentNumber, type SearchKind, type Validity } from './params'

/** The body text kept for snippets and indexing: enough for any real item, bounded for huge ones. */
export const MAX_BODY_CHARS = 20_000

export interface SearchSource {
  id: number | string
  tenant?: unknown
  title?: string | null
  summary?: string | null
  body?: unknown
  issuer?: string | null
  documentNumber?: string | null
  indexNumber?: string | null
  subjects?: string[] | null
  validity?: string | null
  year?: number | null
  publishedAt?: string | null
  category?: string | null
  slug?: string | null
}

export interface SearchEntryData {
  key: string
  kind: SearchKind
  sourceId: string
  unit: string
  /** Keys of the item's column and its ancestors, space-separated (filtering by a parent column finds it). */
  columns: string
  columnTitle: string
  category: string | null
  year: number | null
  validity: Validity | null
  issuer: string | null
  indexNumber: string | null
  documentNumber: string | null
  title: string
  body: string
  titleTokens: string
  bodyTokens: string
  publishedAt: string | null
  slug: string | null
  live: boolean
}

export const entryKey = (kind: SearchKind, id: number | string) => `${kind}:${String(id)}`

const unitIdOf = (tenant: unknown): string => String((tenant as { id?: unknown })?.id ?? tenant ?? '')

const yearOf = (source: SearchSource): number | null =>
  source.year ?? (source.publishedAt ? Number(new Date(source.publishedAt).toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' })) : null)

/**
 * What of a document is searchable now, or null when visitors may not see it: a published item, or a
 * replied letter its writer allowed to publish (subject, text and reply: never the writer).
 */
export function liveSource(kind: SearchKind, doc: Record<string, unknown> | null): SearchSource | null {
  if (!doc) return null
  if (kind === 'letters') {
    const letter = doc as unknown as LetterRecord & { id: number | string; site?: unknown }
    if (!isPublicLetter(letter)) return null
    return { id: letter.id, tenant: letter.site, title: letter.subject, summary: [letter.body, letter.reply].filter(Boolean).join('\n'), publishedAt: letter.repliedAt ?? null, slug: letter.trackingCode }
  }
  return doc._status === 'published' ? (doc as unknown as SearchSource) : null
}

/** The index entry of a live item. `column` is the item's column path, the item's own column last. */
export function searchEntryOf(kind: SearchKind, source: SearchSource, column: { keys: string[]; title: string } | null): SearchEntryData {
  const title = (source.title ?? '').trim()
  const body = [source.summary, lexicalToPlainText(source.body), source.subjects?.join(' ')].filter(Boolean).join('\n').slice(0, MAX_BODY_CHARS)
  // Organ and 文号 count as body words: a search for the organ finds its items, below title hits.
  const bodyForIndex = [body, source.issuer, source.documentNumber, column?.title].filter(Boolean).join('\n')
  return {
    key: entryKey(kind, source.id),
    kind,
    sourceId: String(source.id),
    unit: unitIdOf(source.tenant),
    columns: column?.keys.join(' ') ?? '',
    columnTitle: column?.title ?? '',
    category: source.category ?? null,
    year: yearOf(source),
    validity: kind === 'disclosures' ? ((source.validity as Validity) ?? 'valid') : null,
    issuer: source.issuer ?? null,
    indexNumber: source.indexNumber ?? null,
    documentNumber: source.documentNumber ? normalizeDocumentNumber(source.documentNumber) : null,
    title,
    body,
    titleTokens: indexTokens(title).join(' '),
    bodyTokens: indexTokens(bodyForIndex).join(' '),
    publishedAt: source.publishedAt ?? null,
    slug: source.slug ?? null,
    live: true,
  }
}
