import { describe, expect, it } from 'vitest'
import { canonicalArticleUrl } from '../../src/tenancy/canonical-url'
import { checkAdoptedParams } from '../../src/syndication/params'

const hub = { slug: 'portal', hasSubSite: true, domains: [{ domain: 'www.czs.gov.cn' }] }

describe('canonical article URL and adopted-list parameters', () => {
  it('links to the unit’s own site, or to its pages on the hub', () => {
    expect(canonicalArticleUrl({ slug: 'a-1' }, { slug: 'fgw', hasSubSite: true, domains: ['fgw.czs.gov.cn'] }, hub)).toBe('https://fgw.czs.gov.cn/articles/a-1')
    expect(canonicalArticleUrl({ slug: 'a-1' }, { slug: 'tj', hasSubSite: false, domains: [{ domain: 'tj.example' }] }, hub)).toBe('https://www.czs.gov.cn/sites/tj/articles/a-1')
    expect(canonicalArticleUrl({ slug: 'a-1' }, { slug: 'tj' }, { slug: 'portal' })).toBe('https://localhost/sites/tj/articles/a-1')
  })
  it('checks column, limit and page', () => {
    const cols = ['headline', 'news']
    expect(checkAdoptedParams({}, cols)).toEqual({ ok: true, column: undefined, limit: 20, page: 1 })
    expect(checkAdoptedParams({ column: 'news', limit: '100', page: 3 }, cols)).toEqual({ ok: true, column: 'news', limit: 100, page: 3 })
    for (const bad of [{ column: 'x' }, { limit: '0' }, { limit: '101' }, { page: 'a' }, { page: '1.5' }]) expect(checkAdoptedParams(bad, cols).ok).toBe(false)
  })
})
