import { type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'
import { ClientError } from '../../shared/client-error'
import { unitScopedCollections } from '../../../src/tenancy/scoped-collections'

/**
 * A unit's published record must not vanish with it (the plugin's default would delete every
 * document of the tenant). Deleting a unit that still owns content or users is refused.
 */
export const refuseDeleteWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const slug of [...unitScopedCollections, 'columns']) {
    const { totalDocs } = await req.payload.count({ collection: slug as CollectionSlug, where: { tenant: { equals: id } }, req })
    if (totalDocs > 0) {
      throw ClientError.from(
        `该单位仍有${totalDocs}条内容（${slug}），不能删除 / this unit still owns ${totalDocs} ${slug} documents and cannot be deleted`,
        409,
      )
    }
  }
  const users = await req.payload.count({ collection: 'users', where: { 'tenants.tenant': { equals: id } }, req })
  if (users.totalDocs > 0) {
    throw ClientError.from(
      `该单位仍有${users.totalDocs}个用户，不能删除 / this unit still has ${users.totalDocs} users and cannot be deleted`,
      409,
    )
  }
}
