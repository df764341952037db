import MiniSearch from 'minisearch'
import type { Payload, Where } from 'payload'
import { compareDate, compareRelevance } from '../relevance'
import type { Validity } from '../params'
import type { EngineQuery, EngineResult, SearchEngine } from './engine'

type Stored = { key: string; unit: string; kind: string; columns: string; year: number | null; validity: Validity | null; issuer: string | null; publishedAt: string | null }
type Row = Stored & { titleTokens?: string | null; bodyTokens?: string | null; live?: boolean | null; updatedAt: string }

const BATCH = 2000
const OVERLAP_MS = 5_000
const SYNC_MS = 2_000

const fields = { key: true, unit: true, kind: true, columns: true, year: true, validity: true, issuer: true, publishedAt: true, titleTokens: true, bodyTokens: true, live: true, updatedAt: true } as const

/**
 * The embedded engine: an in-process inverted index (MiniSearch, BM25) over the stored entries,
 * read through the Local API, so it works on every database with no extra server. Before each
 * search it reads the entries changed since its last look (an indexed `updatedAt` query), so a job
 * run by another process shows as soon as it is written.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded'
  private index = this.fresh()
  private seenUpTo = ''
  private dirty = true
  private syncedAt = 0
  private stableUpTo = ''
  private readonly versions = new Map<string, string>()
  private syncing: Promise<void> | undefined

  constructor(private readonly payload: Payload) {}

  private fresh() {
    return new MiniSearch<Stored & { t: string; b: string }>({
      idField: 'key',
      fields: ['t', 'b'],
      storeFields: ['key', 'unit', 'kind', 'columns', 'year', 'validity', 'issuer', 'publishedAt'],
      // Entries hold jieba's tokens already, space-separated.
      tokenize: (text) => (text ? text.split(' ') : []),
      processTerm: (term) => term || null,
    })
  }

  /** Loads the index ahead of the first search (at start). */
  warm(): Promise<void> {
    return this.sync()
  }

  /** An entry was written in this process (the index job): the next search reads the changes. */
  changed(): void {
    this.dirty = true
  }

  /**
   * Applies entries changed since the last look; concurrent searches share one read. Without a
   * change seen in this process it looks at most every SYNC_MS, for writes by other processes
   * (`npm run search:rebuild`, a separate job runner).
   */
  sync(): Promise<void> {
    if (!this.dirty && this.syncing === undefined && Date.now() - this.syncedAt < SYNC_MS) return Promise.resolve()
    this.syncing ??= (async () => {
      this.dirty = false
      try {
        await this.readChanges()
        this.syncedAt = Date.now()
      } catch (error) {
        this.dirty = true
        throw error
      }
    })().finally(() => (this.syncing = undefined))
    return this.syncing
  }

  private async readChanges(): Promise<void> {
    const startedAt = Date.now()
    let from = this.stableUpTo
    for (;;) {
      const where: Where = from ? { updatedAt: { greater_than_equal: from } } : {}
      const batch = await this.payload.find({ collection: 'search-entries', where, sort: 'updatedAt', limit: BATCH, depth: 0, overrideAccess: true, select: fields })
      const rows = batch.docs as unknown as Row[]
      for (const row of rows) {
        if (this.versions.get(row.key) === row.updatedAt) continue // read again, unchanged
        this.versions.set(row.key, row.updatedAt)
        if (this.index.has(row.key)) this.index.discard(row.key)
        if (row.live) this.index.add({ ...row, t: row.titleTokens ?? '', b: row.bodyTokens ?? '' })
      }
      const last = rows[rows.length - 1]?.updatedAt
      if (last && last > this.seenUpTo) this.seenUpTo = last
      if (rows.length < BATCH || !last || last === from) break
      from = last
    }
    // An entry written in a transaction that commits late carries an earlier time than entries already
    // read: the next look starts a few seconds back until every transaction of that time has ended.
    const settled = new Date(startedAt - OVERLAP_MS).toISOString()
    this.stableUpTo = this.seenUpTo < settled ? this.seenUpTo : settled
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    await this.sync()
    const units = q.units ? new Set(q.units) : undefined
    const filter = (r: Stored) =>
      (!units || units.has(r.unit)) && (!q.kind || r.kind === q.kind) && (!q.year || r.year === q.year) && (!q.validity || r.validity === q.validity) &&
      (!q.issuer || r.issuer === q.issuer) && (!q.column || ` ${r.columns} `.includes(` ${q.column} `))
    const found = this.index.search(q.tokens.join(' '), {
      fields: ['t', 'b'], boost: { t: 4 }, combineWith: 'AND', prefix: false, fuzzy: false, filter: (r) => filter(r as unknown as Stored),
    })
    const ranked = found.map((r) => ({
      key: String(r.id), score: r.score, validity: r.validity as Validity | null, publishedAt: r.publishedAt as string | null,
      titleHits: q.tokens.filter((t) => r.match[t]?.includes('t')).length,
    }))
    ranked.sort(q.sort === 'date' ? compareDate : compareRelevance)
    return { total: ranked.length, hits: ranked.slice(q.offset, q.offset + q.limit).map(({ key, titleHits, score }) => ({ key, titleHits, score })) }
  }
}
