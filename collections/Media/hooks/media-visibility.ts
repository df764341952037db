import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, Field, PayloadRequest, Where } from 'payload'
import { uploadIdsInRichText } from '../../../src/content/lexical'
import { idOf, type ID, type UnitRef } from '../../../src/access/roles'
import { ClientError } from '../../shared/client-error'

/**
 * A file is public while a published item uses it (as an attachment or in its body); until then,
 * and again once every item using it is unpublished or deleted, only signed-in users of its unit
 * can fetch it. Media's `public` flag is derived here; anonymous reads of media require it.
 */
const usingCollections = ['disclosures', 'articles'] as const

/** The media a body shows, kept beside it so "who uses this file" is one indexed query. */
export const bodyMediaField: Field = {
  name: 'bodyMedia',
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  admin: { hidden: true, readOnly: true },
  access: { create: () => false, update: () => false },
}

const idsOf = (value: unknown): ID[] => (Array.isArray(value) ? value.map((v: UnitRef) => idOf(v)).filter((v): v is ID => v !== undefined) : [])

function mediaOf(doc: Record<string, unknown> | undefined): ID[] {
  if (!doc) return []
  return [...idsOf(doc.attachments), ...idsOf(doc.bodyMedia)]
}

/** Keeps the body's media beside it, and refuses files of another unit (attaching one would publish it). */
export const collectBodyMedia: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if ('body' in data) data.bodyMedia = uploadIdsInRichText(data.body, 'media')
  const ids = [...new Set(mediaOf(data).map(String))]
  const unit = idOf(data.tenant ?? originalDoc?.tenant)
  if (ids.length === 0 || unit === undefined) return data
  const { totalDocs } = await req.payload.count({
    collection: 'media', where: { and: [{ id: { in: ids } }, { tenant: { equals: unit } }] }, overrideAccess: true, req,
  })
  if (totalDocs !== ids.length) throw ClientError.from('附件和正文图片须为本单位的文件 / attachments and body images must be files of the same unit', 400)
  return data
}

async function isUsedByPublished(req: PayloadRequest, id: ID): Promise<boolean> {
  for (const collection of usingCollections) {
    const uses: Where[] = collection === 'disclosures' ? [{ attachments: { equals: id } }, { bodyMedia: { equals: id } }] : [{ bodyMedia: { equals: id } }]
    const { totalDocs } = await req.payload.count({
      collection, where: { and: [{ _status: { equals: 'published' } }, { or: uses }] }, overrideAccess: true, req,
    })
    if (totalDocs > 0) return true
  }
  return false
}

/** Sets each file's `public` flag from the published items that use it now (adapter call: no hooks, same transaction). */
export async function refreshMediaVisibility(req: PayloadRequest, ids: ID[]): Promise<void> {
  for (const id of new Set(ids.map(String))) {
    const visible = await isUsedByPublished(req, id)
    const media = await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req, disableErrors: true, select: { public: true } })
    if (media && Boolean(media.public) !== visible) {
      await req.payload.db.updateOne({ collection: 'media', id: media.id, data: { public: visible }, req, returning: false })
    }
  }
}

export const followMediaUse: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const ids = [...mediaOf(doc), ...mediaOf(previousDoc)]
  if (ids.length > 0) await refreshMediaVisibility(req, ids)
  return doc
}

export const releaseMediaOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ids = mediaOf(doc)
  if (ids.length > 0) await refreshMediaVisibility(req, ids)
  return doc
}

/**
 * For databases made before files followed their items (run by the media_visibility migrations):
 * records each body's media and makes public the files that published items use.
 */
export async function backfillMediaVisibility(req: PayloadRequest): Promise<void> {
  const used: ID[] = []
  for (const collection of usingCollections) {
    // A new database has nothing to backfill. Reading documents goes through today's config, whose
    // later fields have no tables yet at this migration, so only a database with items reads them.
    if ((await req.payload.count({ collection, overrideAccess: true, req })).totalDocs === 0) continue
    const { docs } = await req.payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, req, select: { body: true, _status: true, ...(collection === 'disclosures' ? { attachments: true } : {}) } })
    for (const doc of docs as Record<string, unknown>[]) {
      const bodyMedia = uploadIdsInRichText(doc.body, 'media')
      if (bodyMedia.length) await req.payload.db.updateOne({ collection, id: doc.id as ID, data: { bodyMedia }, req, returning: false })
      if (doc._status === 'published') used.push(...bodyMedia, ...idsOf(doc.attachments))
    }
  }
  await refreshMediaVisibility(req, used)
}
