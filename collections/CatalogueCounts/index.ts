import type { CollectionConfig } from 'payload'

/**
 * Kept counts of the public catalogues (src/disclosure/catalogue-counts.ts). Never written through the
 * API: recounted after each change of an item commits (collections/CatalogueCounts/recount.ts), and
 * rebuilt whole at start-up. Derived data: a missing row only means the page counts live.
 */
export const CatalogueCounts: CollectionConfig = {
  slug: 'catalogue-counts',
  labels: { singular: { zh: '目录条数', en: 'Catalogue count' }, plural: { zh: '目录条数', en: 'Catalogue counts' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['unit', 'year'] }],
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'unit', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'year', type: 'number' },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
