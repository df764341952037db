import type { PayloadRequest } from 'payload'
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

/** Purges here at once (and again after commit), and every other server after commit, before the response. */
function purgeEverywhere(req: PayloadRequest, message: PurgeMessage): void {
  const local = () => ('all' in message ? purgeAll() : void purgeUnits(message.units))
  local()
  afterTransaction(req, () => {
    local()
    return broadcastPurge(message, { warn: (msg) => req.payload.logger.warn(msg) })
  })
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
