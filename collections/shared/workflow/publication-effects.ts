import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { idOf, type UnitRef } from '../../../src/access/roles'
import { publicationEventType, webhookTargets, type PublicationEvent } from '../../../src/jobs/publication-event'
import { liveAfter, liveRowChanged, liveStatusBefore } from '../../AuditLog/record'

export async function queueEvent(req: PayloadRequest, event: PublicationEvent): Promise<void> {
  for (const url of webhookTargets(process.env.WEBHOOK_URLS)) {
    await req.payload.jobs.queue({ task: 'notifyWebhook', input: { url, event }, req })
  }
}

type EventSource = { id: unknown; tenant?: UnitRef; title?: unknown; indexNumber?: unknown }

export function eventOf(type: PublicationEvent['type'], collection: string, doc: EventSource): PublicationEvent {
  return {
    type, collection, id: String(doc.id), tenant: String(idOf(doc.tenant) ?? ''),
    title: typeof doc.title === 'string' ? doc.title : undefined, indexNumber: typeof doc.indexNumber === 'string' ? doc.indexNumber : undefined, at: new Date().toISOString(),
  }
}

export const queuePublicationEffects: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  if (webhookTargets(process.env.WEBHOOK_URLS).length === 0) return doc // nobody to tell: skip reading the live row
  const live = await liveAfter(req, context, collection.slug, doc.id)
  const before = operation === 'create' ? null : liveStatusBefore(context, collection.slug, doc.id)
  if (operation === 'update' && !liveRowChanged(context, collection.slug, doc.id, live)) return doc // a draft saved over a live item
  const type = publicationEventType(before, live?._status)
  if (type) await queueEvent(req, eventOf(type, collection.slug, type === 'update' || type === 'publish' ? doc : (live ?? doc)))
  return doc
}

export const queueDeleteEffects: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc._status === 'published') await queueEvent(req, eventOf('delete', collection.slug, doc))
}
