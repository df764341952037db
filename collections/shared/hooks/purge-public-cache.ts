import type { PayloadRequest } from 'payload'
import { idOf } from '../../../src/access/roles'
import { purgeAll, purgeUnits } from '../../../src/site/render-cache'
import { hubTenantIds } from '../../HubSubmissions/access/hub-staff'

/**
 * Runs `fn` once the request's transaction has ended (Payload deletes `req.transactionID` on commit
 * and on rollback). Purging only before commit would let a page rendered in between, from the old
 * data, be cached after the purge.
 */
export function afterTransaction(req: PayloadRequest, fn: () => void): void {
  const started = Date.now()
  const poll = () => {
    if (!req.transactionID || Date.now() - started > 60_000) fn()
    else setTimeout(poll, 5)
  }
  poll()
}

/** Content of one unit changed: its site and the hub (which aggregates it) show it. */
export async function purgeUnitPages({ doc, req }: { doc: Record<string, unknown>; req: PayloadRequest }) {
  if (req.context?.demoSeed) return doc // before the server listens nothing is cached
  const unit = idOf(doc.tenant as never)
  const purge = unit === undefined ? purgeAll : ((ids) => () => void purgeUnits(ids))([unit, ...(await hubTenantIds(req))])
  purge()
  afterTransaction(req, purge)
  return doc
}

/** Units and shared columns: every page may show them. */
export function purgeAllPages({ doc, req }: { doc: unknown; req: PayloadRequest }) {
  purgeAll()
  afterTransaction(req, purgeAll)
  return doc
}
