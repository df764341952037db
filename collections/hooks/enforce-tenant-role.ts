import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { contentWriterRoles, hasTenantRole, idOf, type RoleUser, type TenantRole } from '../../src/access/roles'

/**
 * The multi-tenant plugin checks that a user belongs to the document's tenant, not which role
 * they hold there. This closes the gap: a reviewer of a tenant cannot write its content, even when
 * the tenant arrives from the admin's tenant cookie rather than from the request body.
 */
export function enforceTenantRole(roles: readonly TenantRole[] = contentWriterRoles): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    if (!req.user) return data
    const tenant = idOf(data?.tenant ?? originalDoc?.tenant)
    if (!hasTenantRole(req.user as unknown as RoleUser, tenant, roles)) throw new Forbidden(req.t)
    return data
  }
}
