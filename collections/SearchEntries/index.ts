import type { CollectionConfig } from 'payload'
import { asRoleUser, isSuperAdmin } from '../../src/access/roles'
import { searchKinds, validities } from '../../src/search/params'

const superAdminOnly = ({ req }: { req: { user?: unknown } }) => isSuperAdmin(asRoleUser(req.user))

/**
 * The group's search index (统一检索): one entry per published item, kept by the `indexForSearch` job
 * and rebuilt by `npm run search:rebuild`. Nobody writes it over HTTP; visitors read it through
 * /search, /api/search and the GraphQL `Search` query, which show live entries only.
 */
export const SearchEntries: CollectionConfig = {
  slug: 'search-entries',
  labels: { singular: { zh: '检索索引条目', en: 'Search entry' }, plural: { zh: '检索索引', en: 'Search index' } },
  admin: {
    useAsTitle: 'title',
    group: { zh: '站群管理', en: 'Site group' },
    defaultColumns: ['title', 'kind', 'unit', 'publishedAt', 'live'],
    description: { zh: '由发布自动维护；重建请运行 npm run search:rebuild', en: 'Kept by publishing; rebuild with npm run search:rebuild' },
  },
  graphQL: false,
  access: { read: superAdminOnly, create: () => false, update: () => false, delete: () => false },
  timestamps: true,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { zh: '键', en: 'Key' } },
    { name: 'kind', type: 'select', required: true, index: true, options: searchKinds.map((k) => ({ value: k, label: k })), label: { zh: '类型', en: 'Kind' } },
    { name: 'sourceId', type: 'text', required: true, label: { zh: '原文ID', en: 'Source ID' } },
    { name: 'unit', type: 'text', index: true, label: { zh: '单位ID', en: 'Unit ID' } },
    { name: 'columns', type: 'text', label: { zh: '栏目路径', en: 'Column path' } },
    { name: 'columnTitle', type: 'text', label: { zh: '栏目', en: 'Column' } },
    { name: 'category', type: 'text', label: { zh: '分类', en: 'Category' } },
    { name: 'year', type: 'number', index: true, label: { zh: '年份', en: 'Year' } },
    { name: 'validity', type: 'select', options: validities.map((v) => ({ value: v, label: v })), label: { zh: '有效性', en: 'Validity' } },
    { name: 'issuer', type: 'text', index: true, label: { zh: '发布机构', en: 'Issuing organ' } },
    { name: 'indexNumber', type: 'text', index: true, label: { zh: '索引号', en: 'Index number' } },
    { name: 'documentNumber', type: 'text', index: true, label: { zh: '文号', en: 'Document number' } },
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    { name: 'body', type: 'textarea', label: { zh: '正文', en: 'Body' } },
    { name: 'titleTokens', type: 'textarea', label: { zh: '标题分词', en: 'Title tokens' } },
    { name: 'bodyTokens', type: 'textarea', label: { zh: '正文分词', en: 'Body tokens' } },
    { name: 'publishedAt', type: 'date', index: true, label: { zh: '发布日期', en: 'Published at' } },
    { name: 'slug', type: 'text', label: { zh: '网址标识', en: 'Slug' } },
    { name: 'live', type: 'checkbox', index: true, defaultValue: true, label: { zh: '已发布', en: 'Live' } },
  ],
}
