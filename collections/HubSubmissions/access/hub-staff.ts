import type { PayloadRequest } from 'payload'
import { asRoleUser, isSuperAdmin, tenantIdsWithRole } from '../../../src/access/roles'
import { hubUnitIds } from '../../../src/tenancy/reads/units'

/** Super-admins, and hub editors and webmasters of the hub: they decide on submissions. */
export async function isHubStaff(req: PayloadRequest): Promise<boolean> {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isSuperAdmin(user)) return true
  const hubs = await hubUnitIds(req.payload, req)
  return tenantIdsWithRole(user, ['hub-editor', 'webmaster']).some((id) => hubs.includes(String(id)))
}
