import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { withBilingualErrors } from './bilingual-errors'
import { guardSchemaFrom } from './guard-schema'
import { checkMultipart } from './multipart-check'
import { checkRestRequest } from './query-guard'
import { checkPagingParams, type RequestLimits } from './request-limits'

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
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? null : refuse(400, '请求体须为 JSON 对象', 'the request body must be a JSON object')
}

/**
 * Payload's REST endpoints behind the checks Payload leaves to the database: paging parameters, IDs,
 * `where` clauses, closed routes, and the shape of JSON and multipart bodies. Each refusal is a 4xx
 * in Chinese and English before Payload sees the request.
 */
export function restRoute(payload: Payload, config: Promise<SanitizedConfig> | SanitizedConfig, limits: RequestLimits) {
  const guard = guardSchemaFrom(payload, limits.maxWhereConditions)
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const problem = checkPagingParams(url.searchParams, request.method, limits) ?? checkRestRequest(url, guard, request.method)
    if (problem) return refuse(problem.status ?? 400, problem.zh, problem.en)
    if (request.method === 'POST' || request.method === 'PATCH' || request.method === 'PUT') {
      const type = (request.headers.get('content-type') ?? '').toLowerCase()
      if (type.startsWith('multipart/')) {
        const invalid = await checkMultipart(type, request.clone().body)
        if (invalid) return refuse(400, invalid.zh, invalid.en)
      } else if (type.split(';')[0].trim() === 'application/json') {
        const invalid = await checkJsonBody(request.clone())
        if (invalid) return invalid
      } else if (request.headers.get('content-length') !== '0' && (await request.clone().arrayBuffer()).byteLength > 0) {
        // Payload reads JSON and multipart bodies only; any other body would reach it as no data at all.
        return refuse(415, '请求体须为 JSON 或 multipart/form-data', 'the request body must be JSON or multipart/form-data')
      }
    }
    return withBilingualErrors(await handleEndpoints({ config, request }))
  }
}
