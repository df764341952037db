import type { DisplayMode } from '../display/mourning'
import type { ColumnNode, UnitDoc } from './data/site-data'

/** What every page of a site knows: its unit, the hub, the group, its column tree and how to link. */
export interface SiteContext {
  unit: UnitDoc
  hub: UnitDoc
  units: UnitDoc[]
  tree: ColumnNode[]
  /** Prefix of this site's pages: '' on its own host, '/sites/<slug>' otherwise. */
  base: string
  /** True when the request came in on one of the group's real domains. */
  byHost: boolean
  /** 哀悼日置灰 and the visitor's 适老化 mode, with the page's own path for the mode switch's way back. */
  display?: DisplayMode & { path: string }
}

export const href = (site: SiteContext, path: string): string => `${site.base}${path}` || '/'

/** A page of another site in the group: on its own domain when visitors came by domain, else by path. */
export function unitHref(site: SiteContext, unit: UnitDoc, path: string): string {
  if (site.byHost && unit.domains[0]) return `https://${unit.domains[0]}${path}`
  return `/sites/${unit.slug}${path === '/' ? '' : path}`
}
