import type { Payload, PayloadRequest } from 'payload'
import { idOf, type ID } from '../../../src/access/roles'
import { broadcastPurge, type PurgeMessage } from '../../../src/cluster/bus'
import { beforeResponse } from '../../../src/cluster/settle'
import { purgeAll, purgeUnits } from '../../../src/site/render-cache'
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

const purgeHere = (message: PurgeMessage) => ('all' in message ? purgeAll() : void purgeUnits(message.units))

/** Purges here at once (and again after commit), and every other server after commit, before the response. */
function purgeEverywhere(req: PayloadRequest, message: PurgeMessage): void {
  purgeHere(message)
  afterTransaction(req, async () => {
    await runBeforePurge(req)
    purgeHere(message)
    return broadcastPurge(message, { warn: (msg) => req.payload.logger.warn(msg) })
  })
}

/** A purge outside any request (a late correction): these units' pages and the hub's, or the hub's alone, on every server. */
export async function purgeUnitsEverywhere(payload: Payload, units: string[] = []): Promise<void> {
  const message: PurgeMessage = { units: [...units, ...(await hubUnitIds(payload))].map(String) }
  purgeHere(message)
  await broadcastPurge(message, { warn: (msg) => payload.logger.warn(msg) })
}

/** Content of one unit changed: its site and the hub (which aggregates it) show it. */
export async function purgeUnitPages<T extends { tenant?: ID | { id: ID } | null }>({ doc, req }: { doc: T; req: PayloadRequest }): Promise<T> {
  if (req.context?.demoSeed) return doc // before the server listens nothing is cached
  const unit = idOf(doc.tenant)
  purgeEverywhere(req, unit === undefined ? { all: true } : { units: [unit, ...(await hubUnitIds(req.payload, req))].map(String) })
  return doc
}

/** Content of several units changed at once (an import's batch): one purge for all of them and the hub. */
export async function purgeUnitsPages(req: PayloadRequest, units: ID[]): Promise<void> {
  if (units.length === 0) return
  purgeEverywhere(req, { units: [...new Set([...units.map(String), ...(await hubUnitIds(req.payload, req))])] })
}

/** Units and shared columns: every page may show them. */
export function purgeAllPages({ doc, req }: { doc: unknown; req: PayloadRequest }) {
  purgeEverywhere(req, { all: true })
  return doc
}
