import type { CollectionConfig } from 'payload'
import { tenantContentAccess } from '../../src/access'
import { hubCatalogueEndpoint } from './endpoints/hub-catalogue'
import { assignIndexNumber, numberOnPublish } from './hooks/assign-index-number'
import { enforceUnitRole } from '../shared/hooks/enforce-unit-role'
import { withReviewWorkflow } from '../shared/workflow/index'
import { validateDisclosureColumn } from './hooks/validate-column'
import { markReportPublished } from '../AnnualReports/publication'
import { stampUnitKind } from './hooks/stamp-unit-kind'
import { recountOnChange, recountOnDelete } from '../CatalogueCounts/hooks'

/** A disclosed item of the government-information catalogue (信息公开条目). */
export const Disclosures: CollectionConfig = withReviewWorkflow({
  slug: 'disclosures',
  graphQL: { singularName: 'Disclosure', pluralName: 'Disclosures' },
  labels: { singular: { zh: '信息公开条目', en: 'Disclosure item' }, plural: { zh: '信息公开条目', en: 'Disclosure items' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'indexNumber', 'column', 'publishedAt', 'validity', '_status'],
    group: { zh: '信息公开', en: 'Disclosure' },
    listSearchableFields: ['title', 'indexNumber', 'documentNumber'],
  },
  defaultSort: '-publishedAt',
  versions: { drafts: true, maxPerDoc: 100 },
  access: tenantContentAccess(),
  // The public lists' queries, newest first: a site's items (all, or of one year) and the hub's
  // aggregated lists of one kind of unit. Each one is an index range read in order, never a sort;
  // createdAt, then id, break ties: on the SQL adapters src/db/list-indexes.ts adds id to each.
  indexes: [
    { fields: ['tenant', '_status', 'publishedAt', 'createdAt'] },
    { fields: ['tenant', '_status', 'year', 'publishedAt', 'createdAt'] },
    { fields: ['unitKind', '_status', 'publishedAt', 'createdAt'] },
    { fields: ['unitKind', '_status', 'year', 'publishedAt', 'createdAt'] },
  ],
  endpoints: [hubCatalogueEndpoint],
  hooks: {
    beforeValidate: [enforceUnitRole()],
    beforeChange: [validateDisclosureColumn, stampUnitKind, assignIndexNumber],
    afterChange: [recountOnChange],
    afterDelete: [recountOnDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { zh: '标题', en: 'Title' } },
    {
      name: 'indexNumber',
      type: 'text',
      index: true,
      label: { zh: '索引号', en: 'Index number' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '首次发布时自动生成，此后不变', en: 'Given on first publication; never changes' } },
    },
    { name: 'column', type: 'relationship', relationTo: 'columns', required: true, index: true, label: { zh: '所属栏目', en: 'Column' } },
    { name: 'issuer', type: 'text', required: true, maxLength: 100, label: { zh: '发布机构', en: 'Issuing organ' } },
    { name: 'documentNumber', type: 'text', maxLength: 60, label: { zh: '文号', en: 'Document number' }, admin: { placeholder: '郴政发〔2010〕12号' } },
    {
      type: 'row',
      fields: [
        { name: 'writtenAt', type: 'date', label: { zh: '成文日期', en: 'Date written' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'publishedAt', type: 'date', index: true, label: { zh: '发布日期', en: 'Published at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'year', type: 'number', index: true, admin: { readOnly: true, position: 'sidebar' }, label: { zh: '年份', en: 'Year' } },
    {
      name: 'unitKind',
      type: 'text',
      // Set from the unit by stampUnitKind on every save; a value sent by a client is overwritten.
      admin: { hidden: true, readOnly: true },
      label: { zh: '单位类型', en: 'Unit kind' },
    },
    { name: 'subjects', type: 'text', hasMany: true, maxRows: 20, label: { zh: '主题词', en: 'Subject terms' } },
    {
      type: 'row',
      fields: [
        {
          name: 'validity',
          type: 'select',
          required: true,
          defaultValue: 'valid',
          index: true,
          label: { zh: '有效性', en: 'Validity' },
          options: [
            { value: 'valid', label: { zh: '有效', en: 'Valid' } },
            { value: 'expired', label: { zh: '失效', en: 'Expired' } },
            { value: 'repealed', label: { zh: '废止', en: 'Repealed' } },
          ],
        },
        { name: 'validFrom', type: 'date', label: { zh: '生效日期', en: 'Valid from' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'validUntil', type: 'date', label: { zh: '失效/废止日期', en: 'Valid until' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'proactive',
      label: { zh: '公开方式', en: 'Disclosure mode' },
      options: [
        { value: 'proactive', label: { zh: '主动公开', en: 'Proactive' } },
        { value: 'on-application', label: { zh: '依申请公开', en: 'On application' } },
      ],
    },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 30, label: { zh: '附件', en: 'Attachments' } },
  ],
}, {
  // The serial is taken as late as the transaction allows (the counter row stays locked until it
  // ends); only the webhooks, which report the number, come after.
  // The report filed as this item is marked published with the number just given.
  lateAfterChange: [numberOnPublish, markReportPublished],
})
