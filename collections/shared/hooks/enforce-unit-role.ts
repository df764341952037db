import { Forbidden, type CollectionBeforeValidateHook } from 'payload'
import { contentWriterRoles, hasTenantRole, idOf, isSuperAdmin, sameId, tenantIdsWithRole, type TenantRole, type UnitRef } from '../../../src/access/roles'
import { ClientError } from '../client-error'

/**
 * The multi-tenant plugin checks that a user belongs to the document's unit (its `tenant` field), not
 * which role they hold there. This closes the gap: a reviewer of a unit cannot write its content,
 * even when the unit arrives from the admin's tenant cookie rather than from the request body. A
 * writer of exactly one unit who names none (typical of API clients) writes into that unit.
 *
 * The unit of a document is set once: moving it to another unit (or to none, which makes a unit's
 * entry group-wide) is refused unless a super-admin does it.
 */
export function enforceUnitRole(roles: readonly TenantRole[] = contentWriterRoles): CollectionBeforeValidateHook {
  return ({ data, originalDoc, req, context, operation }) => {
    if (!req.user || !data) return data
    const user = req.user
    const superAdmin = isSuperAdmin(user)
    if (operation === 'update' && originalDoc && 'tenant' in data && !superAdmin && !sameUnit(data.tenant, originalDoc.tenant)) {
      throw ClientError.from('文档的所属单位不能更改 / the unit of a document cannot be changed', 403)
    }
    // The review workflow checks its own roles (a reviewer approves without writing content).
    if (context.workflowWrite === true || superAdmin) return data
    let unit = idOf(data.tenant ?? originalDoc?.tenant)
    if (unit === undefined) {
      const writable = tenantIdsWithRole(user, roles)
      if (writable.length !== 1) throw ClientError.from('请选择所属单位 / choose the unit the document belongs to', 400)
      data.tenant = unit = writable[0]
    }
    if (!hasTenantRole(user, unit, roles)) throw new Forbidden(req.t)
    return data
  }
}

const sameUnit = (a: UnitRef, b: UnitRef) => {
  const x = idOf(a)
  const y = idOf(b)
  return (x === undefined && y === undefined) || sameId(x, y)
}
