import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import type { DatabaseKind } from '../db/database-uri'
import { appVersion } from './version'

/** Liveness and readiness in one: answers 503 when the database does not. */
export function healthHandler(payload: Payload, database: DatabaseKind): RequestHandler {
  return async (_req, res) => {
    const started = performance.now()
    try {
      await payload.count({ collection: 'tenants', overrideAccess: true })
      res.set('Cache-Control', 'no-store').json({
        status: 'ok',
        database,
        version: appVersion,
        dbLatencyMs: Math.round((performance.now() - started) * 10) / 10,
        uptimeSeconds: Math.round(process.uptime()),
      })
    } catch (err) {
      res.status(503).set('Cache-Control', 'no-store').json({
        status: 'error',
        database,
        version: appVersion,
        message: `数据库不可用 / database unavailable: ${(err as Error).message}`,
      })
    }
  }
}
