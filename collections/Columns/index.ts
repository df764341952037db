import { type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionConfig, type RequestContext, type Where } from 'payload'
import { asRoleUser, idOf, isSuperAdmin, sameId, tenantIdsWithRole } from '../../src/access/roles'
import { ClientError } from '../shared/client-error'
import { enforceUnitRole } from '../shared/hooks/enforce-unit-role'
import { purgeAllPages } from '../shared/hooks/purge-public-cache'

const customColumnKey = () => `custom-${Date.now().toString(36)}${Math.floor(Math.random() * 46656).toString(36)}`

/** Shared nodes come from src/disclosure/catalogue.ts; only the catalogue sync may write them. */
const isSync = (context: RequestContext) => context.catalogueSync === true

const guardSharedAndParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  if (isSync(req.context)) return data
  if (originalDoc?.shared) throw ClientError.from('共享栏目由全站统一定义，不能修改 / shared columns are defined group-wide and cannot be changed', 403)
  data.shared = false
  const parentId = idOf(data.parent ?? originalDoc?.parent)
  if (parentId === undefined) throw ClientError.from('自建栏目须挂在允许扩展的栏目下 / a custom column needs a parent that allows custom columns', 400)
  const parent = await req.payload.findByID({ collection: 'columns', id: parentId, depth: 0, req, disableErrors: true })
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  if (tenant === undefined) throw ClientError.from('自建栏目须指定所属单位 / a custom column needs a unit', 400)
  const parentOk = parent && (parent.shared ? parent.allowCustomChildren : sameId(idOf(parent.tenant), tenant))
  if (!parentOk) throw ClientError.from('上级栏目不允许在其下自建栏目 / the parent column does not allow custom columns', 400)
  if (operation === 'create') data.key = customColumnKey()
  data.kind = parent.kind
  return data
}

const guardDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'columns', id, depth: 0, req })
  if (doc.shared && !isSync(req.context)) throw ClientError.from('共享栏目不能删除 / shared columns cannot be deleted', 403)
  const used = await req.payload.count({ collection: 'disclosures', where: { column: { equals: id } }, req })
  if (used.totalDocs > 0) {
    throw ClientError.from(`栏目下仍有${used.totalDocs}条信息，不能删除 / the column still holds ${used.totalDocs} items`, 409)
  }
}

/** Custom columns of the tenants a user administers. */
const ownCustom = ({ req }: { req: { user?: unknown } }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return false
  const ids = isSuperAdmin(user) ? null : tenantIdsWithRole(user, ['webmaster'])
  if (ids === null) return { shared: { equals: false } }
  return ids.length > 0 ? { and: [{ shared: { equals: false } }, { tenant: { in: ids } }] } : false
}

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
  access: {
    // The tree is public navigation. Signed-in users see the shared nodes and their own sites' columns.
    read: ({ req }) => {
      const user = asRoleUser(req.user)
      if (!user || isSuperAdmin(user)) return true
      const where: Where = { or: [{ shared: { equals: true } }, { tenant: { in: tenantIdsWithRole(user) } }] }
      return where
    },
    create: ({ req, data }) => {
      const user = asRoleUser(req.user)
      if (!user) return false
      if (isSuperAdmin(user)) return true
      const ids = tenantIdsWithRole(user, ['webmaster'])
      const target = idOf(data?.tenant)
      if (data && data.tenant === null) return false
      return target === undefined ? ids.length > 0 : ids.some((id) => sameId(id, target))
    },
    update: ownCustom,
    delete: ownCustom,
  },
  hooks: { beforeValidate: [enforceUnitRole(['webmaster'])], beforeChange: [guardSharedAndParent], beforeDelete: [guardDelete], afterChange: [purgeAllPages], afterDelete: [purgeAllPages] },
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
    { name: 'maxAgeDays', type: 'number', min: 1, label: { zh: '更新周期上限（天）', en: 'Max days between updates' } },
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
