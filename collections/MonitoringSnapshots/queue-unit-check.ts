import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { idOf, type UnitRef } from '../../src/access/roles'
import { liveAfter, liveRowChanged, liveStatusBefore } from '../AuditLog/record'

/** Queues a re-check of the unit, unless one is already waiting (a burst of publishes gives one check). */
export async function queueCheck(req: PayloadRequest, tenant: UnitRef): Promise<void> {
  const unit = idOf(tenant)
  if (unit === undefined) return
  const waiting = await req.payload.count({
    collection: 'payload-jobs', overrideAccess: true, req,
    where: { and: [{ taskSlug: { equals: 'monitorUnit' } }, { 'input.unit': { equals: String(unit) } }, { processing: { equals: false } }, { completedAt: { exists: false } }] },
  })
  if (waiting.totalDocs === 0) await req.payload.jobs.queue({ task: 'monitorUnit', input: { unit: String(unit) }, req })
}

/** Queues a re-check of each unit that has none waiting (an import's batch): one read for all of them. */
export async function queueChecks(req: PayloadRequest, units: UnitRef[]): Promise<void> {
  const ids = [...new Set(units.map((u) => idOf(u)).filter((u) => u !== undefined).map(String))]
  if (ids.length === 0) return
  const waiting = await req.payload.find({
    collection: 'payload-jobs', overrideAccess: true, req, pagination: false, limit: 0, depth: 0,
    where: { and: [{ taskSlug: { equals: 'monitorUnit' } }, { processing: { equals: false } }, { completedAt: { exists: false } }] },
  })
  const queued = new Set(waiting.docs.map((job) => String((job.input as { unit?: unknown } | null)?.unit)))
  for (const unit of ids) if (!queued.has(unit)) await req.payload.jobs.queue({ task: 'monitorUnit', input: { unit }, req })
}

/**
 * 发布后复查: when what visitors see changes (publish, unpublish, edit of a live item, delete), the
 * unit's monitoring result is refreshed by a job queued in the same transaction. Demo loading skips it.
 */
export const queueUnitCheck: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  if (context.demoSeed) return doc
  const live = await liveAfter(req, context, collection.slug, doc.id)
  const before = operation === 'create' ? null : liveStatusBefore(context, collection.slug, doc.id)
  const changed = operation === 'create' || liveRowChanged(context, collection.slug, doc.id, live)
  if (changed && (before === 'published' || live?._status === 'published')) await queueCheck(req, doc.tenant)
  return doc
}

export const queueUnitCheckOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc._status === 'published') await queueCheck(req, doc.tenant)
}
