export type TenantKind = 'hub' | 'department' | 'county' | 'enterprise' | 'zone'

/** One publishing unit (单位) of the site group, as loaded by `npm run seed`. */
export interface UnitSeed {
  /** Lowercase ASCII, unique: used in URLs (/sites/<slug>/) and admin lists. */
  slug: string
  name: string
  shortName: string
  kind: TenantKind
  /** Illustrative 9-character organisation code, the prefix of the unit's index numbers. Not a real code. */
  unitCode: string
  /** True: an integrated sub-site of its own; false: publishes only into the hub's catalogue. */
  hasSubSite: boolean
  domains: string[]
  /** 网站标识码, 10 characters; illustrative. */
  siteCode?: string
  icp?: string
  psb?: string
  contact: { address: string; phone: string; email?: string; officeHours?: string }
  sortOrder: number
}
