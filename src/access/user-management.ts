import { idOf, isSuperAdmin, sameId, tenantIdsWithRole, type ID, type RoleUser, type TenantRow } from './roles'

/**
 * What a webmaster may do to another user's account. Pure logic: no Payload imports.
 *
 * A webmaster manages only what their own units grant: the user's rows in those units. The
 * account itself (password, e-mail, name, deletion) is theirs to change only when every unit the
 * user belongs to is one the webmaster administers; a super-admin's account is never theirs.
 */
export interface AccountTarget extends RoleUser {
  [field: string]: unknown
}

/** Fields Payload keeps on an account that a save carries but nobody edits. */
const bookkeeping = new Set([
  'id', 'tenants', 'roles', 'createdAt', 'updatedAt', 'sessions', 'salt', 'hash', 'loginAttempts', 'lockUntil',
  'resetPasswordToken', 'resetPasswordExpiration', '_verified', '_verificationToken', 'collection', '_strategy',
])

const problem = {
  superAdmin: '全站管理员的账号只能由全站管理员修改或删除 / only a super-admin can change or delete a super-admin account',
  elsewhereAccount: '该用户还属于您不管理的单位：只能调整其在您所管理单位的角色 / this user also belongs to units you do not administer: you may only change their roles in your own units',
  elsewhereRows: '不能更改或移除用户在其他单位的角色 / you cannot change or remove a user’s roles in other units',
  elsewhereDelete: '该用户还属于您不管理的单位，不能删除；可移除其在本单位的角色 / this user also belongs to units you do not administer and cannot be deleted; remove their roles in your units instead',
}

/** The units of `target` that `actor` does not administer as webmaster. */
function unitsOutsideActor(actor: RoleUser, target: RoleUser): ID[] {
  const administered = tenantIdsWithRole(actor, ['webmaster'])
  return tenantIdsWithRole(target).filter((id) => !administered.some((a) => sameId(a, id)))
}

const rowKey = (row: TenantRow) => `${String(idOf(row.tenant))}:${[...(row.roles ?? [])].sort().join(',')}`

const differs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)

/** Problems with `actor` saving `data` over the account `target`; empty when allowed. */
export function accountUpdateProblems(actor: RoleUser, target: AccountTarget, data: Record<string, unknown>): string[] {
  if (isSuperAdmin(actor) || sameId(actor.id, target.id)) return []
  if (isSuperAdmin(target)) return [problem.superAdmin]
  const outside = unitsOutsideActor(actor, target)
  if (outside.length === 0) return []

  const problems: string[] = []
  const changed = Object.keys(data).filter((key) => {
    if (bookkeeping.has(key)) return false
    if (key === 'password') return typeof data.password === 'string' && data.password.length > 0
    if (key === 'email') return String(data.email ?? '').trim().toLowerCase() !== String(target.email ?? '').trim().toLowerCase()
    return differs(data[key], target[key])
  })
  if (changed.length > 0) problems.push(problem.elsewhereAccount)

  if (Array.isArray(data.tenants)) {
    const kept = new Set((data.tenants as TenantRow[]).map(rowKey))
    const theirs = (target.tenants ?? []).filter((row) => outside.some((id) => sameId(id, idOf(row.tenant))))
    if (theirs.some((row) => !kept.has(rowKey(row)))) problems.push(problem.elsewhereRows)
  }
  return problems
}

/** Problems with `actor` deleting the account `target`; empty when allowed. */
export function accountDeleteProblems(actor: RoleUser, target: RoleUser): string[] {
  if (isSuperAdmin(actor)) return []
  if (isSuperAdmin(target)) return [problem.superAdmin]
  return unitsOutsideActor(actor, target).length > 0 ? [problem.elsewhereDelete] : []
}

/** Whether `actor` may act on the whole account (unlock it, reset it): a super-admin, or a webmaster of all its units. */
export function managesWholeAccount(actor: RoleUser, target: RoleUser): boolean {
  if (isSuperAdmin(actor)) return true
  if (isSuperAdmin(target)) return false
  return tenantIdsWithRole(target).length > 0 && unitsOutsideActor(actor, target).length === 0
}
