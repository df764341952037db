import type { Payload, PayloadRequest } from 'payload'
import { idOf, type ID } from '../../../src/access/roles'
import { broadcastPurge, type PurgeMessage } from '../../../src/cluster/bus'
import { beforeResponse } from '../../../src/cluster/settle'
import { changedLists, type ItemState } from '../../../src/site/list-memo'
import { applyPurge as purgeHere } from '../../../src/site/render-cache'
import { hubUnitIds } from '../../../src/tenancy/reads/units'

/**
 * Runs `fn` once the request's transaction has ended (Payload deletes `req.transactionID` on commit
 * and on rollback). Purging only before commit would let a page rendered in between, from the old
 * data, be cached after the purge.
 */
export function afterTransaction(req: PayloadRequest, fn: () => unknown): void {
  const started = Date.now()
  beforeResponse(new Promise<unknown>((resolve) => {
    const poll = () => {
      if (!req.transactionID || Date.now() - started > 60_000) resolve(Promise.resolve().then(fn))
      else setTimeout(poll, 5)
    }
    poll()
  }))
}

type Work = () => Promise<unknown>
// By request object, not in req.context: Payload replaces req.context with a copy on Local API calls.
const pending = new WeakMap<PayloadRequest, Work[]>()

/** Work that must be done after commit and before the pages are purged (e.g. recounting the catalogues). */
export function beforePurge(req: PayloadRequest, work: Work): void {
  const works = pending.get(req) ?? []
  works.push(work)
  pending.set(req, works)
}

async function runBeforePurge(req: PayloadRequest): Promise<void> {
  const works = pending.get(req) ?? []
  pending.delete(req)
  await Promise.all(works.map((work) => work()))
}

/** Purges here at once (and again after commit), and every other server after commit, before the response. */
function purgeEverywhere(req: PayloadRequest, message: PurgeMessage): void {
  purgeHere(message)
  afterTransaction(req, async () => {
    await runBeforePurge(req)
    purgeHere(message)
    return broadcastPurge(message, { warn: (msg) => req.payload.logger.warn(msg) })
  })
}

/** A purge outside any request (a late correction): these units' pages and the hub's, or the hub's alone, on every server; `lists`: the lists it touched. */
export async function purgeUnitsEverywhere(payload: Payload, units: string[] = [], lists?: string[]): Promise<void> {
  const message: PurgeMessage = { units: [...units, ...(await hubUnitIds(payload))].map(String), lists }
  purgeHere(message)
  await broadcastPurge(message, { warn: (msg) => payload.logger.warn(msg) })
}

type Item = { tenant?: ID | { id: ID } | null; unitKind?: string | null; year?: number | null }

/**
 * Content of one unit changed: its site and the hub (which aggregates it) show it. The lists the
 * change touched are those of the item as it was and as it is (`collection` names them; without it,
 * every list is dropped).
 */
export async function purgeUnitPages<T extends Item>({ doc, previousDoc, req, collection }: { doc: T; previousDoc?: T; req: PayloadRequest; collection?: { slug: string } }): Promise<T> {
  if (req.context?.demoSeed) return doc // before the server listens nothing is cached
  const states = [doc, previousDoc].flatMap((d): ItemState[] => {
    const unit = d ? idOf(d.tenant) : undefined
    return d && unit !== undefined ? [{ unit, kind: d.unitKind, year: d.year }] : []
  })
  if (idOf(doc.tenant) === undefined) purgeEverywhere(req, { all: true })
  else await purgeUnitsPages(req, states.map((s) => s.unit), collection ? changedLists(collection.slug, states) : undefined)
  return doc
}

/** Content of several units changed at once (an import's batch): one purge for all of them and the hub, and the lists it touched. */
export async function purgeUnitsPages(req: PayloadRequest, units: ID[], lists?: string[]): Promise<void> {
  if (units.length === 0) return
  purgeEverywhere(req, { units: [...new Set([...units.map(String), ...(await hubUnitIds(req.payload, req))])], lists })
}

/** Units and shared columns: every page may show them. */
export function purgeAllPages({ doc, req }: { doc: unknown; req: PayloadRequest }) {
  purgeEverywhere(req, { all: true })
  return doc
}
