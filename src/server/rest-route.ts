import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { stringify } from 'qs-esm'
import { withBilingualErrors } from './bilingual-errors'
import { guardSchemaFrom } from './guard-schema'
import { checkMultipart } from './multipart-check'
import { checkRestRequest } from './query-guard'
import { checkPagingParams, hasUnstorableText, unstorableTextProblem, type RequestLimits } from './request-limits'

const refuse = (status: number, zh: string, en: string) => Response.json({ errors: [{ message: `${zh} / ${en}` }] }, { status })

/** A JSON write body must be an object: Payload's field hooks read `null`, `[1]` or `"x"` as a document and throw. */
async function checkJsonBody(request: Request): Promise<Response | null> {
  const text = await request.text()
  if (!text.trim()) return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, '请求体不是有效的 JSON', 'Invalid JSON')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, '请求体须为 JSON 对象', 'the request body must be a JSON object')
  return hasUnstorableText(body) ? refuse(400, unstorableTextProblem.zh, unstorableTextProblem.en) : null
}

/**
 * Payload reads a POST with `X-Payload-HTTP-Method-Override: GET` (the admin's relationship fields use it)
 * as a GET whose query is the body. The checks see the request the same way.
 */
async function effectiveRequest(request: Request): Promise<{ url: URL; method: string } | Response> {
  const override = request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (request.method !== 'POST' || override !== 'GET') return { url: new URL(request.url), method: request.method }
  const type = request.headers.get('content-type')
  if (type === 'application/x-www-form-urlencoded') return { url: new URL(`${request.url}?${await request.clone().text()}`), method: 'GET' }
  if (type !== 'application/json') return { url: new URL(request.url), method: 'GET' }
  const invalid = await checkJsonBody(request.clone())
  if (invalid) return invalid
  const data = JSON.parse((await request.clone().text()) || '{}')
  return { url: new URL(`${request.url}?${stringify(data)}`), method: 'GET' }
}

/**
 * Payload's REST endpoints behind the checks Payload leaves to the database: paging parameters, IDs,
 * `where` clauses, closed routes, and the shape of JSON and multipart bodies. Each refusal is a 4xx
 * in Chinese and English before Payload sees the request.
 */
export function restRoute(payload: Payload, config: Promise<SanitizedConfig> | SanitizedConfig, limits: RequestLimits) {
  const guard = guardSchemaFrom(payload, limits.maxWhereConditions)
  return async (request: Request): Promise<Response> => {
    const effective = await effectiveRequest(request)
    if (effective instanceof Response) return effective
    const { url, method } = effective
    const problem = checkPagingParams(url.searchParams, method, limits) ?? checkRestRequest(url, guard, method)
    if (problem) return refuse(problem.status ?? 400, problem.zh, problem.en)
    if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
      const header = request.headers.get('content-type') ?? ''
      const type = header.toLowerCase()
      if (type.startsWith('multipart/')) {
        // The boundary is case-sensitive: busboy gets the header as sent.
        const invalid = await checkMultipart(header, request.clone().body)
        if (invalid) return refuse(400, invalid.zh, invalid.en)
      } else if (type.split(';')[0].trim() === 'application/json') {
        const invalid = await checkJsonBody(request.clone())
        if (invalid) return invalid
      } else if (request.headers.get('content-length') !== '0' && (await request.clone().arrayBuffer()).byteLength > 0) {
        // Payload reads JSON and multipart bodies only; any other body would reach it as no data at all.
        return refuse(415, '请求体须为 JSON 或 multipart/form-data', 'the request body must be JSON or multipart/form-data')
      }
    }
    const response = await handleEndpoints({ config, request })
    // Payload answers 501 for a collection without REST routes (payload-migrations): a 404 to the client.
    if (response.status === 501) {
      const path = new URL(request.url).pathname
      return Response.json({ errors: [{ message: `接口不存在：${path} / route not found: ${path}` }] }, { status: 404 })
    }
    return withBilingualErrors(response)
  }
}
