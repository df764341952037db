import path from 'node:path'
import type { Access, CollectionConfig } from 'payload'
import { onLocalDisk } from '../../src/config/storage'
import { missingFileIsNotFound, noSniff } from '../Media/hooks/media-files'
import { letterReadAccess } from '../Letters/access'

const staticDir = path.resolve(process.env.LETTER_FILES_DIR || 'data/letter-files')

// A file is read, and downloaded, by whoever may read its letter; nobody else, never anonymously.
const read: Access = async (args) => {
  const where = await letterReadAccess(args)
  if (typeof where === 'boolean') return where
  const letters = await args.req.payload.find({ collection: 'letters', where, depth: 0, limit: 0, pagination: false, select: {}, overrideAccess: true, req: args.req })
  return { letter: { in: letters.docs.map((d) => d.id) } }
}

/** Files citizens attach to their letters. Written only by the letter form, through the server. */
export const LetterAttachments: CollectionConfig = {
  slug: 'letter-attachments',
  graphQL: { singularName: 'LetterAttachment', pluralName: 'LetterAttachments' },
  labels: { singular: { zh: '来信附件', en: 'Letter attachment' }, plural: { zh: '来信附件', en: 'Letter attachments' } },
  admin: { useAsTitle: 'filename', hidden: true },
  access: { read, create: () => false, update: () => false, delete: () => false },
  upload: { staticDir, handlers: onLocalDisk([missingFileIsNotFound(staticDir)]), modifyResponseHeaders: noSniff },
  fields: [
    { name: 'letter', type: 'relationship', relationTo: 'letters', index: true, admin: { readOnly: true }, label: { zh: '来信', en: 'Letter' } },
  ],
}
