import type { Payload, Where } from 'payload'
import { leanFind } from '../../db/lean-find'
import { InvertedIndex } from '../inverted-index'
import { compareDate, compareRelevance, type Ranked } from '../relevance'
import type { Validity } from '../params'
import type { EngineQuery, EngineResult, SearchEngine } from './engine'

type Stored = { key: string; unit: string; kind: string; columns: string; year: number | null; validity: Validity | null; issuer: string | null; publishedAt: string | null }
type Row = Stored & { titleTokens?: string | null; bodyTokens?: string | null; live?: boolean | null; updatedAt: string }

const BATCH = 2000
const OVERLAP_MS = 5_000
const SYNC_MS = 2_000

const fields = ['key', 'unit', 'kind', 'columns', 'year', 'validity', 'issuer', 'publishedAt', 'titleTokens', 'bodyTokens', 'live', 'updatedAt']

/**
 * The embedded engine: an in-process inverted index (BM25, `../inverted-index`) over the stored entries,
 * read through the Local API (lean on the SQL engines), so it works on every database with no extra server. Before each
 * search it reads the entries changed since its last look (an indexed `updatedAt` query), so a job
 * run by another process shows as soon as it is written.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded'
  private index = new InvertedIndex<Stored>()
  private seenUpTo = ''
  private dirty = true
  private syncedAt = 0
  private stableUpTo = ''
  private readonly versions = new Map<string, string>()
  private syncing: Promise<void> | undefined

  constructor(private readonly payload: Payload) {}

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
      // A lean read (db/lean-find): loading 100,000 entries through Payload's find took most of the start.
      const rows = (await leanFind(this.payload, { collection: 'search-entries', where, sort: 'updatedAt', limit: BATCH, fields })) as unknown as Row[]
      for (const row of rows) {
        if (this.versions.get(row.key) === row.updatedAt) continue // read again, unchanged
        this.versions.set(row.key, row.updatedAt)
        if (row.live) {
          const { key, unit, kind, columns, year, validity, issuer, publishedAt } = row
          this.index.add({ key, meta: { key, unit, kind, columns: ` ${columns} `, year, validity, issuer, publishedAt }, title: row.titleTokens ?? '', body: row.bodyTokens ?? '' })
        } else this.index.remove(row.key)
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
    const column = q.column ? ` ${q.column} ` : undefined
    const filter = (r: Stored) =>
      (!units || units.has(r.unit)) && (!q.kind || r.kind === q.kind) && (!q.year || r.year === q.year) && (!q.validity || r.validity === q.validity) &&
      (!q.issuer || r.issuer === q.issuer) && (!column || r.columns.includes(column))
    // Only the best offset + limit are kept in order (a bounded insertion), not every match sorted.
    const compare = q.sort === 'date' ? compareDate : compareRelevance
    const keep = q.offset + q.limit
    const top: (Ranked & { key: string })[] = []
    let total = 0
    this.index.search(q.tokens, filter, ({ key, meta, score, titleHits }) => {
      total++
      const hit = { key, score, titleHits, validity: meta.validity, publishedAt: meta.publishedAt }
      if (top.length === keep && compare(hit, top[keep - 1]) >= 0) return
      let lo = 0
      let hi = top.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (compare(hit, top[mid]) < 0) hi = mid
        else lo = mid + 1
      }
      top.splice(lo, 0, hit)
      if (top.length > keep) top.pop()
    })
    return { total, hits: top.slice(q.offset).map(({ key, titleHits, score }) => ({ key, titleHits, score })) }
  }
}
