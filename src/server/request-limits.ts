import type { RequestHandler } from 'express'
import { sendError } from './errors'

/**
 * Bounds on what one request may ask for, so that no single request holds the event loop or the
 * database for more than a moment. Each can be set by an environment variable (README, "Request limits").
 */
export interface RequestLimits {
  /** Largest `limit` of a REST list (MAX_LIST_LIMIT). */
  maxListLimit: number
  /** Largest `page` (MAX_LIST_PAGE). */
  maxPage: number
  /** Largest `depth` (Payload's `maxDepth`). */
  maxDepth: number
  /** Most conditions in one `where` clause, all levels together (MAX_WHERE_CONDITIONS). */
  maxWhereConditions: number
  /** One GraphQL document: tokens, aliases, selection depth, selections, directives (GRAPHQL_MAX_*), argument nesting. */
  graphql: { maxTokens: number; maxAliases: number; maxDepth: number; maxFields: number; maxDirectives: number; maxValueDepth: number }
}

const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isSafeInteger(value) && value > 0 ? value : fallback
}

export function requestLimitsFromEnv(maxDepth: number): RequestLimits {
  return {
    // The admin's own relationship cells ask for 250 at a time (Payload UI); below that they show 无标题.
    maxListLimit: envInt('MAX_LIST_LIMIT', 250),
    maxPage: envInt('MAX_LIST_PAGE', 100_000),
    maxDepth,
    maxWhereConditions: envInt('MAX_WHERE_CONDITIONS', 50),
    graphql: {
      maxTokens: envInt('GRAPHQL_MAX_TOKENS', 5_000),
      maxAliases: envInt('GRAPHQL_MAX_ALIASES', 30),
      maxDepth: envInt('GRAPHQL_MAX_DEPTH', 12),
      maxFields: envInt('GRAPHQL_MAX_FIELDS', 500),
      maxDirectives: envInt('GRAPHQL_MAX_DIRECTIVES', 50),
      maxValueDepth: 12,
    },
  }
}

export interface ParamProblem {
  zh: string
  en: string
  status?: number
}

const integer = /^(0|[1-9]\d{0,8})$/

/** A surrogate without its pair: JSON can escape one (`"\ud800"`), but it is no character, and PostgreSQL's jsonb refuses it. */
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const unstorable = (text: string) => text.includes('\u0000') || unpairedSurrogate.test(text)

/**
 * Whether any string in a decoded JSON value (or the value itself) holds what PostgreSQL cannot
 * store: a NUL (text), or an unpaired surrogate (jsonb; Payload keeps JSON fields and preferences there).
 */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return unstorable(value)
  if (depth > 64 || typeof value !== 'object' || value === null) return false
  return Object.entries(value).some(([key, v]) => unstorable(key) || hasUnstorableText(v, depth + 1))
}

export const unstorableTextProblem: ParamProblem = { zh: '请求中不允许含有 NUL 字符或不成对的代理字符', en: 'NUL characters and unpaired surrogates are not allowed in a request' }

/**
 * `limit`, `page` and `depth` of any API request: plain decimal integers within bounds. Payload passes
 * NaN, 1.5 or -Infinity to the database as they are (a 500, or a wedged transaction in the jobs queue).
 * A list (GET) must be paginated; bulk PATCH and DELETE keep Payload's `limit=0` (all matches).
 */
export function checkPagingParams(params: URLSearchParams, method: string, limits: RequestLimits): ParamProblem | null {
  const list = method === 'GET' || method === 'HEAD'
  const bounds: Record<string, [number, number]> = {
    limit: [list ? 1 : 0, limits.maxListLimit],
    page: [1, limits.maxPage],
    depth: [0, limits.maxDepth],
  }
  for (const [name, value] of params) if (hasUnstorableText(name) || hasUnstorableText(value)) return unstorableTextProblem
  for (const [name, [min, max]] of Object.entries(bounds)) {
    const values = params.getAll(name)
    if (values.length === 0) continue
    const value = values[0]
    if (values.length > 1 || !integer.test(value) || Number(value) < min || Number(value) > max) {
      return { zh: `参数 ${name} 须为 ${min} 到 ${max} 之间的整数`, en: `${name} must be a whole number from ${min} to ${max}` }
    }
  }
  if (list && params.has('pagination') && params.get('pagination') !== 'true') {
    return { zh: '列表须分页，不能关闭 pagination', en: 'lists are paginated; pagination cannot be turned off' }
  }
  return null
}

const allowedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/** TRACE, CONNECT and unknown methods: 405 before any route (the Fetch API cannot even represent some). */
export const refuseUnknownMethods: RequestHandler = (req, res, next) => {
  if (allowedMethods.includes(req.method)) return next()
  res.setHeader('Allow', allowedMethods.join(', '))
  sendError(res, 405, `不支持的请求方法 ${req.method}`, `method ${req.method} is not allowed`)
}

/**
 * A path that is not valid percent-encoded UTF-8, or that holds a NUL or control character, is a 400;
 * so is a NUL anywhere in the query (PostgreSQL text cannot hold one; the public pages query with them).
 */
export const refuseMalformedPaths: RequestHandler = (req, res, next) => {
  const [path, query = ''] = req.originalUrl.split(/\?(.*)/s)
  if (/%00/i.test(query)) return sendError(res, 400, unstorableTextProblem.zh, unstorableTextProblem.en)
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return sendError(res, 400, '请求路径的编码无效', 'the request path is not valid percent-encoded UTF-8')
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return sendError(res, 400, '请求路径含有控制字符', 'the request path contains a control character')
  next()
}
