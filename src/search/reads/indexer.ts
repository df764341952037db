import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'
import { entryKey, liveSource, searchEntryOf, type SearchEntryData } from '../entry'
import { searchKinds, type SearchKind } from '../params'
import { addTerms } from '../segment'

type ColumnRow = { id: number | string; key: string; title: string; parent?: unknown }
export type ColumnPaths = Map<string, { keys: string[]; title: string }>

let terms: Promise<void> | undefined

/**
 * Loads the group's own words into the segmenter once per process: unit names and short names, and
 * catalogue column titles, so 郴州市发展和改革委员会 or 行政事业性收费 stay one word. Indexing and
 * querying both wait for it, so both cut text the same way.
 */
export function ensureGroupTerms(payload: Payload): Promise<void> {
  terms ??= (async () => {
    const [units, columns] = await Promise.all([
      payload.find({ collection: 'tenants', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { name: true, shortName: true } }),
      payload.find({ collection: 'columns', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { title: true } }),
    ])
    addTerms([...units.docs.flatMap((u) => [u.name, u.shortName]), ...columns.docs.map((c) => c.title)].filter((t): t is string => typeof t === 'string'))
  })()
  terms.catch(() => (terms = undefined))
  return terms
}

/** Every column's key path (root first) and title, by id. */
export async function columnPaths(payload: Payload, req?: PayloadRequest): Promise<ColumnPaths> {
  const { docs } = await payload.find({
    collection: 'columns', limit: 0, pagination: false, depth: 0, overrideAccess: true, req, select: { key: true, title: true, parent: true },
  })
  const byId = new Map(docs.map((c) => [String(c.id), c as unknown as ColumnRow]))
  const paths: ColumnPaths = new Map()
  for (const c of byId.values()) {
    const keys: string[] = []
    for (let n: ColumnRow | undefined = c, hops = 0; n && hops < 20; hops++) {
      keys.unshift(n.key)
      const parent = n.parent as { id?: unknown } | number | string | null | undefined
      n = parent == null ? undefined : byId.get(String(typeof parent === 'object' ? parent.id : parent))
    }
    paths.set(String(c.id), { keys, title: c.title })
  }
  return paths
}

const columnIdOf = (doc: { column?: unknown }) => {
  const c = doc.column as { id?: unknown } | number | string | null | undefined
  return c == null ? undefined : String(typeof c === 'object' ? c.id : c)
}

/** The entry of a live item, or null when visitors may not see the item now. */
export function entryOfLive(kind: SearchKind, doc: Record<string, unknown> | null, columns: ColumnPaths): SearchEntryData | null {
  const source = liveSource(kind, doc)
  if (!source) return null
  const id = columnIdOf(doc!)
  return searchEntryOf(kind, source, id ? (columns.get(id) ?? null) : null)
}

/** The documents of a kind visitors may see (what a rebuild reads); liveSource decides each one. */
const liveWhere = (kind: SearchKind): Where =>
  kind === 'letters' ? { and: [{ status: { equals: 'replied' } }, { allowPublish: { equals: true } }] } : { _status: { equals: 'published' } }

/** Writes an item's entry: the live text, or a tombstone (not live, no text) so every engine drops it. */
const listeners = new WeakMap<Payload, () => void>()

/** Lets the engine of this process know when an entry is written here (see EmbeddedEngine.changed). */
export function onEntryWritten(payload: Payload, listener: () => void): void {
  listeners.set(payload, listener)
}

/** Tells this process's engine that entries were written here (after writing several through the adapter). */
export const notifyEntryWritten = (payload: Payload): void => listeners.get(payload)?.()

export async function writeEntry(payload: Payload, kind: SearchKind, id: string, entry: SearchEntryData | null, req?: PayloadRequest): Promise<void> {
  const key = entryKey(kind, id)
  const data = entry ?? { key, kind, sourceId: id, live: false, title: '', body: '', titleTokens: '', bodyTokens: '', indexNumber: null, documentNumber: null }
  const found = await payload.find({ collection: 'search-entries', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req, select: { key: true } })
  if (found.docs[0]) await payload.update({ collection: 'search-entries', id: found.docs[0].id, data, depth: 0, overrideAccess: true, req })
  else if (entry) await payload.create({ collection: 'search-entries', data, depth: 0, overrideAccess: true, req })
  listeners.get(payload)?.()
}

