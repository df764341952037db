import { isArticleCategory, type ArticleCategory } from '../content/categories'
import { wholeNumber } from '../shared/params'
import { aggregatedKinds, hubOf, type AggregatedKind } from '../tenancy/kinds'
import { parseSitemapPart, type SitemapPart } from './sitemap-plan'

/**
 * Which site of the group a request is for, and which page. Pure: no Payload, no express.
 * A host in a unit's `domains` serves that unit; `/sites/<slug>/…` serves it on any host (localhost,
 * previews); any other host serves the hub.
 */
export interface SiteUnit {
  id: number | string
  slug: string
  kind: string
  name: string
  shortName: string
  hasSubSite: boolean
  domains: string[]
}

export interface ResolvedSite<U extends SiteUnit = SiteUnit> {
  unit: U
  /** URL prefix of the site's pages: '' on its own host, '/sites/<slug>' otherwise. */
  base: string
  /** Path inside the site, always starting with '/'. */
  path: string
}

export function normalizeHost(host: string | undefined): string {
  return (host ?? '').trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
}

const domainIndexes = new WeakMap<readonly SiteUnit[], Map<string, SiteUnit>>()

/** The units by their normalized domains, made once per unit directory (every request looks its host up). */
function byDomain<U extends SiteUnit>(units: readonly U[]): Map<string, U> {
  let index = domainIndexes.get(units)
  if (!index) {
    index = new Map()
    for (const u of units) for (const d of u.domains) if (!index.has(normalizeHost(d))) index.set(normalizeHost(d), u)
    domainIndexes.set(units, index)
  }
  return index as Map<string, U>
}

/** Whether the host is one of the units' own domains (links then stay on domains, not /sites/ paths). */
export const isUnitDomain = (units: readonly SiteUnit[], host: string | undefined): boolean => byDomain(units).has(normalizeHost(host))

export function resolveSite<U extends SiteUnit>(host: string | undefined, pathname: string, units: readonly U[]): ResolvedSite<U> | null {
  const hub = hubOf(units)
  const prefixed = /^\/sites\/([a-z][a-z0-9-]{0,40})(\/.*)?$/.exec(pathname)
  if (prefixed) {
    const unit = units.find((u) => u.slug === prefixed[1])
    return unit ? { unit, base: `/sites/${unit.slug}`, path: prefixed[2] || '/' } : null
  }
  const name = normalizeHost(host)
  const unit = byDomain(units).get(name) ?? hub
  return unit ? { unit, base: '', path: pathname || '/' } : null
}

export type Page =
  | { kind: 'home' }
  | { kind: 'articles'; category: ArticleCategory }
  | { kind: 'article'; slug: string }
  | { kind: 'catalogue' }
  | { kind: 'column'; key: string }
  | { kind: 'disclosure'; id: string }
  | { kind: 'unit-catalogue'; scope: AggregatedKind }
  | { kind: 'guide' }
  | { kind: 'lookup' }
  | { kind: 'search' }
  | { kind: 'sitemap-page' }
  | { kind: 'sitemap-xml' }
  | { kind: 'sitemap-part'; part: SitemapPart }
  | { kind: 'robots' }
  | { kind: 'feed'; column?: string; category?: ArticleCategory }
  | { kind: 'preview'; collection: 'articles' | 'disclosures'; id: string }
  | { kind: 'letters' }
  | { kind: 'letter'; code: string }
  | { kind: 'letter-write' }
  | { kind: 'letter-track' }
  | { kind: 'apply-track' }
  | { kind: 'annual-report'; year: number }
  | { kind: 'annual-reports' }

const routes: [RegExp, (m: RegExpExecArray) => Page | null][] = [
  [/^\/$/, () => ({ kind: 'home' })],
  [/^\/news\/([a-z]+)\/?$/, (m) => (isArticleCategory(m[1]) ? { kind: 'articles', category: m[1] } : null)],
  [/^\/news\/([a-z]+)\/feed\.xml$/, (m) => (isArticleCategory(m[1]) ? { kind: 'feed', category: m[1] } : null)],
  [/^\/articles\/([a-z0-9][a-z0-9-]{0,79})$/, (m) => ({ kind: 'article', slug: m[1] })],
  [/^\/xxgk\/?$/, () => ({ kind: 'catalogue' })],
  [/^\/xxgk\/guide$/, () => ({ kind: 'guide' })],
  [/^\/xxgk\/lookup$/, () => ({ kind: 'lookup' })],
  [/^\/xxgk\/apply\/track$/, () => ({ kind: 'apply-track' })],
  [/^\/xxgk\/annual-report\/(\d{4})$/, (m) => ({ kind: 'annual-report', year: Number(m[1]) })],
  [/^\/xxgk\/annual-reports$/, () => ({ kind: 'annual-reports' })],
  [new RegExp(`^/xxgk/units/(${aggregatedKinds.join('|')})$`), (m) => ({ kind: 'unit-catalogue', scope: m[1] as AggregatedKind })],
  [/^\/xxgk\/c\/([a-z0-9-]{1,60})$/, (m) => ({ kind: 'column', key: m[1] })],
  [/^\/xxgk\/c\/([a-z0-9-]{1,60})\/feed\.xml$/, (m) => ({ kind: 'feed', column: m[1] })],
  [/^\/xxgk\/([0-9a-f]{1,24})$/, (m) => ({ kind: 'disclosure', id: m[1] })],
  [/^\/search\/?$/, () => ({ kind: 'search' })],
  [/^\/sitemap$/, () => ({ kind: 'sitemap-page' })],
  [/^\/sitemap\.xml$/, () => ({ kind: 'sitemap-xml' })],
  [/^\/sitemaps\/[a-z0-9-]+\.xml$/, (m) => { const part = parseSitemapPart(m[0]); return part ? { kind: 'sitemap-part', part } : null }],
  [/^\/robots\.txt$/, () => ({ kind: 'robots' })],
  [/^\/feed\.xml$/, () => ({ kind: 'feed' })],
  [/^\/letters\/?$/, () => ({ kind: 'letters' })],
  [/^\/letters\/write$/, () => ({ kind: 'letter-write' })],
  [/^\/letters\/track$/, () => ({ kind: 'letter-track' })],
  [/^\/letters\/(XX\d{8}[2-9A-HJ-NP-Z]{6})$/, (m) => ({ kind: 'letter', code: m[1] })],
  [/^\/preview\/(articles|disclosures)\/([0-9a-f]{1,24})$/, (m) => ({ kind: 'preview', collection: m[1] as 'articles' | 'disclosures', id: m[2] })],
]

export function matchPage(path: string): Page | null {
  for (const [pattern, build] of routes) {
    const m = pattern.exec(path)
    if (m) return build(m)
  }
  return null
}

export const MAX_PAGE = 1000

/** `?page=`: 1 when absent, null when not a whole number from 1 to MAX_PAGE. */
export const pageNumber = (raw: unknown): number | null => wholeNumber(raw, { fallback: 1, min: 1, max: MAX_PAGE })

/** `?year=`: undefined when absent, null when not a year from 1949 to 2200. */
export const yearFilter = (raw: unknown): number | undefined | null => wholeNumber(raw, { min: 1949, max: 2200 })
