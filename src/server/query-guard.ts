import { match, type MatchFunction } from 'path-to-regexp'
import { parse } from 'qs-esm'

/**
 * Payload passes some malformed REST input straight to the database, which answers with a
 * driver error (a 500): an ID of the wrong type, a date that is not a date, an object where a
 * value belongs. This checks those shapes first and names the problem, so bad input is a 400.
 */
export interface FieldShape {
  /** 'id' for the document ID and relationships, which follow the database's ID type. */
  kind: 'id' | 'number' | 'date' | 'checkbox' | 'point' | 'select' | 'other'
  /** A select's values: PostgreSQL stores them as an enum, which refuses any other value and any pattern. */
  options?: string[]
  /** The collection a relationship points to: `tenant.kind` is checked as that collection's `kind`. */
  relationTo?: string
}

/**
 * The shape at a where path: a field (groups and arrays by their dotted path), a field of the
 * collection a relationship points to (`tenant.kind`), or a version's field (`version._status`).
 */
function shapeAt(path: string, fields: Map<string, FieldShape>, schema: GuardSchema, hops = 0): FieldShape | undefined {
  if (path === 'id') return { kind: 'id' }
  const direct = fields.get(path)
  if (direct || hops > 3) return direct
  if (path.startsWith('version.')) return shapeAt(path.slice('version.'.length), fields, schema, hops + 1)
  for (let dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
    const related = fields.get(path.slice(0, dot))?.relationTo
    const target = related ? schema.collections.get(related) : undefined
    if (target) return shapeAt(path.slice(dot + 1), target, schema, hops + 1)
  }
  return undefined
}

export interface GuardEndpoint {
  method: string
  path: string
}

export interface GuardSchema {
  idType: 'number' | 'text'
  /** Field shapes by top-level name, per collection slug. */
  collections: Map<string, Map<string, FieldShape>>
  /** Each collection's endpoints in Payload's matching order (custom ones first). */
  endpoints?: Map<string, GuardEndpoint[]>
  /** Collections and globals (`globals/<slug>`) that keep versions; `/versions` elsewhere is a 404. */
  versioned?: Set<string>
  /** Route prefixes Payload has no working endpoint for (`payload-migrations`, `users/verify` without verification). */
  closed?: string[]
  /** Most conditions in one `where` clause, all levels together. */
  maxWhereConditions?: number
  /** Operators the database adapter cannot run (the SQL adapters have no `all`); absent: all of them. */
  unsupportedOperators?: Set<string>
}

export interface GuardProblem {
  zh: string
  en: string
  /** 400 unless said otherwise. */
  status?: number
}

// Payload's operators (payload/src/types/constants.ts); anything else reaches the database adapter as is.
const operators = new Set(['equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal',
  'less_than', 'less_than_equal', 'like', 'not_like', 'within', 'intersects', 'near'])

const listOperators = new Set(['in', 'not_in', 'all'])
// What a select (an enum on PostgreSQL) can be asked: membership, not order or patterns.
const selectOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'exists'])
const geoOperators = new Set(['near', 'within', 'intersects'])
const matchers = new Map<string, MatchFunction<Record<string, string>>>()
const matcherFor = (path: string) => {
  let m = matchers.get(path)
  if (!m) matchers.set(path, (m = match<Record<string, string>>(path, { decode: decodeURIComponentSafe })))
  return m
}

/**
 * The document ID in a collection route, found the way Payload routes it: the first endpoint
 * (custom ones first) that matches method and path decides; only an `:id` parameter is an ID.
 */
function routeId(rest: string, method: string, endpoints: GuardEndpoint[]): string | undefined {
  for (const endpoint of endpoints) {
    if (endpoint.method.toLowerCase() !== method.toLowerCase()) continue
    const found = matcherFor(endpoint.path)(rest)
    if (found) return found.params.id
  }
  return undefined
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null

function validId(value: string, idType: GuardSchema['idType']): boolean {
  return idType === 'number' ? /^\d{1,15}$/.test(value) : value.length > 0 && value.length <= 64
}

function checkValue(field: string, shape: FieldShape | undefined, value: unknown, schema: GuardSchema): GuardProblem | null {
  if (!isScalar(value)) return { zh: `查询条件 ${field} 的值须为单个值`, en: `the value for ${field} must be a single value` }
  if (!shape || value === null || (value === '' && shape.kind !== 'select')) return null
  const text = String(value)
  if (shape.kind === 'id' && !validId(text, schema.idType)) {
    return { zh: `${field} 不是有效的ID：${text}`, en: `${field} is not a valid ID: ${text}` }
  }
  if (shape.kind === 'number' && !Number.isFinite(Number(text))) {
    return { zh: `${field} 须为数字：${text}`, en: `${field} must be a number: ${text}` }
  }
  if (shape.kind === 'date' && Number.isNaN(Date.parse(text))) {
    return { zh: `${field} 不是有效的日期：${text}`, en: `${field} is not a valid date: ${text}` }
  }
  if (shape.kind === 'select' && shape.options && !shape.options.includes(text)) {
    const allowed = shape.options.join(', ')
    return { zh: `${field} 的取值无效：${text}（可选：${allowed}）`, en: `${field} has no value ${text} (one of: ${allowed})` }
  }
  return null
}

function checkGeo(field: string, shape: FieldShape | undefined, operator: string, value: unknown): GuardProblem | null {
  if (shape?.kind !== 'point') {
    return { zh: `运算符 ${operator} 只能用于坐标字段，${field} 不是`, en: `the ${operator} operator applies only to point fields, not to ${field}` }
  }
  const ok = operator === 'near'
    ? typeof value === 'string' && /^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){1,3}$/.test(value) && value.split(',').every((n) => Math.abs(Number(n)) < 1e7)
    : typeof value === 'object' && value !== null && !Array.isArray(value)
  return ok ? null : { zh: `运算符 ${operator} 的值无效`, en: `invalid value for the ${operator} operator` }
}

