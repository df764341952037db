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

export interface ResolvedSite {
  unit: SiteUnit
  /** URL prefix of the site's pages: '' on its own host, '/sites/<slug>' otherwise. */
  base: string
  /** Path inside the site, always starting with '/'. */
  path: string
}

export function normalizeHost(host: string | undefined): string {
  return (host ?? '').trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
}

export function resolveSite(host: string | undefined, pathname: string, units: readonly SiteUnit[]): ResolvedSite | null {
  const hub = units.find((u) => u.kind === 'hub')
  const prefixed = /^\/sites\/([a-z][a-z0-9-]{0,40})(\/.*)?$/.exec(pathname)
  if (prefixed) {
    const unit = units.find((u) => u.slug === prefixed[1])
    return unit ? { unit, base: `/sites/${unit.slug}`, path: prefixed[2] || '/' } : null
  }
  const name = normalizeHost(host)
  const unit = units.find((u) => u.domains.some((d) => normalizeHost(d) === name)) ?? hub
  return unit ? { unit, base: '', path: pathname || '/' } : null
}

export type Page =
  | { kind: 'home' }
  | { kind: 'articles'; category: string }
  | { kind: 'article'; slug: string }
  | { kind: 'catalogue' }
  | { kind: 'column'; key: string }
  | { kind: 'disclosure'; id: string }
  | { kind: 'unit-catalogue'; scope: 'department' | 'county' }
  | { kind: 'guide' }
  | { kind: 'lookup' }
  | { kind: 'sitemap-page' }
  | { kind: 'sitemap-xml' }
  | { kind: 'robots' }
  | { kind: 'feed'; column?: string; category?: string }
  | { kind: 'preview'; collection: 'articles' | 'disclosures'; id: string }

export const articleCategories = {
  headline: '要闻',
  news: '工作动态',
  notice: '通知公告',
} as const

const routes: [RegExp, (m: RegExpExecArray) => Page | null][] = [
  [/^\/$/, () => ({ kind: 'home' })],
  [/^\/news\/([a-z]+)\/?$/, (m) => (m[1] in articleCategories ? { kind: 'articles', category: m[1] } : null)],
  [/^\/news\/([a-z]+)\/feed\.xml$/, (m) => (m[1] in articleCategories ? { kind: 'feed', category: m[1] } : null)],
  [/^\/articles\/([a-z0-9][a-z0-9-]{0,79})$/, (m) => ({ kind: 'article', slug: m[1] })],
  [/^\/xxgk\/?$/, () => ({ kind: 'catalogue' })],
  [/^\/xxgk\/guide$/, () => ({ kind: 'guide' })],
  [/^\/xxgk\/lookup$/, () => ({ kind: 'lookup' })],
  [/^\/xxgk\/units\/(department|county)$/, (m) => ({ kind: 'unit-catalogue', scope: m[1] as 'department' | 'county' })],
  [/^\/xxgk\/c\/([a-z0-9-]{1,60})$/, (m) => ({ kind: 'column', key: m[1] })],
  [/^\/xxgk\/c\/([a-z0-9-]{1,60})\/feed\.xml$/, (m) => ({ kind: 'feed', column: m[1] })],
  [/^\/xxgk\/([0-9a-f]{1,24})$/, (m) => ({ kind: 'disclosure', id: m[1] })],
  [/^\/sitemap$/, () => ({ kind: 'sitemap-page' })],
  [/^\/sitemap\.xml$/, () => ({ kind: 'sitemap-xml' })],
  [/^\/robots\.txt$/, () => ({ kind: 'robots' })],
  [/^\/feed\.xml$/, () => ({ kind: 'feed' })],
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
export function pageNumber(raw: unknown): number | null {
  if (raw === undefined || raw === null || raw === '') return 1
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : null
}

export function yearFilter(raw: unknown): number | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1949 && n <= 2200 ? n : null
}
