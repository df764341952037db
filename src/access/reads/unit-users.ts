import type { PayloadRequest } from 'payload'
import type { User } from '../../payload-types'
import { sameId, tenantIdsWithRole, type ID, type RoleUser, type TenantRole } from '../roles'

/**
 * Users holding one of `roles` on their row of `unit` (a super-admin's group role does not count),
 * with an e-mail address, except `except`: whom a step of a workflow mails.
 */
export async function unitUsersWithRole(req: PayloadRequest, unit: ID | undefined, roles: readonly TenantRole[], except?: string): Promise<User[]> {
  if (unit === undefined) return []
  const found = await req.payload.find({
    collection: 'users', where: { 'tenants.tenant': { equals: unit } }, pagination: false, depth: 0, req, overrideAccess: true,
  })
  const holds = (u: User) => tenantIdsWithRole(u as RoleUser, roles).some((id) => sameId(id, unit))
  return found.docs.filter((u) => String(u.id) !== except && u.email && holds(u))
}
