import type { PayloadRequest } from 'payload'
import { isSuperAdmin, tenantIdsWithRole, type RoleUser } from '../../../src/access/roles'

/** The hub's unit id(s): the portal is one tenant, looked up once per process. */
let hubIds: Promise<string[]> | undefined
export function hubTenantIds(req: PayloadRequest): Promise<string[]> {
  hubIds ??= req.payload
    .find({ collection: 'tenants', where: { kind: { equals: 'hub' } }, depth: 0, limit: 5 })
    .then((r) => {
      if (r.docs.length === 0) hubIds = undefined // before the group is seeded: ask again next time
      return r.docs.map((d) => String(d.id))
    })
  hubIds.catch(() => (hubIds = undefined))
  return hubIds
}

/** Super-admins, and hub editors and webmasters of the hub: they decide on submissions. */
export async function isHubStaff(req: PayloadRequest): Promise<boolean> {
  const user = (req.user ?? null) as RoleUser | null
  if (!user) return false
  if (isSuperAdmin(user)) return true
  const hubs = await hubTenantIds(req)
  return tenantIdsWithRole(user, ['hub-editor', 'webmaster']).some((id) => hubs.includes(String(id)))
}
