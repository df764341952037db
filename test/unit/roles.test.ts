import { describe, expect, it } from 'vitest'
import { checkGrant, hasTenantRole, isSuperAdmin, tenantIdsWithRole, type RoleUser } from '../../src/access/roles'

const webmasterOfA: RoleUser = { id: 1, tenants: [{ tenant: 10, roles: ['webmaster'] }, { tenant: { id: 20 }, roles: ['reviewer'] }] }
const superAdmin: RoleUser = { id: 2, roles: ['super-admin'] }

describe('roles', () => {
  it('finds tenants by role, with populated or bare tenant references', () => {
    expect(tenantIdsWithRole(webmasterOfA)).toEqual([10, 20])
    expect(tenantIdsWithRole(webmasterOfA, ['webmaster'])).toEqual([10])
    expect(tenantIdsWithRole(webmasterOfA, ['editor'])).toEqual([])
    expect(tenantIdsWithRole(null)).toEqual([])
  })
  it('checks a role in a tenant; IDs compare as strings (SQL numbers, Mongo strings)', () => {
    expect(hasTenantRole(webmasterOfA, '10', ['webmaster'])).toBe(true)
    expect(hasTenantRole(webmasterOfA, 20, ['webmaster', 'editor'])).toBe(false)
    expect(hasTenantRole(superAdmin, 99, ['editor'])).toBe(true)
    expect(isSuperAdmin(webmasterOfA)).toBe(false)
  })
  it('lets a webmaster grant rows only in tenants they administer', () => {
    expect(checkGrant(webmasterOfA, { tenants: [{ tenant: 10, roles: ['editor'] }] })).toEqual([])
    expect(checkGrant(webmasterOfA, { tenants: [{ tenant: 20, roles: ['editor'] }] })).toHaveLength(1)
    expect(checkGrant(webmasterOfA, { tenants: [{ tenant: 30, roles: ['webmaster'] }] })[0]).toMatch(/只能.* \/ you can only/)
  })
  it('keeps unchanged rows of tenants the webmaster does not administer', () => {
    const previous = { tenants: [{ tenant: 10, roles: ['editor'] }, { tenant: 30, roles: ['reviewer'] }] }
    expect(checkGrant(webmasterOfA, { tenants: [{ tenant: 10, roles: ['webmaster'] }, { tenant: 30, roles: ['reviewer'] }] }, previous)).toEqual([])
    expect(checkGrant(webmasterOfA, { tenants: [{ tenant: 10, roles: ['editor'] }, { tenant: 30, roles: ['webmaster'] }] }, previous)).toHaveLength(1)
  })
  it('reserves super-admin for super-admins and hub-editor for the hub', () => {
    expect(checkGrant(webmasterOfA, { roles: ['super-admin'] })[0]).toMatch(/super-admin/)
    expect(checkGrant(superAdmin, { roles: ['super-admin'] })).toEqual([])
    expect(checkGrant(superAdmin, { tenants: [{ tenant: 10, roles: ['hub-editor'] }] }, null, 1)[0]).toMatch(/hub-editor/)
    expect(checkGrant(superAdmin, { tenants: [{ tenant: 1, roles: ['hub-editor'] }] }, null, 1)).toEqual([])
  })
})
