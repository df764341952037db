/** Query parameters of the group's search (REST, GraphQL and the /search page share them). Pure. */
import { BilingualError } from '../shared/bilingual-error'
import { wholeNumber } from '../shared/params'

export const searchKinds = ['disclosures', 'articles', 'letters'] as const
export type SearchKind = (typeof searchKinds)[number]
export const validities = ['valid', 'expired', 'repealed'] as const
export type Validity = (typeof validities)[number]
export const searchSorts = ['relevance', 'date'] as const
export type SearchSort = (typeof searchSorts)[number]

/** Longer queries are refused: no visitor types more, and segmentation cost grows with length. */
export const MAX_QUERY_CHARS = 100
export const MAX_SEARCH_PAGE = 100
export const SEARCH_PAGE_SIZE = 10

export interface SearchParams {
  q?: string | null
  site?: string | null
  kind?: string | null
  column?: string | null
  year?: string | number | null
  validity?: string | null
  issuer?: string | null
  sort?: string | null
  page?: string | number | null
  limit?: string | number | null
}

export interface SearchQuery {
  q: string
  /** Unit slug; absent: the whole group. */
  site?: string
  kind?: SearchKind
  /** Column key (a disclosure's column or one of its ancestors). */
  column?: string
  year?: number
  validity?: Validity
  issuer?: string
  sort: SearchSort
  page: number
  limit: number
}

export class SearchParamError extends BilingualError<'bad-search'> {
  readonly status = 400
  constructor(zh: string, en: string) {
    super('bad-search', zh, en)
  }
}

const text = (raw: unknown): string => (typeof raw === 'string' ? raw : raw == null ? '' : String(raw)).normalize('NFKC').trim()

function oneOf<T extends string>(raw: unknown, allowed: readonly T[], name: string): T | undefined {
  const value = text(raw)
  if (!value) return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SearchParamError(`${name} 须为 ${allowed.join('、')} 之一`, `${name} must be one of ${allowed.join(', ')}`)
  }
  return value as T
}

/** Checks a search request; throws SearchParamError (400) on anything a visitor must correct. */
export function checkSearchParams(params: SearchParams): SearchQuery {
  const q = text(params.q).replace(/\s+/g, ' ')
  if (!q) throw new SearchParamError('请输入检索词', 'q (the search words) is required')
  if (q.length > MAX_QUERY_CHARS) throw new SearchParamError(`检索词不能超过${MAX_QUERY_CHARS}个字`, `q must be at most ${MAX_QUERY_CHARS} characters`)
  const site = text(params.site) || undefined
  if (site !== undefined && !/^[a-z][a-z0-9-]{0,40}$/.test(site)) throw new SearchParamError(`未知的站点：${site}`, `unknown site: ${site}`)
  const column = text(params.column) || undefined
  if (column !== undefined && !/^[a-z0-9-]{1,60}$/.test(column)) throw new SearchParamError(`未知的栏目：${column}`, `unknown column: ${column}`)
  const year = wholeNumber(params.year, { min: 1949, max: 2200 })
  if (year === null) throw new SearchParamError('年份须为 1949–2200 的整数', 'year must be a whole number from 1949 to 2200')
  const page = wholeNumber(params.page, { fallback: 1, min: 1, max: MAX_SEARCH_PAGE })
  const limit = wholeNumber(params.limit, { fallback: SEARCH_PAGE_SIZE, min: 1, max: 50 })
  if (page === null || limit === null) throw new SearchParamError(`page 须为 1–${MAX_SEARCH_PAGE}，limit 须为 1–50`, `page must be 1–${MAX_SEARCH_PAGE} and limit 1–50`)
  const issuer = text(params.issuer) || undefined
  if (issuer !== undefined && issuer.length > 100) throw new SearchParamError('发布机构不能超过100个字', 'issuer must be at most 100 characters')
  return {
    q, site, column, year, issuer, page, limit,
    kind: oneOf(params.kind, searchKinds, 'kind'),
    validity: oneOf(params.validity, validities, 'validity'),
    sort: oneOf(params.sort, searchSorts, 'sort') ?? 'relevance',
  }
}

/** An index number as the group writes them: `431010374/2010-00001`, optionally with a category segment. */
const indexNumberPattern = /^[0-9A-Za-z]{6,18}\/\d{4}-[0-9A-Za-z-]{1,24}$/

/** 文号 such as 郴政发〔2010〕12号; brackets written as [], (), （）, 【】 or 〔〕 are the same number. */
const documentNumberPattern = /^[\p{Script=Han}A-Za-z]{1,20}[〔[(（【]\d{4}[〕\])）】]\s*第?\d{1,5}号$/u

export function normalizeDocumentNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').replace(/[[(（【]/g, '〔').replace(/[\])）】]/g, '〕')
}

/** Whether a query is an exact index number or 文号, to look up rather than search. */
export function exactLookup(q: string): { field: 'indexNumber' | 'documentNumber'; value: string } | null {
  const value = q.replace(/\s+/g, '')
  if (indexNumberPattern.test(value)) return { field: 'indexNumber', value }
  if (documentNumberPattern.test(value)) return { field: 'documentNumber', value: normalizeDocumentNumber(value) }
  return null
}
