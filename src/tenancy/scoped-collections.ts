/**
 * Collections whose documents belong to one tenant. The multi-tenant plugin, the tenant-delete
 * guard and the isolation test matrix all read this list, so a new collection joins all three here.
 */
export const tenantScopedCollections = ['disclosures', 'articles', 'media'] as const

export type TenantScopedCollection = (typeof tenantScopedCollections)[number]
