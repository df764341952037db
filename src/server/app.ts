import express, { type RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload, SanitizedConfig } from 'payload'
import type { DatabaseKind } from '../db/database-uri'
import { errorHandler, sendError } from './errors'
import { fetchHandler, type BodyLimits } from './fetch-bridge'
import { graphQLRoute } from './graphql-route'
import { healthHandler } from './health'
import { letterSubmitLimit, letterTrackLimit } from './letter-limits'
import { publicSite } from './public/public-site'
import { refuseMalformedPaths, refuseUnknownMethods, requestLimitsFromEnv } from './request-limits'
import { restRoute } from './rest-route'

export interface AppOptions {
  payload: Payload
  config: SanitizedConfig
  database: DatabaseKind
  /** Next.js handler for /admin; without it /admin answers 503 (e.g. API-only tests). */
  admin?: RequestHandler
  bodyLimits?: BodyLimits
}

function forgotPasswordLimit(): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: Number(process.env.FORGOT_PASSWORD_LIMIT) || 5,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => sendError(res, 429, '找回密码请求过于频繁，请15分钟后再试', 'too many password-reset requests; try again in 15 minutes'),
  })
}

/** The one HTTP server of the site group. Importable without listening (supertest). */
export function createApp({ payload, config, database, admin, bodyLimits }: AppOptions): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')

  app.use(refuseUnknownMethods)
  app.get('/healthz', healthHandler(payload, database))
  app.use(refuseMalformedPaths)

  // Password-reset mail is rate-limited per client on every database (Payload's own per-account
  // interval is off on SQLite; see payload.config.ts).
  app.post('/api/users/forgot-password', forgotPasswordLimit())
  app.post(/^\/api\/(letters|requests)\/submit$/, letterSubmitLimit)
  app.post(/^\/api\/(letters\/(track|rate)|requests\/(track|withdraw))$/, letterTrackLimit)

  // Payload reads request bodies itself: no body parser may run before these.
  const limits = requestLimitsFromEnv(config.maxDepth)
  app.all('/api/graphql', fetchHandler(graphQLRoute(config, limits), bodyLimits))
  app.all(/^\/api(\/.*)?$/, fetchHandler(restRoute(payload, config, limits), bodyLimits))

  const adminPaths = /^\/(admin|_next)(\/.*)?$/
  if (admin) app.all(adminPaths, admin)
  else app.all(adminPaths, (_req, res) => sendError(res, 503, '管理后台未启动', 'admin UI is not running'))

  // Everything else is the visitors' sites of the group (by Host, or /sites/<slug>/…).
  app.use(publicSite(payload))

  app.use((req, res) => sendError(res, 404, `未找到 ${req.path}`, `not found: ${req.path}`))
  app.use(errorHandler)
  return app
}
