/** Query parameters of the hub's public reads (adopted items, aggregated catalogue). Pure. */
import { BilingualError } from '../shared/bilingual-error'
import { wholeNumber } from '../shared/params'
import { isAggregatedKind, type AggregatedKind } from '../tenancy/kinds'

export interface AdoptedParams {
  column?: string | null
  limit?: string | number | null
  page?: string | number | null
}

export type CheckedAdoptedParams = { ok: true; column?: string; limit: number; page: number } | { ok: false; zh: string; en: string }

/** Checks the public adopted list's query: a known hub category, limit 1–100, page 1–1000. */
export function checkAdoptedParams(params: AdoptedParams, categories: readonly string[]): CheckedAdoptedParams {
  const limit = wholeNumber(params.limit, { fallback: 20, min: 1, max: 100 })
  const page = wholeNumber(params.page, { fallback: 1, min: 1, max: 1000 })
  if (limit === null || page === null) return { ok: false, zh: 'limit 须为 1–100，page 须为 1–1000', en: 'limit must be 1–100 and page 1–1000' }
  const column = params.column || undefined
  if (column !== undefined && !categories.includes(column)) {
    return { ok: false, zh: `未知的主站栏目：${column}（可选 ${categories.join('、')}）`, en: `unknown hub column: ${column} (one of ${categories.join(', ')})` }
  }
  return { ok: true, column, limit, page }
}

export interface HubCatalogueParams {
  scope: string | null | undefined
  unit?: string | null
  column?: string | null
  year?: number | string | null
  page?: number | string | null
  limit?: number | string | null
}

export interface HubCatalogueQuery {
  scope: AggregatedKind
  unit?: string
  column?: string
  /** 0: every year. */
  year: number
  page: number
  limit: number
}

export class HubCatalogueParamsError extends BilingualError<'scope' | 'number'> {}

/** Checks the aggregated catalogue's query: scope department|county, page, limit 1–100, year. */
export function checkHubCatalogueParams(params: HubCatalogueParams): HubCatalogueQuery {
  const { scope } = params
  if (!isAggregatedKind(scope)) throw new HubCatalogueParamsError('scope', 'scope 须为 department 或 county', 'scope must be department or county')
  const page = wholeNumber(params.page, { fallback: 1, min: 1, max: 100_000 })
  const limit = wholeNumber(params.limit, { fallback: 20, min: 1, max: 100 })
  const year = wholeNumber(params.year, { fallback: 0, min: 1949, max: 9999 })
  if (page === null || limit === null || year === null) throw new HubCatalogueParamsError('number', 'page、limit 或 year 无效', 'page, limit or year is invalid')
  return { scope, unit: params.unit || undefined, column: params.column || undefined, year, page, limit }
}
