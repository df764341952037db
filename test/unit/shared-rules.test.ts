import { describe, expect, it } from 'vitest'
import { articleCategoryValues, categoryName, isArticleCategory } from '../../src/content/categories'
import { actionsIn, historyActionLabels } from '../../src/review/state-machine'
import { wholeNumber } from '../../src/shared/params'
import { checkHubCatalogueParams, HubCatalogueParamsError } from '../../src/syndication/params'
import { canonicalUrl } from '../../src/tenancy/canonical-url'
import { aggregatedKinds, hubOf, isAggregatedKind, isUnitKind } from '../../src/tenancy/kinds'

describe('one rule each', () => {
  it('parses whole-number parameters', () => {
    expect(wholeNumber(undefined, { fallback: 1, min: 1, max: 10 })).toBe(1)
    expect(wholeNumber('', { min: 1, max: 10 })).toBeUndefined()
    expect([wholeNumber('7', { min: 1, max: 10 }), wholeNumber('0', { min: 1, max: 10 }), wholeNumber('2.5', { min: 1, max: 10 }), wholeNumber('11', { min: 1, max: 10 })]).toEqual([7, null, null, null])
  })

  it('names the article categories and unit kinds once', () => {
    expect(articleCategoryValues).toEqual(['headline', 'news', 'notice'])
    expect(categoryName('notice')).toBe('通知公告')
    expect([isArticleCategory('news'), isArticleCategory('column')]).toEqual([true, false])
    expect([isUnitKind('zone'), isUnitKind('portal')]).toEqual([true, false])
    expect(aggregatedKinds.every(isUnitKind)).toBe(true)
    expect([isAggregatedKind('county'), isAggregatedKind('hub')]).toEqual([true, false])
    expect(hubOf([{ kind: 'department', slug: 'fgw' }, { kind: 'hub', slug: 'www' }])?.slug).toBe('www')
  })

  it('computes the canonical URL on the unit’s site, else on the hub, else on localhost', () => {
    const hub = { slug: 'www', domains: ['www.czs.gov.cn'] }
    expect(canonicalUrl({ slug: 'fgw', hasSubSite: true, domains: ['fgw.czs.gov.cn'] }, '/xxgk/1', hub)).toBe('https://fgw.czs.gov.cn/xxgk/1')
    expect(canonicalUrl({ slug: 'gs', hasSubSite: false }, '/articles/a', hub)).toBe('https://www.czs.gov.cn/sites/gs/articles/a')
    expect(canonicalUrl({ slug: 'gs' }, '/xxgk/2', undefined)).toBe('https://localhost/sites/gs/xxgk/2')
  })

  it('checks the hub catalogue query', () => {
    expect(checkHubCatalogueParams({ scope: 'county', year: '2010' })).toEqual({ scope: 'county', unit: undefined, column: undefined, year: 2010, page: 1, limit: 20 })
    for (const bad of [{ scope: 'hub' }, { scope: null }, { scope: 'county', limit: '101' }, { scope: 'county', page: '0' }, { scope: 'county', year: 'x' }]) {
      expect(() => checkHubCatalogueParams(bad)).toThrow(HubCatalogueParamsError)
    }
  })

  it('offers the review actions the state machine allows, the step forward first', () => {
    expect(actionsIn('draft')).toEqual(['submit'])
    expect(actionsIn('submitted')).toEqual(['approve', 'return', 'withdraw'])
    expect(actionsIn('published')).toEqual([])
    expect(Object.keys(historyActionLabels)).toEqual(['submit', 'withdraw', 'approve', 'return', 'publish', 'edit'])
  })
})
