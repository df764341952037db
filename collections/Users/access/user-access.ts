import type { Access, Where } from 'payload'
import { asRoleUser, isSuperAdmin, tenantIdsWithRole, type RoleUser } from '../../../src/access/roles'
import { managesWholeAccount } from '../../../src/access/user-management'

/** Users a webmaster manages: themselves and the users of the tenants they administer. */
function selfOrManaged(user: RoleUser): Where {
  const managed = tenantIdsWithRole(user, ['webmaster'])
  const self: Where = { id: { equals: user.id } }
  return managed.length > 0 ? { or: [self, { 'tenants.tenant': { in: managed } }] } : self
}

/** Unlocking a locked-out account is for those who manage the whole account. */
const unlock: Access = async ({ req }) => {
  const actor = asRoleUser(req.user)
  if (!actor) return false
  if (isSuperAdmin(actor)) return true
  const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
  if (!email) return false
  const found = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, req, overrideAccess: true })
  const target: RoleUser | undefined = found.docs[0]
  return Boolean(target && managesWholeAccount(actor, target))
}

/** Super-admins: every user; anyone else: themselves and the users of the units they administer. */
const everyoneOrManaged: Access = ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  return isSuperAdmin(user) ? true : selfOrManaged(user)
}

/** Super-admins manage everyone; a webmaster their units' users; everyone else themselves. */
export const userAccess = {
  read: everyoneOrManaged,
  create: ({ req }) => {
    const user = asRoleUser(req.user)
    return Boolean(user && (isSuperAdmin(user) || tenantIdsWithRole(user, ['webmaster']).length > 0))
  },
  update: everyoneOrManaged,
  delete: ({ req }) => {
    const user = asRoleUser(req.user)
    if (!user) return false
    if (isSuperAdmin(user)) return true
    const managed = tenantIdsWithRole(user, ['webmaster'])
    if (managed.length === 0) return false
    const where: Where = { and: [{ 'tenants.tenant': { in: managed } }, { id: { not_equals: user.id } }] }
    return where
  },
  unlock,
} satisfies Record<'read' | 'create' | 'update' | 'delete' | 'unlock', Access>
