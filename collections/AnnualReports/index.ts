import type { CollectionConfig } from 'payload'
import { reportCreateAccess, reportReadAccess, reportWriteAccess } from './access'
import { annualReportEndpoints } from './endpoints'
import { enteredFields } from './fields'
import { guardSystemFields, prefillAndKeepUnique } from './hooks'

const statusOptions = [
  { value: 'draft', label: { zh: '编辑中', en: 'Draft' } },
  { value: 'submitted', label: { zh: '已提交（待审核发布）', en: 'Submitted (awaiting review and publication)' } },
  { value: 'published', label: { zh: '已发布', en: 'Published' } },
]

/**
 * 政府信息公开工作年度报告: one per unit and year. Staff enter what the platform does not know;
 * POST /api/annual-reports/:id/submit takes the computed figures, runs the template's checks, and
 * files the report as a disclosure item in 政府信息公开年报, which then follows the unit's review rule.
 */
export const AnnualReports: CollectionConfig = {
  slug: 'annual-reports',
  graphQL: { singularName: 'AnnualReport', pluralName: 'AnnualReports' },
  labels: { singular: { zh: '政府信息公开工作年度报告', en: 'Annual disclosure report' }, plural: { zh: '信息公开年报', en: 'Annual reports' } },
  admin: {
    useAsTitle: 'title',
    group: { zh: '信息公开', en: 'Disclosure' },
    defaultColumns: ['title', 'unit', 'year', 'status', 'publishedDay', 'indexNumber'],
    description: {
      zh: '表三、主动公开数量和信箱数据由平台按记录统计（提交时固定）；表二的规章、许可、处罚、收费，表四及文字部分在此录入，新建时按上一年度年报预填。填好后点击右侧“校验并提交”：通过校验即生成信息公开条目，按本单位审核规则送审、发布。',
      en: 'Computed figures are taken on submit; enter the rest here (prefilled from last year).',
    },
  },
  defaultSort: '-year',
  access: { read: reportReadAccess, create: reportCreateAccess, update: reportWriteAccess, delete: reportWriteAccess },
  endpoints: annualReportEndpoints,
  hooks: {
    beforeValidate: [prefillAndKeepUnique],
    beforeChange: [guardSystemFields],
  },
  fields: [
    {
      name: 'handling', type: 'ui', label: { zh: '年报', en: 'Report' },
      admin: { position: 'sidebar', components: { Field: '/collections/AnnualReports/ReportPanel#ReportPanel' } },
    },
    { name: 'title', type: 'text', admin: { readOnly: true }, label: { zh: '标题', en: 'Title' } },
    { name: 'unit', type: 'relationship', relationTo: 'tenants', required: true, index: true, label: { zh: '单位', en: 'Unit' }, admin: { position: 'sidebar' } },
    { name: 'year', type: 'number', required: true, index: true, label: { zh: '年度', en: 'Year' }, admin: { position: 'sidebar', step: 1 } },
    {
      name: 'scope', type: 'select', required: true, defaultValue: 'unit', label: { zh: '统计范围', en: 'Scope' }, admin: { position: 'sidebar' },
      options: [{ value: 'unit', label: { zh: '本机关', en: 'This unit' } }, { value: 'with-departments', label: { zh: '本级人民政府及所属部门（汇总）', en: 'The government with its departments' } }],
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'draft', index: true, options: statusOptions, label: { zh: '状态', en: 'Status' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted at' }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'disclosure', type: 'relationship', relationTo: 'disclosures', index: true, label: { zh: '信息公开条目', en: 'Disclosure item' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'publishedDay', type: 'text', index: true, label: { zh: '发布日期', en: 'Published on' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'indexNumber', type: 'text', label: { zh: '索引号', en: 'Index number' }, admin: { position: 'sidebar', readOnly: true } },
    ...enteredFields,
    { name: 'figures', type: 'json', label: { zh: '平台统计数据（提交时固定）', en: 'Computed figures (taken on submit)' }, admin: { hidden: true } },
    { name: 'traces', type: 'json', label: { zh: '统计依据（每个数字所计的记录）', en: 'Traces' }, admin: { hidden: true } },
  ],
}
