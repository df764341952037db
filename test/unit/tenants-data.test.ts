import { describe, expect, it } from 'vitest'
import { hubSlug, units } from '../../tenants/units'

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)

describe('the site group as data (tenants/units.ts)', () => {
  it('has 103 units: the hub and 43 integrated sub-sites, the rest publishing into the hub', () => {
    expect(units).toHaveLength(103)
    expect(units.filter((u) => u.hasSubSite)).toHaveLength(44)
    expect(units.filter((u) => u.kind === 'hub').map((u) => u.slug)).toEqual([hubSlug])
    for (const kind of ['department', 'county', 'enterprise', 'zone'] as const) expect(units.some((u) => u.kind === kind)).toBe(true)
  })
  it('keeps slugs, unit codes, site codes and domains unique and well-formed', () => {
    expect(duplicates(units.map((u) => u.slug))).toEqual([])
    expect(duplicates(units.map((u) => u.unitCode))).toEqual([])
    expect(duplicates(units.flatMap((u) => (u.siteCode ? [u.siteCode] : [])))).toEqual([])
    expect(duplicates(units.flatMap((u) => u.domains))).toEqual([])
    for (const u of units) {
      expect(u.slug).toMatch(/^[a-z][a-z0-9-]{1,30}$/)
      expect(u.unitCode).toMatch(/^[0-9A-Z]{9}$/)
      expect(u.contact.phone).toMatch(/^0735-\d{7}$/)
    }
  })
  it('gives every sub-site a domain, a website identifier and record numbers, and no other unit any', () => {
    for (const u of units) {
      if (u.hasSubSite) {
        expect(u.domains.length, u.slug).toBeGreaterThan(0)
        expect(u.siteCode, u.slug).toMatch(/^\d{10}$/)
        expect(u.icp, u.slug).toMatch(/^湘ICP备\d+号$/)
        expect(u.psb, u.slug).toMatch(/^湘公网安备 \d+号$/)
      } else {
        expect(u.domains, u.slug).toEqual([])
        expect(u.siteCode, u.slug).toBeUndefined()
      }
    }
  })
})
