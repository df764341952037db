import type { CollectionConfig } from 'payload'
import { superAdminField } from '../../src/access'
import { auditLogin } from '../AuditLog/hooks/login'
import { passwordResetEmail } from '../MailOutbox/password-reset'
import { userAccess } from './access/user-access'
import { checkRoleGrant } from './hooks/check-role-grant'
import { guardAccountDelete, guardAccountUpdate } from './hooks/guard-account'

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
  access: userAccess,
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
