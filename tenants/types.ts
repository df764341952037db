import type { UnitKind } from '../src/tenancy/kinds'

/** One publishing unit (单位) of the site group, as loaded by `npm run seed`. */
export interface UnitSeed {
  /** Lowercase ASCII, unique: used in URLs (/sites/<slug>/) and admin lists. */
  slug: string
  /** Full Chinese name, e.g. 郴州市发展和改革委员会. */
  name: string
  /** Short name, e.g. 市发改委. */
  shortName: string
  kind: UnitKind
  /** Illustrative 9-character organisation code, the prefix of the unit's index numbers. Not a real code. */
  unitCode: string
  /** True: an integrated sub-site of its own; false: publishes only into the hub's catalogue. */
  hasSubSite: boolean
  /** Opens a 领导信箱 on its site; default: every unit with a sub-site (the hub's 市长信箱 is always open). */
  mailbox?: boolean
  /** Host names the unit's site answers to; empty when it has no sub-site. */
  domains: string[]
  /** 网站标识码, 10 characters; illustrative. Only for units with a site. */
  siteCode?: string
  /** ICP record number (ICP备案号), e.g. 湘ICP备05001234号; illustrative. */
  icp?: string
  /** Public-security record number (公安机关备案号), e.g. 湘公网安备 43100202000123号; illustrative. */
  psb?: string
  contact: { address: string; phone: string; email?: string; officeHours?: string }
  sortOrder: number
}
