import type { Validity, SearchKind, SearchSort } from '../params'

/** What an engine is asked: the query's tokens and filters, already resolved to unit ids. */
export interface EngineQuery {
  tokens: string[]
  units?: string[]
  kind?: SearchKind
  column?: string
  year?: number
  validity?: Validity
  issuer?: string
  sort: SearchSort
  offset: number
  limit: number
}

export interface EngineHit {
  key: string
  titleHits: number
  score: number
}

export interface EngineResult {
  hits: EngineHit[]
  total: number
}

/** One interface over the engines; the database in use chooses (see search.ts). */
export interface SearchEngine {
  readonly name: 'embedded' | 'postgres'
  search(query: EngineQuery): Promise<EngineResult>
  /** Gets ready ahead of the first search (loads the embedded index; makes PostgreSQL's GIN index). */
  warm(): Promise<unknown>
  /** Told by the index job of this process that an entry changed. */
  changed?(): void
}
