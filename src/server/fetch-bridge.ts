import { createRequest, sendResponse } from '@remix-run/node-fetch-server'
import type { Response as ExpressResponse, RequestHandler } from 'express'
import { settledBeforeResponse } from '../cluster/settle'
import { sendError } from './errors'

export interface BodyLimits {
  /** Largest JSON or form body, bytes. */
  json: number
  /** Largest multipart (upload) body, bytes. */
  upload: number
}

export const defaultBodyLimits: BodyLimits = {
  json: Number(process.env.MAX_JSON_BODY_BYTES) || 2 * 1024 * 1024,
  upload: Number(process.env.MAX_UPLOAD_BYTES) || 50 * 1024 * 1024,
}

function tooLarge(res: ExpressResponse, limit: number): void {
  res.setHeader('Connection', 'close')
  sendError(res, 413, `请求体超过 ${limit} 字节上限`, `request body exceeds the ${limit}-byte limit`)
}

/** Reads a body of unknown length (chunked), or null as soon as it passes `limit` bytes. */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Buffer | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * Serves a Fetch-style handler (Payload's REST and GraphQL handlers take a Web Request) from
 * express. Bodies over the limit are refused before a byte reaches Payload: by Content-Length, or,
 * for a chunked body, by counting while it is read (JSON bodies are small enough to hold; a chunked
 * upload must say its length instead).
 */
export function fetchHandler(handle: (request: Request) => Promise<Response>, limits: BodyLimits = defaultBodyLimits): RequestHandler {
  return async (req, res, next) => {
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/')
    const limit = multipart ? limits.upload : limits.json
    const length = Number(req.headers['content-length'] ?? 0)
    if (length > limit) return tooLarge(res, limit)
    const chunked = req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined
    if (chunked && multipart) {
      res.setHeader('Connection', 'close')
      return sendError(res, 411, '上传须带 Content-Length 请求头', 'an upload needs a Content-Length header')
    }
    try {
      // express may rewrite req.url inside routers; Payload routes on the full path.
      req.url = req.originalUrl
      let request = createRequest(req, res)
      if (chunked && request.body) {
        const body = await readAtMost(request.body, limit)
        if (!body) return tooLarge(res, limit)
        request = new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body), signal: request.signal })
      }
      // A publish answers once every server has purged its pages (src/cluster/bus.ts).
      const response = await settledBeforeResponse(() => handle(request))
      await sendResponse(res, response)
    } catch (err) {
      next(err)
    }
  }
}
