import type { Access, Where } from 'payload'
import { asRoleUser, idOf, isSuperAdmin, sameId, tenantIdsWithRole } from '../../../src/access/roles'

/** Custom columns of the units a user administers. */
const ownCustom: Access = ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  const ids = isSuperAdmin(user) ? null : tenantIdsWithRole(user, ['webmaster'])
  const custom: Where = { shared: { equals: false } }
  if (ids === null) return custom
  return ids.length > 0 ? { and: [custom, { tenant: { in: ids } }] } : false
}

/** The tree is public navigation: signed-in users see the shared nodes and their own sites' columns. */
const read: Access = ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user || isSuperAdmin(user)) return true
  const where: Where = { or: [{ shared: { equals: true } }, { tenant: { in: tenantIdsWithRole(user) } }] }
  return where
}

/** A webmaster adds custom columns to their own sites. */
const create: Access = ({ req, data }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isSuperAdmin(user)) return true
  const ids = tenantIdsWithRole(user, ['webmaster'])
  const target = idOf(data?.tenant)
  if (data && data.tenant === null) return false
  return target === undefined ? ids.length > 0 : ids.some((id) => sameId(id, target))
}

export const columnAccess = { read, create, update: ownCustom, delete: ownCustom }
