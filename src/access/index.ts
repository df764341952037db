import type { Access, FieldAccess, Where } from 'payload'
import { asRoleUser, contentWriterRoles, idOf, isSuperAdmin, tenantIdsWithRole, type TenantRole } from './roles'

export const superAdminOnly: Access = ({ req }) => isSuperAdmin(asRoleUser(req.user))
export const superAdminField: FieldAccess = ({ req }) => isSuperAdmin(asRoleUser(req.user))
export const loggedIn: Access = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true

/**
 * Content writers (webmaster, editor, hub-editor) of a tenant. For create the target tenant is
 * in `data`; for update and delete the answer is a query, so a document can never be reached
 * through a role the user holds in another tenant.
 */
export function tenantRoleAccess(roles: readonly TenantRole[] = contentWriterRoles): { create: Access; modify: Access } {
  const allowedFor = (user: unknown) => tenantIdsWithRole(asRoleUser(user), roles)
  return {
    create: ({ req, data }) => {
      if (!req.user) return false
      if (isSuperAdmin(asRoleUser(req.user))) return true
      const allowed = allowedFor(req.user)
      const target = idOf(data?.tenant)
      // Without data the admin asks "may this user create at all?"; the tenant is checked again on save.
      if (target === undefined) return allowed.length > 0
      return allowed.some((id) => String(id) === String(target))
    },
    modify: ({ req }) => {
      if (!req.user) return false
      if (isSuperAdmin(asRoleUser(req.user))) return true
      const allowed = allowedFor(req.user)
      return allowed.length > 0 ? ({ tenant: { in: allowed } } satisfies Where) : false
    },
  }
}

/**
 * Access for a tenant's content: anonymous visitors read what matches `publicRead` (published
 * documents by default); signed-in users are narrowed to their tenants by the multi-tenant plugin;
 * writers (webmaster, editor, hub-editor) create and change it.
 */
export function tenantContentAccess({ publicRead = { _status: { equals: 'published' } } }: { publicRead?: Where } = {}) {
  const writers = tenantRoleAccess()
  const read: Access = ({ req }) => (req.user ? true : publicRead)
  return { read, readVersions: loggedIn, create: writers.create, update: writers.modify, delete: writers.modify }
}

/**
 * Super-admins everywhere; others the documents whose `field` names a tenant where they hold one of
 * `roles`; nobody else.
 */
export function byTenantRole(roles: readonly TenantRole[], field = 'tenant'): Access {
  return ({ req }) => {
    const user = asRoleUser(req.user)
    if (!user) return false
    if (isSuperAdmin(user)) return true
    const ids = tenantIdsWithRole(user, roles)
    return ids.length > 0 ? ({ [field]: { in: ids } } satisfies Where) : false
  }
}
