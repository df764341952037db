import type { CollectionConfig } from 'payload'
import { privateFiles } from '../shared/private-files'

/** Answer documents (答复文书) of disclosure applications: written by the 答复 step, fetched by the applicant with code and password. */
export const RequestDocuments: CollectionConfig = {
  slug: 'request-documents',
  graphQL: { singularName: 'RequestDocument', pluralName: 'RequestDocuments' },
  labels: { singular: { zh: '答复文书', en: 'Answer document' }, plural: { zh: '答复文书', en: 'Answer documents' } },
  admin: { useAsTitle: 'filename', hidden: true },
  ...privateFiles({ parent: 'requests', field: 'request', dir: process.env.REQUEST_FILES_DIR || 'data/request-files' }),
  fields: [
    { name: 'request', type: 'relationship', relationTo: 'requests', index: true, admin: { readOnly: true }, label: { zh: '申请', en: 'Application' } },
  ],
}
