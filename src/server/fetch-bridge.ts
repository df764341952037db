import { createRequest, sendResponse } from '@remix-run/node-fetch-server'
import type { RequestHandler } from 'express'
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

/**
 * Serves a Fetch-style handler (Payload's REST and GraphQL handlers take a Web Request) from
 * express. Bodies over the limit are refused before a byte reaches Payload.
 */
export function fetchHandler(handle: (request: Request) => Promise<Response>, limits: BodyLimits = defaultBodyLimits): RequestHandler {
  return async (req, res, next) => {
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/')
    const limit = multipart ? limits.upload : limits.json
    const length = Number(req.headers['content-length'] ?? 0)
    if (length > limit) {
      res.setHeader('Connection', 'close')
      return sendError(res, 413, `请求体超过 ${limit} 字节上限`, `request body exceeds the ${limit}-byte limit`)
    }
    try {
      // express may rewrite req.url inside routers; Payload routes on the full path.
      req.url = req.originalUrl
      const response = await handle(createRequest(req, res))
      await sendResponse(res, response)
    } catch (err) {
      next(err)
    }
  }
}
