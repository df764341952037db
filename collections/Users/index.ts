import { type Access, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionConfig, type Where } from 'payload'
import { superAdminField } from '../../src/access'
import { auditLogin } from '../AuditLog/hooks/login'
import { asRoleUser, checkGrant, isSuperAdmin, tenantIdsWithRole, type RoleUser } from '../../src/access/roles'
import { hubUnitIds } from '../../src/tenancy/reads/units'
import { accountDeleteProblems, accountUpdateProblems, managesWholeAccount, type AccountTarget } from '../../src/access/user-management'
import { ClientError } from '../shared/client-error'
import { passwordResetEmail } from '../MailOutbox/password-reset'


/** Users a webmaster manages: themselves and the users of the tenants they administer. */
function selfOrManaged(user: RoleUser): Where {
  const managed = tenantIdsWithRole(user, ['webmaster'])
  const self: Where = { id: { equals: user.id } }
  return managed.length > 0 ? { or: [self, { 'tenants.tenant': { in: managed } }] } : self
}

const checkRoleGrant: CollectionBeforeChangeHook = async ({ data, originalDoc: stored, req, operation }) => {
  // On create Payload passes {} (or the duplicated document): nothing granted before counts.
  const originalDoc = operation === 'update' ? stored : undefined
  const actor = asRoleUser(req.user)
  if (!actor) return data
  const tenants = data.tenants ?? originalDoc?.tenants
  const wantsHubEditor = (tenants ?? []).some((row: { roles?: string[] }) => row.roles?.includes('hub-editor'))
  const hubId = wantsHubEditor ? (await hubUnitIds(req.payload))[0] : undefined
  const problems = checkGrant(actor, { roles: data.roles ?? originalDoc?.roles, tenants }, originalDoc, hubId)
  if (problems.length > 0) throw ClientError.from(problems.join('；'), 403)
  return data
}

/** A webmaster manages a user's rows in their own units; the account itself only when it is wholly theirs. */
const guardAccountUpdate: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const actor = asRoleUser(req.user)
  if (!actor || operation !== 'update' || !originalDoc) return data
  const problems = accountUpdateProblems(actor, originalDoc as AccountTarget, data)
  if (problems.length > 0) throw ClientError.from(problems.join('；'), 403)
  return data
}

const guardAccountDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const actor = asRoleUser(req.user)
  if (!actor) return
  const target = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  const problems = target ? accountDeleteProblems(actor, target as unknown as RoleUser) : []
  if (problems.length > 0) throw ClientError.from(problems.join('；'), 403)
}

/** Unlocking a locked-out account is for those who manage the whole account. */
const unlock: Access = async ({ req }) => {
  const actor = asRoleUser(req.user)
  if (!actor) return false
  if (isSuperAdmin(actor)) return true
  const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
  if (!email) return false
  const found = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, req, overrideAccess: true })
  const target = found.docs[0] as unknown as RoleUser | undefined
  return Boolean(target && managesWholeAccount(actor, target))
}

export const Users: CollectionConfig = {
  slug: 'users',
  // Stable GraphQL names for integrators.
  graphQL: { singularName: 'User', pluralName: 'Users' },
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: { zh: '站群管理', en: 'Site group' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
    // The reset mail in Chinese, queued in the request's transaction (collections/MailOutbox).
    forgotPassword: passwordResetEmail,
  },
  access: {
    read: ({ req }) => {
      const user = asRoleUser(req.user)
      if (!user) return false
      return isSuperAdmin(user) ? true : selfOrManaged(user)
    },
    create: ({ req }) => {
      const user = asRoleUser(req.user)
      return Boolean(user && (isSuperAdmin(user) || tenantIdsWithRole(user, ['webmaster']).length > 0))
    },
    update: ({ req }) => {
      const user = asRoleUser(req.user)
      if (!user) return false
      return isSuperAdmin(user) ? true : selfOrManaged(user)
    },
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
  },
  hooks: { beforeChange: [guardAccountUpdate, checkRoleGrant], beforeDelete: [guardAccountDelete], afterLogin: [auditLogin] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      access: { create: superAdminField, update: superAdminField },
      admin: { position: 'sidebar', description: { zh: '全站角色；站点角色在下方“站点”中设置', en: 'Group-wide role; per-site roles are set under Sites' } },
      label: { zh: '全站角色', en: 'Group role' },
      options: [{ value: 'super-admin', label: { zh: '全站管理员', en: 'Super-admin' } }],
    },
  ],
}
