/**
 * Roles of the site group. Pure logic over a plain user shape: no Payload imports.
 *
 * - super-admin (全站管理员): a global role, every tenant.
 * - per tenant (one row per tenant on the user):
 *   webmaster (站点管理员) manages the tenant's content and users;
 *   editor (编辑) writes content; reviewer (审核员) reviews it;
 *   hub-editor (主站编辑) curates the portal: only valid on the hub tenant.
 */
export const globalRoles = ['super-admin'] as const
export type GlobalRole = (typeof globalRoles)[number]

export const tenantRoles = ['webmaster', 'editor', 'reviewer', 'hub-editor'] as const
export type TenantRole = (typeof tenantRoles)[number]

/** Roles allowed to write content of a tenant. */
export const contentWriterRoles: readonly TenantRole[] = ['webmaster', 'editor', 'hub-editor']

export type ID = number | string

export interface TenantRow {
  tenant?: ID | { id: ID } | null
  roles?: readonly string[] | null
  /** The review levels (1–3) a reviewer decides at in this unit; none set: level 1. */
  reviewLevels?: readonly string[] | null
}

export interface RoleUser {
  id: ID
  collection?: string
  roles?: readonly string[] | null
  tenants?: readonly TenantRow[] | null
}

export function idOf(value: ID | { id: ID } | null | undefined): ID | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}

export function sameId(a: ID | undefined, b: ID | undefined): boolean {
  return a !== undefined && b !== undefined && String(a) === String(b)
}

export function isSuperAdmin(user: RoleUser | null | undefined): boolean {
  return Boolean(user?.roles?.includes('super-admin'))
}

/** Tenant IDs where the user holds at least one of `roles` (any role when omitted). */
export function tenantIdsWithRole(user: RoleUser | null | undefined, roles?: readonly TenantRole[]): ID[] {
  const ids: ID[] = []
  for (const row of user?.tenants ?? []) {
    const id = idOf(row.tenant)
    if (id === undefined) continue
    if (!roles || (row.roles ?? []).some((r) => (roles as readonly string[]).includes(r))) ids.push(id)
  }
  return ids
}

export function hasTenantRole(user: RoleUser | null | undefined, tenant: ID | undefined, roles: readonly TenantRole[]): boolean {
  if (isSuperAdmin(user)) return true
  return tenantIdsWithRole(user, roles).some((id) => sameId(id, tenant))
}

/** The review levels `user` decides at in `tenant`: every level for a super-admin, else their row's (level 1 when unset). */
export function reviewLevelsIn(user: RoleUser | null | undefined, tenant: ID | undefined): number[] | undefined {
  if (isSuperAdmin(user)) return undefined
  const rows = (user?.tenants ?? []).filter((row) => sameId(idOf(row.tenant), tenant) && (row.roles ?? []).includes('reviewer'))
  const levels = rows.flatMap((row) => (row.reviewLevels?.length ? row.reviewLevels : ['1']).map(Number))
  return [...new Set(levels)].sort()
}

/**
 * Checks the tenant rows an actor wants to give a user. A webmaster may only grant rows for
 * tenants they administer; only a super-admin grants the global role. Returns problems, bilingual.
 */
export function checkGrant(
  actor: RoleUser,
  requested: { roles?: readonly string[] | null; tenants?: readonly TenantRow[] | null },
  previous?: { roles?: readonly string[] | null; tenants?: readonly TenantRow[] | null } | null,
  hubTenantId?: ID,
): string[] {
  const problems: string[] = []
  for (const row of requested.tenants ?? []) {
    const id = idOf(row.tenant)
    if ((row.roles ?? []).includes('hub-editor') && hubTenantId !== undefined && !sameId(id, hubTenantId)) {
      problems.push('“主站编辑”角色只能授予主站 / the hub-editor role is valid only on the hub tenant')
    }
  }
  if (isSuperAdmin(actor)) return problems

  const wantsSuper = (requested.roles ?? []).includes('super-admin')
  const hadSuper = (previous?.roles ?? []).includes('super-admin')
  if (wantsSuper && !hadSuper) problems.push('只有全站管理员可以授予全站管理员角色 / only a super-admin can grant super-admin')

  const administered = tenantIdsWithRole(actor, ['webmaster'])
  const key = (row: TenantRow) => `${String(idOf(row.tenant))}:${[...(row.roles ?? [])].sort().join(',')}`
  const unchanged = new Set((previous?.tenants ?? []).map(key))
  for (const row of requested.tenants ?? []) {
    if (unchanged.has(key(row))) continue
    if (!administered.some((id) => sameId(id, idOf(row.tenant)))) {
      problems.push('只能为自己管理的站点分配用户 / you can only assign users to tenants you administer')
      break
    }
  }
  if (!previous && (requested.tenants ?? []).length === 0) {
    problems.push('新用户须至少在一个您管理的站点有角色 / a new user needs a role in at least one unit you administer')
  }
  return problems
}

/** The signed-in user (Payload's `req.user`) as the role rules read it; null when anonymous. */
export const asRoleUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

/** A document's unit as stored: its id, or the unit itself when read with depth. */
export type UnitRef = ID | { id: ID } | null | undefined
