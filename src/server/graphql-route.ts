import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { bilingual } from './bilingual-errors'
import { checkGraphQLRequest, type GraphQLParams } from './graphql-limits'
import type { RequestLimits } from './request-limits'

const refuse = (status: number, zh: string, en: string) => Response.json({ errors: [{ message: `${zh} / ${en}` }] }, { status })

/** Reads query and variables the way graphql-http will: GET from the URL, POST from a JSON object body. */
async function readParams(request: Request): Promise<GraphQLParams | Response> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    const url = new URL(request.url)
    const raw = url.searchParams.get('variables')
    try {
      return { query: url.searchParams.get('query') ?? undefined, variables: raw ? JSON.parse(raw) : undefined }
    } catch {
      return refuse(400, 'variables 不是有效的 JSON', 'variables is not valid JSON')
    }
  }
  if (request.method !== 'POST') return refuse(405, 'GraphQL 只接受 GET 和 POST', 'GraphQL accepts GET and POST only')
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')) {
    return refuse(415, 'GraphQL 请求体须为 JSON（application/json）', 'the GraphQL request body must be JSON (application/json)')
  }
  let body: unknown
  try {
    body = JSON.parse(await request.text())
  } catch {
    return refuse(400, '请求体不是有效的 JSON', 'Invalid JSON')
  }
  if (Array.isArray(body)) return refuse(400, '不支持批量 GraphQL 请求', 'batched GraphQL requests are not supported')
  if (typeof body !== 'object' || body === null) return refuse(400, 'GraphQL 请求体须为对象', 'the GraphQL request body must be an object')
  return body as GraphQLParams
}

/** GraphQL messages come from graphql-js in English; Payload's own ones are translated templates. */
async function withBilingualMessages(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  let body: { errors?: { message?: unknown }[] }
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, { status: response.status, headers: response.headers })
  }
  if (!Array.isArray(body?.errors)) return new Response(text, { status: response.status, headers: response.headers })
  for (const error of body.errors) {
    if (typeof error?.message !== 'string') continue
    const message = bilingual(error.message)
    error.message = message.includes(' / ') ? message : `GraphQL 请求无效 / ${message}`
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(body), { status: response.status, headers })
}

/** Payload's GraphQL endpoint behind the request's cost bounds. */
export function graphQLRoute(config: Promise<SanitizedConfig> | SanitizedConfig, limits: RequestLimits) {
  const handle = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const params = await readParams(request.clone())
    if (params instanceof Response) return params
    const problem = checkGraphQLRequest(params, limits)
    if (problem) return refuse(400, problem.zh, problem.en)
    return withBilingualMessages(await handle(request))
  }
}
