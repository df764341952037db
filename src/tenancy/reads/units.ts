import type { Payload, PayloadRequest } from 'payload'
import type { Tenant } from '../../payload-types'
import type { UnitKind } from '../kinds'

/** A unit as the public sites and the hub's reads see it: its directory entry and site identity. */
export interface UnitDoc {
  id: number | string
  slug: string
  kind: UnitKind
  name: string
  shortName: string
  hasSubSite: boolean
  /** Has a 领导信箱 (the hub always has the 市长信箱). */
  mailbox: boolean
  domains: string[]
  siteCode?: string | null
  icp?: string | null
  psb?: string | null
  contact?: Tenant['contact'] | null
  updatedAt?: string
}

export const toUnitDoc = (t: Pick<Tenant, 'id' | 'slug' | 'kind' | 'name' | 'shortName'> & Partial<Tenant>): UnitDoc => ({
  id: t.id,
  slug: t.slug,
  kind: t.kind,
  name: t.name,
  shortName: t.shortName,
  hasSubSite: Boolean(t.hasSubSite),
  mailbox: t.kind === 'hub' || Boolean(t.mailbox),
  domains: (t.domains ?? []).map((d) => d.domain).filter(Boolean),
  siteCode: t.siteCode,
  icp: t.icp,
  psb: t.psb,
  contact: t.contact,
  updatedAt: t.updatedAt,
})

/** The site list: every unit of the group in directory order. The directory is public. */
export async function listUnits(payload: Payload, req?: Partial<PayloadRequest>): Promise<UnitDoc[]> {
  const found = await payload.find({ collection: 'tenants', pagination: false, depth: 0, sort: 'sortOrder', overrideAccess: true, req })
  return found.docs.map(toUnitDoc)
}

/** The hub's record (kind `hub`), or undefined before the group is loaded. */
export async function findHub(payload: Payload, req?: Partial<PayloadRequest>): Promise<UnitDoc | undefined> {
  const found = await payload.find({ collection: 'tenants', where: { kind: { equals: 'hub' } }, limit: 1, depth: 0, overrideAccess: true, req })
  return found.docs[0] ? toUnitDoc(found.docs[0]) : undefined
}

let hubIds: Promise<string[]> | undefined

/**
 * The hub's unit id(s) as strings: the hub is one unit and never changes, so this is asked once per process.
 * `req` joins the caller's transaction: on PostgreSQL, publishes that each hold a pooled connection would
 * otherwise wait for one more to ask this, and a full pool would wait for ever (until its timeout).
 */
export function hubUnitIds(payload: Payload, req?: Partial<PayloadRequest>): Promise<string[]> {
  hubIds ??= payload
    .find({ collection: 'tenants', where: { kind: { equals: 'hub' } }, depth: 0, limit: 5, overrideAccess: true, req })
    .then((r) => {
      if (r.docs.length === 0) hubIds = undefined // before the group is seeded: ask again next time
      return r.docs.map((d) => String(d.id))
    })
  hubIds.catch(() => (hubIds = undefined))
  return hubIds
}
