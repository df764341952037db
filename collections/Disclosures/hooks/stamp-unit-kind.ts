import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { idOf } from '../../../src/access/roles'
import type { Tenant } from '../../../src/payload-types'
import { recountAll } from '../../CatalogueCounts/recount'
import { beforePurge } from '../../shared/hooks/purge-public-cache'

/**
 * Copies the unit's kind onto the item (`unitKind`), so the hub's aggregated lists (all items of
 * departments, of counties) read one index instead of joining every item to its unit.
 */
export const stampUnitKind: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const tenantId = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenantId === undefined) return data
  if (originalDoc?.unitKind && idOf(originalDoc.tenant) === tenantId && data.unitKind === undefined) return data
  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, req, select: { kind: true }, disableErrors: true })
  if (tenant) data.unitKind = tenant.kind
  return data
}

/** A unit whose kind changes carries its items' copies along (straight through the adapter: no hooks, no versions). */
export const carryUnitKind: CollectionAfterChangeHook<Tenant> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.kind === doc.kind) return doc
  await req.payload.db.updateMany({ collection: 'disclosures', where: { tenant: { equals: doc.id } }, data: { unitKind: doc.kind }, req })
  beforePurge(req, () => recountAll(req.payload)) // its items now count under the other kind
  return doc
}

/**
 * Fills `unitKind` on items that have none (rows written before the field existed). Writes straight
 * through the adapter: no hooks, no new versions. Cheap when there is nothing to do (one count), so
 * every seed calls it; a migration can call it too. Returns how many items were filled.
 */
export async function backfillUnitKinds(payload: Payload, req?: PayloadRequest): Promise<number> {
  const missing = { unitKind: { exists: false } }
  const { totalDocs } = await payload.db.count({ collection: 'disclosures', where: missing, req })
  if (totalDocs === 0) return 0
  const units = await payload.find({ collection: 'tenants', pagination: false, depth: 0, select: { kind: true }, overrideAccess: true, req })
  for (const unit of units.docs) {
    await payload.db.updateMany({ collection: 'disclosures', where: { and: [{ tenant: { equals: unit.id } }, missing] }, data: { unitKind: unit.kind }, req })
  }
  return totalDocs
}