/** Re-reads one item and brings its entry up to date (the `indexForSearch` job). */
export async function reindexItem(payload: Payload, kind: SearchKind, id: string, req?: PayloadRequest): Promise<'indexed' | 'removed'> {
  await ensureGroupTerms(payload)
  const doc = await payload.findByID({ collection: kind, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })
  const entry = entryOfLive(kind, doc as never, await columnPaths(payload, req))
  await writeEntry(payload, kind, id, entry, req)
  return entry ? 'indexed' : 'removed'
}

/** Runs `fn` in one transaction: a rebuild commits once per batch, not once per entry. */
async function inTransaction(payload: Payload, fn: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    await fn(req)
    if (owns) await commitTransaction(req)
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

export const isSearchKind = (value: unknown): value is SearchKind => (searchKinds as readonly unknown[]).includes(value)

/**
 * Every live item filed in a column or below it, written afresh: its column path and title are part of
 * the entry, so a renamed or moved column is found under its new name. Returns how many were written.
 */
export async function reindexColumn(payload: Payload, columnId: string, req?: PayloadRequest): Promise<number> {
  const columns = await columnPaths(payload, req)
  const changed = columns.get(String(columnId))
  if (!changed) return 0
  const prefix = changed.keys.join('/')
  const ids = [...columns].filter(([, p]) => `${p.keys.join('/')}/`.startsWith(`${prefix}/`)).map(([id]) => id)
  let written = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'disclosures', where: { and: [liveWhere('disclosures'), { column: { in: ids } }] }, sort: 'id', page, limit: 200, depth: 0, overrideAccess: true, req })
    for (const doc of batch.docs) {
      await writeEntry(payload, 'disclosures', String(doc.id), entryOfLive('disclosures', doc as never, columns), req)
      written++
    }
    if (!batch.hasNextPage) return written
  }
}

/**
 * Rebuilds the whole index from the published items: every live item written afresh, entries of
 * items no longer live turned into tombstones. `onProgress` is called once per item.
 */
export async function rebuildSearchIndex(payload: Payload, { onTotal, onProgress }: { onTotal?: (n: number) => void; onProgress?: () => void } = {}): Promise<{ indexed: number; removed: number }> {
  await ensureGroupTerms(payload)
  const columns = await columnPaths(payload)
  const totals = await Promise.all(searchKinds.map((kind) => payload.count({ collection: kind, where: liveWhere(kind), overrideAccess: true })))
  onTotal?.(totals.reduce((n, t) => n + t.totalDocs, 0))
  const seen = new Set<string>()
  let indexed = 0
  for (const kind of searchKinds) {
    for (let page = 1; ; page++) {
      const batch = await payload.find({ collection: kind, where: liveWhere(kind), sort: 'id', page, limit: 200, depth: 0, overrideAccess: true })
      await inTransaction(payload, async (req) => {
        for (const doc of batch.docs) {
          await writeEntry(payload, kind, String(doc.id), entryOfLive(kind, doc as never, columns), req)
          seen.add(entryKey(kind, doc.id))
          indexed++
          onProgress?.()
        }
      })
      if (!batch.hasNextPage) break
    }
  }
  // Collected first: tombstoning while paging would shift the pages under the loop.
  const gone: { kind: SearchKind; id: string }[] = []
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'search-entries', where: { live: { equals: true } }, sort: 'id', page, limit: 500, depth: 0, overrideAccess: true, select: { key: true, kind: true, sourceId: true } })
    for (const e of batch.docs) if (!seen.has(e.key) && isSearchKind(e.kind)) gone.push({ kind: e.kind, id: e.sourceId })
    if (!batch.hasNextPage) break
  }
  for (let i = 0; i < gone.length; i += 200) {
    await inTransaction(payload, async (req) => {
      for (const g of gone.slice(i, i + 200)) await writeEntry(payload, g.kind, g.id, null, req)
    })
  }
  const removed = gone.length
  return { indexed, removed }
}
