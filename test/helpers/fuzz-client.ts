import http from 'node:http'

/** mulberry32: a small seeded PRNG, so a failing fuzz run can be replayed with FUZZ_SEED. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  }
}
export type Rng = ReturnType<typeof prng>

export interface FuzzRequest {
  /** The class of malformed input, for the report. */
  kind: string
  method: string
  /** Raw path and query, sent as is (no encoding by the client). */
  path: string
  headers?: Record<string, string | string[]>
  body?: string | Buffer
  /** Sent with Transfer-Encoding: chunked, in chunks of this many bytes, `chunkCount` times. */
  chunked?: { size: number; count: number }
}

export interface FuzzResult {
  request: FuzzRequest
  status: number
  ms: number
  body: string
  contentType: string
  error?: string
}

/** Sends one request over a real socket: raw paths, any method, duplicate headers and chunked bodies. */
export function send(port: number, agent: http.Agent, request: FuzzRequest, timeoutMs = 15_000): Promise<FuzzResult> {
  const started = performance.now()
  return new Promise((resolve) => {
    let settled = false
    const done = (status: number, body: string, contentType: string, error?: string) => {
      if (settled) return
      settled = true
      resolve({ request, status, body, contentType, error, ms: performance.now() - started })
    }
    const headers: Record<string, string | string[]> = { ...request.headers }
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body))
    if (request.chunked) headers['transfer-encoding'] = 'chunked'
    // Node refuses to send spaces and characters past Latin-1 in a path: those go percent-encoded.
    const path = request.path.replace(/[^\u0021-\u007e]/gu, (c) => [...Buffer.from(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''))
    const req = http.request({ host: '127.0.0.1', port, method: request.method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), String(res.headers['content-type'] ?? '')))
      res.on('error', (e) => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), String(res.headers['content-type'] ?? ''), e.message))
    })
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error('timeout'))
    })
    req.on('error', (e) => done(0, '', '', e.message))
    if (request.chunked) {
      const chunk = Buffer.alloc(request.chunked.size, 'a')
      let sent = 0
      const pump = () => {
        while (sent < request.chunked!.count && !req.destroyed) {
          sent++
          if (!req.write(sent === 1 ? Buffer.concat([Buffer.from('{"title":"'), chunk]) : chunk)) return void req.once('drain', pump)
        }
        if (!req.destroyed) req.end('"}')
      }
      pump()
    } else {
      req.end(request.body)
    }
  })
}

/** Runs tasks with at most `concurrency` at a time. */
export async function pool<T, R>(items: T[], concurrency: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await run(items[i])
      }
    }),
  )
  return results
}

const han = /[\u4e00-\u9fff]/
/** "中文 / English": Chinese, then " / ", then Latin text. */
export const isBilingual = (message: unknown) => typeof message === 'string' && han.test(message) && / \/ .*[A-Za-z]/.test(message)

/** The messages of an error body: Payload's `{ errors: [{ message }] }` or `{ message }`. */
export function errorMessages(body: string): string[] | null {
  let parsed: { message?: unknown; errors?: { message?: unknown }[] }
  try {
    parsed = JSON.parse(body)
  } catch {
    return null
  }
  const messages = [...(Array.isArray(parsed?.errors) ? parsed.errors.map((e) => e?.message) : []), ...(parsed?.errors ? [] : [parsed?.message])]
  return messages.map((m) => (typeof m === 'string' ? m : JSON.stringify(m)))
}

export interface Finding {
  problem: '5xx' | 'slow' | 'no answer' | 'not bilingual'
  result: FuzzResult
}

/**
 * What the fuzz must never see: a 5xx, an answer slower than `slowMs` (or none), and a refusal (4xx)
 * without a "中文 / English" message. JSON answers carry the message; pages (HTML) must be in Chinese.
 * GraphQL answers its errors with 200; those messages count as refusals too.
 */
export function findings(results: FuzzResult[], slowMs = 5_000): Finding[] {
  const out: Finding[] = []
  for (const result of results) {
    if (result.status === 0) out.push({ problem: 'no answer', result })
    else if (result.status >= 500) out.push({ problem: '5xx', result })
    if (result.ms > slowMs) out.push({ problem: 'slow', result })
    const graphQLErrors = result.request.path.startsWith('/api/graphql') && result.status === 200 && result.body.includes('"errors"')
    // A HEAD answer has no body to carry a message.
    if (((result.status >= 400 && result.status < 500) || graphQLErrors) && result.request.method !== 'HEAD') {
      const messages = result.contentType.includes('json') ? errorMessages(result.body) : null
      const ok = messages ? messages.length > 0 && messages.every(isBilingual)
        : result.contentType.includes('html') ? han.test(result.body)
        : false
      if (!ok) out.push({ problem: 'not bilingual', result })
    }
  }
  return out
}
