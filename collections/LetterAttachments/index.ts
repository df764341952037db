import type { CollectionConfig } from 'payload'
import { privateFiles } from '../shared/private-files'

/** Files citizens attach to their letters. Written only by the letter form, through the server. */
export const LetterAttachments: CollectionConfig = {
  slug: 'letter-attachments',
  graphQL: { singularName: 'LetterAttachment', pluralName: 'LetterAttachments' },
  labels: { singular: { zh: '来信附件', en: 'Letter attachment' }, plural: { zh: '来信附件', en: 'Letter attachments' } },
  admin: { useAsTitle: 'filename', hidden: true },
  ...privateFiles({ parent: 'letters', field: 'letter', dir: process.env.LETTER_FILES_DIR || 'data/letter-files' }),
  fields: [
    { name: 'letter', type: 'relationship', relationTo: 'letters', index: true, admin: { readOnly: true }, label: { zh: '来信', en: 'Letter' } },
  ],
}
