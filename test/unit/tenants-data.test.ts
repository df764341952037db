import { describe, expect, it } from 'vitest'
import type { UnitSeed } from '../../tenants/types'
import { hubSlug, units } from '../../tenants/units'
import { validateUnits } from '../../tenants/validate'

const bySlug = (slug: string): UnitSeed => {
  const unit = units.find((u) => u.slug === slug)
  if (!unit) throw new Error(`no unit ${slug}`)
  return unit
}
const copy = (u: UnitSeed): UnitSeed => ({ ...u, domains: [...u.domains], contact: { ...u.contact } })
const withReplaced = (slug: string, change: (u: UnitSeed) => UnitSeed): UnitSeed[] =>
  units.map((u) => (u.slug === slug ? change(copy(u)) : copy(u)))

describe('the site group as data (tenants/units.ts)', () => {
  it('passes validation', () => {
    expect(validateUnits(units)).toEqual([])
  })

  it('has 103 units: the hub and 43 integrated sub-sites, the rest publishing into the hub', () => {
    expect(units).toHaveLength(103)
    expect(units.filter((u) => u.hasSubSite)).toHaveLength(44)
    expect(units.filter((u) => u.hasSubSite && u.kind !== 'hub')).toHaveLength(43)
    expect(units.filter((u) => !u.hasSubSite)).toHaveLength(59)
    expect(units.filter((u) => u.kind === 'hub').map((u) => u.slug)).toEqual([hubSlug])
    expect(bySlug(hubSlug)).toMatchObject({ name: '郴州市人民政府', shortName: '市政府门户', hasSubSite: true, sortOrder: 0 })
    expect(bySlug(hubSlug).domains).toEqual(['www.czs.gov.cn', 'czs.gov.cn'])
  })

  it('has every kind, and all eleven districts and counties of Chenzhou with their own sites', () => {
    for (const kind of ['department', 'county', 'enterprise', 'zone'] as const) {
      expect(units.some((u) => u.kind === kind), kind).toBe(true)
    }
    const counties = units.filter((u) => u.kind === 'county')
    expect(counties.map((u) => u.shortName).sort()).toEqual(
      ['北湖区', '苏仙区', '桂阳县', '宜章县', '永兴县', '嘉禾县', '临武县', '汝城县', '桂东县', '安仁县', '资兴市'].sort(),
    )
    expect(counties.every((u) => u.hasSubSite)).toBe(true)
  })

  it('orders the hub first, then departments, counties, zones and enterprises', () => {
    const rank = { hub: 0, department: 1, county: 2, zone: 3, enterprise: 4 }
    const ordered = [...units].sort((a, b) => a.sortOrder - b.sortOrder)
    expect(new Set(units.map((u) => u.sortOrder)).size).toBe(units.length)
    ordered.forEach((u, i) => {
      if (i > 0) expect(rank[u.kind], u.slug).toBeGreaterThanOrEqual(rank[ordered[i - 1].kind])
    })
  })

  it('keeps codes and contacts well-formed', () => {
    for (const u of units) {
      expect(u.unitCode, u.slug).toMatch(/^[0-9A-Z]{8}[0-9X]$/)
      expect(u.contact.phone, u.slug).toMatch(/^0735-\d{7}$/)
      expect(u.contact.address, u.slug).toMatch(/^湖南省郴州市/)
      if (u.hasSubSite) {
        expect(u.icp, u.slug).toMatch(/^湘ICP备\d+号$/)
        expect(u.psb, u.slug).toMatch(/^湘公网安备 \d{14}号$/)
      }
    }
  })
})

describe('validateUnits', () => {
  it('catches a duplicate slug', () => {
    const problems = validateUnits(withReplaced('jyj', (u) => ({ ...u, slug: 'fgw' })))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/duplicate slug fgw/)
    expect(problems[0]).toMatch(/标识重复/)
  })

  it('catches a second hub', () => {
    const problems = validateUnits(withReplaced('fgw', (u) => ({ ...u, kind: 'hub' })))
    expect(problems).toEqual([expect.stringMatching(/exactly one hub, found 2 \(portal, fgw\)/)])
  })

  it('catches a missing hub', () => {
    const problems = validateUnits(units.filter((u) => u.kind !== 'hub'))
    expect(problems).toEqual([expect.stringMatching(/exactly one hub, found 0/)])
  })

  it('catches a bad website identifier', () => {
    const problems = validateUnits(withReplaced('fgw', (u) => ({ ...u, siteCode: '431000001' })))
    expect(problems).toEqual([expect.stringMatching(/website identifier must have 10 .*431000001/)])
    expect(validateUnits(withReplaced('fgw', (u) => ({ ...u, siteCode: '4310-00001' })))).toHaveLength(1)
  })

  it('catches duplicate unit codes, website identifiers and domains', () => {
    const hub = bySlug(hubSlug)
    const problems = validateUnits(
      withReplaced('fgw', (u) => ({ ...u, unitCode: hub.unitCode, siteCode: hub.siteCode, domains: ['czs.gov.cn'] })),
    )
    expect(problems).toHaveLength(3)
    expect(problems.join('\n')).toMatch(/duplicate unit code/)
    expect(problems.join('\n')).toMatch(/duplicate website identifier/)
    expect(problems.join('\n')).toMatch(/duplicate domain czs\.gov\.cn/)
  })

  it('catches a bad slug', () => {
    expect(validateUnits(withReplaced('fgw', (u) => ({ ...u, slug: 'FGW' })))).toEqual([expect.stringMatching(/slug must be/)])
    expect(validateUnits(withReplaced('fgw', (u) => ({ ...u, slug: 'f' })))).toHaveLength(1)
  })

  it('requires domains and an identifier exactly for units with a sub-site', () => {
    const bare = validateUnits(withReplaced('fgw', (u) => ({ ...u, domains: [], siteCode: undefined })))
    expect(bare).toHaveLength(2)
    expect(bare.join('\n')).toMatch(/needs at least one domain/)
    expect(bare.join('\n')).toMatch(/needs a website identifier/)
    const extra = validateUnits(withReplaced('kjj', (u) => ({ ...u, domains: ['kjj.czs.gov.cn'], siteCode: '4310000999' })))
    expect(extra).toHaveLength(2)
    expect(extra.join('\n')).toMatch(/without a sub-site has no domains/)
    expect(extra.join('\n')).toMatch(/without a sub-site has no website identifier/)
  })
})
