import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import { idOf } from '../../src/access/roles'
import { keysOfItem, uniqueKeys, type CountKey } from '../../src/disclosure/catalogue-counts'
import type { Disclosure } from '../../src/payload-types'
import { beforePurge } from '../shared/hooks/purge-public-cache'
import { liveAfter, liveBefore, liveRowChanged } from '../AuditLog/record'
import { markCounted, markDirty } from '../../src/disclosure/reads/catalogue-counts'
import { purgeCounted, recount } from './recount'

type Item = Partial<Pick<Disclosure, 'tenant' | 'unitKind' | 'year'>> | null | undefined

const keysOf = (item: Item): CountKey[] => {
  const unit = idOf(item?.tenant as never)
  return item ? keysOfItem({ unit: unit === undefined ? null : String(unit), kind: item.unitKind ?? null, year: item.year ?? null }) : []
}

/** A second look after servers that published at the same moment have committed too. */
const settleMs = () => Number(process.env.CATALOGUE_RECOUNT_SETTLE_MS) || 2000

/**
 * Recounts what an item was and is counted under once its transaction has committed, before the pages
 * are purged (so no page is rendered from the new list and the old count). Two servers committing at
 * once may each count before the other's commit: a second recount a moment later corrects that and
 * purges the pages whose number it changed.
 */
// By request object, not in req.context: Payload replaces req.context with a copy on Local API calls.
const pendingKeys = new WeakMap<PayloadRequest, CountKey[]>()

function recountAfterCommit(req: PayloadRequest, before: Item, after: Item): void {
  if (req.context?.demoSeed) return // the seed is counted whole at start-up
  recountKeysAfterCommit(req, uniqueKeys([keysOf(before), keysOf(after)]))
}

/**
 * Recounts run one at a time in this process, and keys asked for while one runs share the next run:
 * it starts after every commit that asked for it, so it sees them all. Under a burst of publishes a
 * unit's and a kind's rows are counted a few times, not once per publish.
 */
let running: Promise<unknown> = Promise.resolve()
let next: { keys: Map<string, CountKey>; run: Promise<CountKey[]> } | undefined

function recountShared(payload: Payload, keys: CountKey[]): Promise<CountKey[]> {
  if (!next) {
    const batch = { keys: new Map<string, CountKey>(), run: Promise.resolve<CountKey[]>([]) }
    batch.run = running.then(() => {
      if (next === batch) next = undefined
      return recount(payload, [...batch.keys.values()])
    })
    running = batch.run.catch(() => undefined)
    next = batch
  }
  for (const k of keys) next.keys.set(k.key, k)
  return next.run
}

function recountKeysAfterCommit(req: PayloadRequest, keys: CountKey[]): void {
  if (keys.length === 0) return
  markDirty(keys)
  // One recount per transaction, however many items it changed (an import's batch).
  const waiting = pendingKeys.get(req)
  if (waiting) return void waiting.push(...keys)
  pendingKeys.set(req, [...keys])
  const { payload } = req
  beforePurge(req, async () => {
    const all = pendingKeys.get(req) ?? []
    pendingKeys.delete(req)
    const unique = uniqueKeys([all])
    await recountShared(payload, unique)
      .catch((err) => payload.logger.error({ err, msg: 'catalogue counts' }))
      .finally(() => markCounted(all))
    setTimeout(() => {
      void recountShared(payload, unique)
        .then((changed) => {
          const mine = new Set(unique.map((k) => k.key))
          const touched = changed.filter((k) => mine.has(k.key))
          return touched.length > 0 ? purgeCounted(payload, touched) : undefined
        })
        .catch((err) => payload.logger.error({ err, msg: 'catalogue counts' }))
    }, settleMs()).unref()
  })
}

/**
 * New published items written past the hooks in this transaction (an import's batch), added to
 * their kept counts in it: one atomic increment per key, so the numbers commit with the items. A
 * key not counted yet is counted after the commit, before the purge.
 */
export async function addToCounts(req: PayloadRequest, items: Item[]): Promise<void> {
  const added = new Map<string, { key: CountKey; n: number }>()
  for (const key of items.flatMap(keysOf)) {
    const entry = added.get(key.key) ?? { key, n: 0 }
    entry.n++
    added.set(key.key, entry)
  }
  const uncounted: CountKey[] = []
  for (const { key, n } of added.values()) {
    const row = await req.payload.db.updateOne({
      collection: 'catalogue-counts', where: { key: { equals: key.key } }, data: { count: { $inc: n } } as never, options: { atomic: true }, req,
    })
    if (!row) uncounted.push(key)
  }
  recountKeysAfterCommit(req, uncounted)
}

/** Counted from the stored rows before and after the save: a draft saved over a live item changes no count. */
export const recountOnChange: CollectionAfterChangeHook<Disclosure> = async ({ collection, doc, operation, req, context }) => {
  if (context.demoSeed) return doc
  const after = await liveAfter(req, context, collection.slug, doc.id)
  if (operation === 'create' || liveRowChanged(context, collection.slug, doc.id, after)) {
    recountAfterCommit(req, operation === 'create' ? null : (liveBefore(context, collection.slug, doc.id) as Item), after as Item)
  }
  return doc
}

export const recountOnDelete: CollectionAfterDeleteHook<Disclosure> = ({ doc, req }) => {
  recountAfterCommit(req, doc, null)
  return doc
}
