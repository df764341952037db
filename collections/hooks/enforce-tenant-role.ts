import { Forbidden, type CollectionBeforeValidateHook } from 'payload'
import { contentWriterRoles, hasTenantRole, idOf, tenantIdsWithRole, type RoleUser, type TenantRole } from '../../src/access/roles'

/**
 * The multi-tenant plugin checks that a user belongs to the document's tenant, not which role
 * they hold there. This closes the gap: a reviewer of a tenant cannot write its content, even when
 * the tenant arrives from the admin's tenant cookie rather than from the request body. A writer
 * of exactly one tenant who names none (typical of API clients) writes into that tenant.
 */
export function enforceTenantRole(roles: readonly TenantRole[] = contentWriterRoles): CollectionBeforeValidateHook {
  return ({ data, originalDoc, req, context }) => {
    // The review workflow checks its own roles (a reviewer approves without writing content).
    if (!req.user || !data || context.workflowWrite === true) return data
    const user = req.user as unknown as RoleUser
    let tenant = idOf(data.tenant ?? originalDoc?.tenant)
    if (tenant === undefined) {
      const writable = tenantIdsWithRole(user, roles)
      if (writable.length === 1) data.tenant = tenant = writable[0]
      else return data // the required tenant field reports it
    }
    if (!hasTenantRole(user, tenant, roles)) throw new Forbidden(req.t)
    return data
  }
}
