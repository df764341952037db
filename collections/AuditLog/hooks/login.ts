import type { AfterErrorHook, CollectionAfterLoginHook } from 'payload'
import { tenantIdsWithRole, type ID, type RoleUser } from '../../../src/access/roles'
import { recordAudit } from '../record'

/** The unit a login entry belongs to, so that unit's webmaster sees it: the user's first unit. */
const primaryTenant = (user: RoleUser) => tenantIdsWithRole(user)[0]

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit(req, { actor: { ...user, collection: 'users' }, action: 'login', tenant: primaryTenant(user), collectionSlug: 'users', documentId: user.id, summary: user.email })
}

const failedLoginErrors = new Set(['AuthenticationError', 'LockedAuth'])

/** Wrong passwords and locked accounts, through REST and GraphQL alike. */
export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  const name = error?.name === 'GraphQLError' ? (error as { originalError?: Error }).originalError?.name : error?.name
  if (!name || !failedLoginErrors.has(name) || !req?.payload) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 200) : undefined
  let tenant: ID | undefined
  if (email) {
    const found = await req.payload.find({ collection: 'users', where: { email: { equals: email.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true })
    tenant = found.docs[0] ? primaryTenant(found.docs[0]) : undefined
  }
  await recordAudit(req, {
    action: 'login-failed', tenant, collectionSlug: 'users', userName: email ?? '（未知 / unknown）',
    summary: name === 'LockedAuth' ? '账户已锁定 / account locked' : '密码或账号错误 / wrong email or password',
  }, { ownTransaction: true })
}
