/**
 * One item, one canonical URL: on the source unit's own site when it has one, otherwise on the
 * hub under /sites/<slug>/. The hub links to it and never serves a second copy. Pure.
 */
export interface UrlUnit {
  slug: string
  hasSubSite?: boolean | null
  domains?: ({ domain?: string | null } | string)[] | null
}

const firstDomain = (unit: UrlUnit | null | undefined): string | undefined => {
  for (const d of unit?.domains ?? []) {
    const domain = typeof d === 'string' ? d : d?.domain
    if (domain) return domain
  }
  return undefined
}

/** The canonical URL of `path` (e.g. `/xxgk/7`) on a unit's site; `hub` is absent before the group is loaded. */
export function canonicalUrl(unit: UrlUnit, path: string, hub: UrlUnit | null | undefined): string {
  const own = unit.hasSubSite ? firstDomain(unit) : undefined
  if (own) return `https://${own}${path}`
  return `https://${firstDomain(hub) ?? 'localhost'}/sites/${unit.slug}${path}`
}

export const canonicalDisclosureUrl = (item: { id: number | string }, unit: UrlUnit, hub: UrlUnit | null | undefined): string =>
  canonicalUrl(unit, `/xxgk/${item.id}`, hub)

export const canonicalArticleUrl = (article: { slug: string }, unit: UrlUnit, hub: UrlUnit | null | undefined): string =>
  canonicalUrl(unit, `/articles/${article.slug}`, hub)
