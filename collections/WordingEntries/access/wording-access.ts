import type { Access, Where } from 'payload'
import { byTenantRole } from '../../../src/access'
import { asRoleUser, idOf, isSuperAdmin, sameId, tenantIdsWithRole } from '../../../src/access/roles'

// Everyone signed in reads the group's entries and their own units' additions.
const read: Access = ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isSuperAdmin(user)) return true
  return { or: [{ tenant: { exists: false } }, { tenant: { in: tenantIdsWithRole(user) } }] } satisfies Where
}

// Super-admins keep the group dictionary; a webmaster keeps the additions of their own units.
const modify = byTenantRole(['webmaster'])

const create: Access = ({ req, data }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isSuperAdmin(user)) return true
  const ids = tenantIdsWithRole(user, ['webmaster'])
  // Without a unit an entry is group-wide: the group's dictionary is the super-admins'.
  if (!data) return ids.length > 0
  const unit = idOf(data.tenant)
  return unit !== undefined && ids.some((id) => sameId(id, unit))
}

export const wordingAccess = { read, create, update: modify, delete: modify }
