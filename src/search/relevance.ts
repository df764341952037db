/** The order of search results, the same for every engine. Pure. */
import type { Validity } from './params'

/** A valid item before an expired one before a repealed one, at equal match. */
export const validityRank = (validity: Validity | null | undefined): number => (validity === 'repealed' ? 0 : validity === 'expired' ? 1 : 2)

export interface Ranked {
  /** How many query tokens the title holds (all of them ranks first). */
  titleHits: number
  validity: Validity | null
  /** The engine's own text score (BM25, ts_rank), compared last. */
  score: number
  publishedAt: string | null
}

/**
 * Relevance: titles that hold every query word first, then titles that hold some, then body hits;
 * within each, valid before expired before repealed; then the engine's score; then newer first.
 */
export function compareRelevance(a: Ranked, b: Ranked): number {
  return b.titleHits - a.titleHits || validityRank(b.validity) - validityRank(a.validity) || b.score - a.score || compareDate(a, b)
}

export const compareDate = (a: Pick<Ranked, 'publishedAt'>, b: Pick<Ranked, 'publishedAt'>): number =>
  String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? ''))
