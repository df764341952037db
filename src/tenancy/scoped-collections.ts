/**
 * Collections whose documents belong to one unit. The multi-tenant plugin, the unit-delete
 * guard and the isolation test matrix all read this list, so a new collection joins all three here.
 */
export const unitScopedCollections = ['disclosures', 'articles', 'media'] as const

export type UnitScopedCollection = (typeof unitScopedCollections)[number]
