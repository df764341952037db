import path from 'node:path'
import type { Access, CollectionConfig, CollectionSlug } from 'payload'
import { onLocalDisk } from '../../src/config/storage'
import { missingFileIsNotFound, noSniff } from '../Media/hooks/media-files'
import { letterReadAccess } from '../Letters/access'

/**
 * Files that belong to one citizen's letter or application: read, and downloaded, by whoever may read
 * that document (its handlers and hub staff); never anonymously. Only the server writes them.
 */
export function privateFiles(o: { parent: 'letters' | 'requests'; field: string; dir: string }): Pick<CollectionConfig, 'access' | 'upload'> {
  const staticDir = path.resolve(o.dir)
  const read: Access = async (args) => {
    const where = await letterReadAccess(args)
    if (typeof where === 'boolean') return where
    const parents = await args.req.payload.find({ collection: o.parent as CollectionSlug, where, depth: 0, limit: 0, pagination: false, select: {}, overrideAccess: true, req: args.req })
    return { [o.field]: { in: parents.docs.map((d) => d.id) } }
  }
  return {
    access: { read, create: () => false, update: () => false, delete: () => false },
    upload: { staticDir, handlers: onLocalDisk([missingFileIsNotFound(staticDir)]), modifyResponseHeaders: noSniff },
  }
}