function checkWhere(where: unknown, fields: Map<string, FieldShape>, schema: GuardSchema, depth = 0, count = { n: 0 }): GuardProblem | null {
  if (depth > 8) return { zh: '查询条件嵌套过深', en: 'the where clause is nested too deeply' }
  if (typeof where !== 'object' || where === null || Array.isArray(where)) {
    return { zh: 'where 须为对象，如 where[字段][equals]=值', en: 'where must be an object, e.g. where[field][equals]=value' }
  }
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : typeof condition === 'object' && condition ? Object.values(condition) : null
      if (!list) return { zh: `${key} 须为条件列表`, en: `${key} must be a list of conditions` }
      for (const sub of list) {
        const problem = checkWhere(sub, fields, schema, depth + 1, count)
        if (problem) return problem
      }
      continue
    }
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      return { zh: `查询条件 ${key} 须指定运算符，如 [equals]`, en: `the condition on ${key} needs an operator, e.g. [equals]` }
    }
    const shape = shapeAt(key, fields, schema)
    for (const [operator, value] of Object.entries(condition)) {
      if (++count.n > (schema.maxWhereConditions ?? 50)) {
        const max = schema.maxWhereConditions ?? 50
        return { zh: `查询条件过多（最多 ${max} 个）`, en: `the where clause has too many conditions (at most ${max})` }
      }
      if (!operators.has(operator)) return { zh: `未知的查询运算符：${operator}`, en: `unknown where operator: ${operator}` }
      if (schema.unsupportedOperators?.has(operator)) {
        return { zh: `当前数据库不支持查询运算符：${operator}`, en: `the database in use does not support the where operator: ${operator}` }
      }
      if (geoOperators.has(operator)) {
        const problem = checkGeo(key, shape, operator, value)
        if (problem) return problem
        continue
      }
      if (shape?.kind === 'select' && !selectOperators.has(operator)) {
        return { zh: `选项字段 ${key} 不能用运算符 ${operator}，请用 equals 或 in`, en: `the option field ${key} cannot take the ${operator} operator; use equals or in` }
      }
      if (operator === 'exists') continue
      const values = listOperators.has(operator)
        ? Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
        : [value]
      for (const v of values) {
        const problem = checkValue(key, shape, v, schema)
        if (problem) return problem
      }
    }
  }
  return null
}

/** Checks a REST request's path ID and `where` clause; returns the first problem, or null. */
export function checkRestRequest(url: URL, schema: GuardSchema, method = 'GET', apiRoute = '/api'): GuardProblem | null {
  if (!url.pathname.startsWith(`${apiRoute}/`)) return null
  const path = url.pathname.slice(apiRoute.length + 1)
  const slug = decodeURIComponentSafe(path.split('/')[0])
  for (const prefix of schema.closed ?? []) {
    if (path === prefix || path.startsWith(`${prefix}/`)) return { zh: `接口不存在：${url.pathname}`, en: `no such route: ${url.pathname}`, status: 404 }
  }
  const versionsOf = path.startsWith('globals/') ? path.split('/').slice(0, 2).join('/') : slug
  const versionsPath = path.startsWith('globals/') ? path.split('/')[2] : path.split('/')[1]
  if (versionsPath === 'versions' && schema.versioned && !schema.versioned.has(versionsOf)) {
    return { zh: `${versionsOf} 不保存版本`, en: `${versionsOf} keeps no versions`, status: 404 }
  }
  const fields = schema.collections.get(slug)
  if (!fields) return null
  const id = routeId(path.slice(slug.length) || '/', method, schema.endpoints?.get(slug) ?? defaultEndpoints)
  if (id !== undefined && id !== '' && !validId(id, schema.idType)) {
    return { zh: `不是有效的文档ID：${id}`, en: `not a valid document ID: ${id}` }
  }
  if (!url.search.includes('where')) return null
  const query = parse(url.search, { ignoreQueryPrefix: true, depth: 10, arrayLimit: 1000 }) as Record<string, unknown>
  return 'where' in query ? checkWhere(query.where, fields, schema) : null
}

/** Payload's built-in collection routes, for schemas built without the endpoint table. */
const defaultEndpoints: GuardEndpoint[] = ['get', 'patch', 'delete', 'post'].flatMap((method) =>
  ['/count', '/versions', '/versions/:id', '/access/:id?', '/:id', '/:id/duplicate'].map((path) => ({ method, path })),
)

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
