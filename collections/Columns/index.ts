import type { CollectionConfig } from 'payload'
import { enforceUnitRole } from '../shared/hooks/enforce-unit-role'
import { purgeAllPages } from '../shared/hooks/purge-public-cache'
import { wholeNumberField } from '../shared/whole-number'
import { queueColumnReindex } from '../SearchEntries/hooks/queue-search-index'
import { columnAccess } from './access/column-access'
import { customColumnKey, guardDelete, guardSharedAndParent } from './hooks/guard-custom-columns'

/**
 * The column tree (栏目). Shared nodes (tenant empty) are the same on every site; a webmaster may add
 * custom columns for their own site under nodes that allow it.
 */
export const Columns: CollectionConfig = {
  slug: 'columns',
  graphQL: { singularName: 'Column', pluralName: 'Columns' },
  labels: { singular: { zh: '栏目', en: 'Column' }, plural: { zh: '栏目', en: 'Columns' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'key', 'kind', 'shared', 'tenant'], group: { zh: '信息公开', en: 'Disclosure' } },
  defaultSort: 'sortOrder',
  access: columnAccess,
  hooks: { beforeValidate: [enforceUnitRole(['webmaster'])], beforeChange: [guardSharedAndParent], beforeDelete: [guardDelete], afterChange: [purgeAllPages, queueColumnReindex], afterDelete: [purgeAllPages] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 60, label: { zh: '栏目名称', en: 'Title' } },
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true }, label: { zh: '栏目标识', en: 'Key' }, defaultValue: () => customColumnKey() },
    { name: 'parent', type: 'relationship', relationTo: 'columns', label: { zh: '上级栏目', en: 'Parent' } },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', index: true, label: { zh: '所属单位（空为共享栏目）', en: 'Unit (empty: shared)' } },
    { name: 'shared', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true }, label: { zh: '全站共享', en: 'Shared' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'disclosure',
      admin: { readOnly: true },
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'disclosure', label: { zh: '信息公开', en: 'Disclosure' } },
        { value: 'news', label: { zh: '动态', en: 'News' } },
        { value: 'notice', label: { zh: '通知公告', en: 'Notice' } },
        { value: 'service', label: { zh: '办事服务', en: 'Service' } },
        { value: 'interaction', label: { zh: '互动交流', en: 'Interaction' } },
      ],
    },
    { name: 'code', type: 'text', admin: { readOnly: true }, label: { zh: '分类代码', en: 'Category code' } },
    wholeNumberField({ name: 'maxAgeDays', min: 1, label: { zh: '更新周期上限（天）', en: 'Max days between updates' } }),
    { name: 'allowCustomChildren', type: 'checkbox', defaultValue: false, admin: { readOnly: true }, label: { zh: '允许子站扩展', en: 'Sites may add columns below' } },
    {
      name: 'scope',
      type: 'select',
      defaultValue: 'all',
      admin: { readOnly: true },
      label: { zh: '适用范围', en: 'Scope' },
      options: [
        { value: 'all', label: { zh: '所有站点', en: 'Every site' } },
        { value: 'hub', label: { zh: '仅主站', en: 'Hub only' } },
      ],
    },
    {
      name: 'aggregates',
      type: 'select',
      admin: { readOnly: true },
      label: { zh: '汇聚单位类型', en: 'Aggregates units of kind' },
      options: [
        { value: 'department', label: { zh: '市直部门', en: 'Departments' } },
        { value: 'county', label: { zh: '县市区', en: 'Counties' } },
      ],
    },
    { name: 'sortOrder', type: 'number', defaultValue: 100, admin: { position: 'sidebar' }, label: { zh: '排序', en: 'Sort order' } },
  ],
}
