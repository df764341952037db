/**
 * The one canonical URL of an article: on its unit's own site when it has one, otherwise on the
 * hub under /sites/<slug>/. Pure; follows src/disclosure/canonical-url.ts and the public-site routes.
 */
import type { UrlUnit } from '../tenancy/canonical-url'

const firstDomain = (unit: UrlUnit): string | undefined => {
  for (const d of unit.domains ?? []) {
    const domain = typeof d === 'string' ? d : d?.domain
    if (domain) return domain
  }
  return undefined
}

export function canonicalArticleUrl(article: { slug: string }, unit: UrlUnit, hub: UrlUnit): string {
  const own = unit.hasSubSite ? firstDomain(unit) : undefined
  if (own) return `https://${own}/articles/${article.slug}`
  return `https://${firstDomain(hub) ?? 'localhost'}/sites/${unit.slug}/articles/${article.slug}`
}

export interface AdoptedParams {
  column?: string | null
  limit?: string | number | null
  page?: string | number | null
}

export type CheckedAdoptedParams = { ok: true; column?: string; limit: number; page: number } | { ok: false; zh: string; en: string }

const intOf = (raw: unknown, fallback: number, max: number): number | null => {
  if (raw === null || raw === undefined || raw === '') return fallback
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null
}

/** Checks the public adopted list's query: a known hub column, limit 1–100, page 1–1000. */
export function checkAdoptedParams(params: AdoptedParams, columns: readonly string[]): CheckedAdoptedParams {
  const limit = intOf(params.limit, 20, 100)
  const page = intOf(params.page, 1, 1000)
  if (limit === null || page === null) return { ok: false, zh: 'limit 须为 1–100，page 须为 1–1000', en: 'limit must be 1–100 and page 1–1000' }
  const column = params.column || undefined
  if (column !== undefined && !columns.includes(column)) {
    return { ok: false, zh: `未知的主站栏目：${column}（可选 ${columns.join('、')}）`, en: `unknown hub column: ${column} (one of ${columns.join(', ')})` }
  }
  return { ok: true, column, limit, page }
}
