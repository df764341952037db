import { describe, expect, it } from 'vitest'
import { canonicalDisclosureUrl } from '../../src/tenancy/canonical-url'

const hub = { slug: 'portal', hasSubSite: true, domains: [{ domain: 'www.czs.gov.cn' }, { domain: 'czs.gov.cn' }] }

describe('canonical URL of a disclosure item', () => {
  it('lives on the unit’s own site when it has one', () => {
    expect(canonicalDisclosureUrl({ id: 7 }, { slug: 'fgw', hasSubSite: true, domains: [{ domain: 'fgw.czs.gov.cn' }] }, hub)).toBe('https://fgw.czs.gov.cn/xxgk/7')
  })
  it('lives on the hub for units that only publish into its catalogue', () => {
    expect(canonicalDisclosureUrl({ id: 'a1' }, { slug: 'gs', hasSubSite: false, domains: [] }, hub)).toBe('https://www.czs.gov.cn/sites/gs/xxgk/a1')
  })
})
