/**
 * One item, one canonical URL: on the source unit's own site when it has one, otherwise on the
 * hub under /sites/<slug>/. The hub links to it and never serves a second copy. Pure.
 */
export interface UrlUnit {
  slug: string
  hasSubSite?: boolean | null
  domains?: ({ domain?: string | null } | string)[] | null
}

const firstDomain = (unit: UrlUnit): string | undefined => {
  for (const d of unit.domains ?? []) {
    const domain = typeof d === 'string' ? d : d?.domain
    if (domain) return domain
  }
  return undefined
}

export function canonicalDisclosureUrl(item: { id: number | string }, unit: UrlUnit, hub: UrlUnit): string {
  const own = unit.hasSubSite ? firstDomain(unit) : undefined
  if (own) return `https://${own}/xxgk/${item.id}`
  const hubDomain = firstDomain(hub) ?? 'localhost'
  return `https://${hubDomain}/sites/${unit.slug}/xxgk/${item.id}`
}
