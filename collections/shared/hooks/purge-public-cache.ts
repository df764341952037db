import type { PayloadRequest } from 'payload'
import { idOf, type ID } from '../../../src/access/roles'
import { purgeAll, purgeUnits } from '../../../src/site/render-cache'
import { hubUnitIds } from '../../../src/tenancy/reads/units'

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
export async function purgeUnitPages<T extends { tenant?: ID | { id: ID } | null }>({ doc, req }: { doc: T; req: PayloadRequest }): Promise<T> {
  if (req.context?.demoSeed) return doc // before the server listens nothing is cached
  const unit = idOf(doc.tenant)
  const purge = unit === undefined ? purgeAll : ((ids) => () => void purgeUnits(ids))([unit, ...(await hubUnitIds(req.payload, req))])
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
