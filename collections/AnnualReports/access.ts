import type { Access, PayloadRequest, Where } from 'payload'
import { asRoleUser, hasTenantRole, idOf, isSuperAdmin, tenantIdsWithRole, type ID } from '../../src/access/roles'
import { isHubStaff } from '../Letters/access'

/**
 * Annual reports before publication belong to their unit: its webmasters, editors and reviewers read
 * them, its webmasters and editors write them; hub staff read every unit's. Visitors see a report
 * only once published, through the public pages (which read published reports themselves).
 */
export const reportReadAccess: Access = async ({ req }) => {
  if (!req.user) return false
  if (await isHubStaff(req)) return true
  const ids = tenantIdsWithRole(asRoleUser(req.user), ['webmaster', 'editor', 'reviewer'])
  return ids.length ? ({ unit: { in: ids } } satisfies Where) : false
}

export const canWrite = (req: PayloadRequest, unit: ID | undefined) => hasTenantRole(asRoleUser(req.user), unit, ['webmaster', 'editor'])

export const reportCreateAccess: Access = ({ req, data }) => {
  if (!req.user) return false
  const unit = idOf((data as { unit?: ID | { id: ID } } | undefined)?.unit)
  // Without data the admin asks "may this user create at all?"; the unit is checked again on save.
  if (unit === undefined) return isSuperAdmin(asRoleUser(req.user)) || tenantIdsWithRole(asRoleUser(req.user), ['webmaster', 'editor']).length > 0
  return canWrite(req, unit)
}

export const reportWriteAccess: Access = ({ req }) => {
  if (!req.user) return false
  if (isSuperAdmin(asRoleUser(req.user))) return true
  const ids = tenantIdsWithRole(asRoleUser(req.user), ['webmaster', 'editor'])
  return ids.length ? ({ unit: { in: ids } } satisfies Where) : false
}
