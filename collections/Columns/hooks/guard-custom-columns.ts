import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, RequestContext } from 'payload'
import { idOf, sameId } from '../../../src/access/roles'
import { ClientError } from '../../shared/client-error'

export const customColumnKey = () => `custom-${Date.now().toString(36)}${Math.floor(Math.random() * 46656).toString(36)}`

/** Shared nodes come from src/disclosure/catalogue.ts; only the catalogue sync may write them. */
const isSync = (context: RequestContext) => context.catalogueSync === true

export const guardSharedAndParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
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

export const guardDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'columns', id, depth: 0, req })
  if (doc.shared && !isSync(req.context)) throw ClientError.from('共享栏目不能删除 / shared columns cannot be deleted', 403)
  const used = await req.payload.count({ collection: 'disclosures', where: { column: { equals: id } }, req })
  if (used.totalDocs > 0) {
    throw ClientError.from(`栏目下仍有${used.totalDocs}条信息，不能删除 / the column still holds ${used.totalDocs} items`, 409)
  }
}
