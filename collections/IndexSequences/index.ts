import type { CollectionConfig } from 'payload'

/**
 * One counter per unit and year for index numbers (索引号). Never written through the API: the
 * publish hook increments it atomically inside the publishing transaction, so a failed publish
 * gives its serial back and a serial is never handed out twice.
 */
export const IndexSequences: CollectionConfig = {
  slug: 'index-sequences',
  labels: { singular: { zh: '索引号序列', en: 'Index-number sequence' }, plural: { zh: '索引号序列', en: 'Index-number sequences' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'unitCode', type: 'text', required: true },
    { name: 'year', type: 'number', required: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
