import { type CollectionBeforeChangeHook } from 'payload'
import { idOf, sameId } from '../../../src/access/roles'
import { isFileableNode } from '../../../src/disclosure/catalogue'
import { ClientError } from '../../shared/client-error'

/**
 * An item is filed under a disclosure column of the shared catalogue, or under a custom column of
 * its own unit; never under another unit's column or a hub aggregate (those fill themselves).
 */
export const validateDisclosureColumn: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const columnId = idOf(data.column ?? originalDoc?.column)
  if (columnId === undefined) return data
  const column = await req.payload.findByID({ collection: 'columns', id: columnId, depth: 0, req, disableErrors: true })
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  const ownOrShared = column && (column.shared || sameId(idOf(column.tenant), tenant))
  if (!column || !ownOrShared || !isFileableNode(column)) {
    throw ClientError.from('所选栏目不能发布信息公开条目 / items cannot be filed under the chosen column', 400)
  }
  return data
}
