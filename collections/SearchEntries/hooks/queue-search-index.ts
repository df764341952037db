import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { isPublicLetter } from '../../../src/letters/public-view'
import { idOf } from '../../../src/access/roles'
import type { Column, Letter } from '../../../src/payload-types'
import { liveAfter, liveRowChanged, liveStatusBefore } from '../../AuditLog/record'

const queue = (req: PayloadRequest, collection: string, id: unknown) =>
  req.payload.jobs.queue({ task: 'indexForSearch', input: { collection, id: String(id) }, req })

/**
 * Queues a re-index when the live item changed: published, unpublished, edited while live. A draft
 * saved over a live item changes nothing visitors see and queues nothing. The job is queued in the
 * publishing transaction: no publish, no job. Demo loading is indexed once afterwards instead.
 */
export const queueSearchIndex: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  if (context.demoSeed) return doc
  const live = await liveAfter(req, context, collection.slug, doc.id)
  const before = operation === 'create' ? null : liveStatusBefore(context, collection.slug, doc.id)
  const changed = operation === 'create' || liveRowChanged(context, collection.slug, doc.id, live)
  if (changed && (before === 'published' || live?._status === 'published')) await queue(req, collection.slug, doc.id)
  return doc
}

/** A letter is in the index while it is replied and its writer allows publishing: queued when that starts, changes or ends. */
export const queueLetterIndex: CollectionAfterChangeHook<Letter> = async ({ doc, previousDoc, req, context }) => {
  if (context.demoSeed) return doc
  if (isPublicLetter(doc) || (previousDoc && isPublicLetter(previousDoc))) await queue(req, 'letters', doc.id)
  return doc
}

export const queueSearchRemoval: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queue(req, collection.slug, doc.id)
}

/** A column whose title, key or place changed: its items' entries carry the old path and title. */
export const queueColumnReindex: CollectionAfterChangeHook<Column> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  const moved = String(idOf(doc.parent as never) ?? '') !== String(idOf(previousDoc.parent as never) ?? '')
  if (doc.title !== previousDoc.title || doc.key !== previousDoc.key || moved) await queue(req, 'columns', doc.id)
  return doc
}
