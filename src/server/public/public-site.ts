import path from 'node:path'
import zlib from 'node:zlib'
import compression from 'compression'
import express, { type Request, type Response } from 'express'
import helmet from 'helmet'
import type { Payload } from 'payload'
import { projectRoot } from '../../config/project-root'
import type { SiteContext } from '../../site/context'
import { cachedColumnTree } from '../../site/data/site-data'
import { etagOf, isNotModified, privateCacheControl, publicCacheControl, verifyPreview } from '../../site/http-cache'
import { reportDocxPath, sendReportDocx } from './annual-report-docx'
import { errorPage, renderPage, renderPreview, type RenderResult } from '../../site/render'
import { cacheGeneration, cachedPage, directoryGeneration, pageCacheKey, storePage, type RenderedPage } from '../../site/render-cache'
import { isUnitDomain, matchPage, resolveSite } from '../../site/routing'
import { careCookie, careCookieMaxAge, careModeFrom, displayKey, isGreyAt, safeBackPath } from '../../display/mourning'
import { currentMourningPeriods } from '../../display/reads/mourning-periods'
import { hubOf } from '../../tenancy/kinds'
import { listUnits, type UnitDoc } from '../../tenancy/reads/units'
import { citizenForms, type SiteResolver } from './citizen-forms'
import { setPageRenderer } from '../../monitoring/reads/page-sample'

let directoryMemo: { generation: number; units: Promise<UnitDoc[]> } | undefined

function units(payload: Payload): Promise<UnitDoc[]> {
  const generation = directoryGeneration()
  if (directoryMemo?.generation !== generation) {
    const loading = listUnits(payload)
    directoryMemo = { generation, units: loading }
    loading.catch(() => (directoryMemo = undefined))
  }
  return directoryMemo.units
}

/** Pages below this size go as they are (as the compression middleware's threshold). */
const COMPRESS_FROM = 1024

/**
 * The page's body in the best encoding the visitor accepts. A page is compressed once, when first
 * asked for so, and kept with the page: hits cost no compression (the middleware would compress each
 * response again; brotli at quality 5 is as quick as gzip and smaller).
 */
function encodedBody(req: Request, page: RenderedPage): { body: Buffer; encoding?: 'br' | 'gzip' } {
  if (page.body.length < COMPRESS_FROM) return { body: page.body }
  // Brotli whenever accepted: browsers list it after gzip with the same weight.
  const accepted = req.acceptsEncodings()
  const encoding = accepted.includes('br') ? 'br' : accepted.includes('gzip') || accepted.includes('*') ? 'gzip' : undefined
  if (!encoding) return { body: page.body }
  page.compressed ??= {}
  const body = (page.compressed[encoding] ??= encoding === 'br'
    ? zlib.brotliCompressSync(page.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length } })
    : zlib.gzipSync(page.body))
  return { body, encoding }
}

function send(req: Request, res: Response, page: RenderedPage, cacheControl: string): void {
  res.setHeader('Cache-Control', cacheControl)
  res.setHeader('ETag', page.etag)
  res.setHeader('Last-Modified', page.lastModified.toUTCString())
  // The elderly-friendly mode is a cookie: a shared cache must keep the two renderings apart.
  res.setHeader('Vary', 'Accept-Encoding, Cookie')
  if (page.status === 200 && isNotModified({ ifNoneMatch: req.get('if-none-match'), ifModifiedSince: req.get('if-modified-since') }, page.etag, page.lastModified)) {
    res.status(304).end()
    return
  }
  const { body, encoding } = encodedBody(req, page)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.status(page.status).type(page.contentType).send(body)
}

/** A visitor's own rendering (care mode): no shared cache keeps it. */
const careCacheControl = 'private, max-age=60'

/** `/care-mode?on=1&back=/path`: a plain link (no script) that switches the 适老化 mode and remembers it in a cookie. */
function switchCareMode(req: Request, res: Response, base: string): void {
  const on = req.query.on !== '0'
  const back = safeBackPath(typeof req.query.back === 'string' ? req.query.back : null, `${base}/`)
  res.cookie(careCookie, on ? '1' : '0', { path: '/', maxAge: on ? careCookieMaxAge * 1000 : 0, httpOnly: true, sameSite: 'lax' })
  res.setHeader('Cache-Control', privateCacheControl)
  res.redirect(303, back)
}

/** Renders in progress by cache key: concurrent misses of one page wait for one render (no stampede). */
const inflight = new Map<string, Promise<{ result: RenderResult; page: RenderedPage }>>()

function toPage(result: RenderResult, unitId: string | number): RenderedPage {
  const body = Buffer.from(result.body)
  return { status: result.status, body, contentType: result.contentType, etag: etagOf(body), lastModified: new Date(), unitId: String(unitId) }
}

/** The visitors' sites of the group: every unit by its domain, or under /sites/<slug>/ on any host. */
export function publicSite(payload: Payload): express.Router {
  const router = express.Router()
  // Monitoring samples live pages of every site through the same renderer (src/monitoring/reads/page-sample).
  setPageRenderer(async (unitId, pagePath) => {
    const all = await units(payload)
    const unit = all.find((u) => String(u.id) === String(unitId))
    const page = matchPage(pagePath)
    if (!unit || !page || page.kind === 'preview') return null
    const hub = hubOf(all)!
    const base = unit.id === hub.id ? '' : `/sites/${unit.slug}`
    const site: SiteContext = { unit, hub, units: all, base, byHost: false, display: { grey: false, care: false, path: `${base}${pagePath}` }, tree: await cachedColumnTree(payload, unit, directoryGeneration()) }
    const result = await renderPage(payload, site, page, { query: new URLSearchParams(), origin: '' })
    return { status: result.status, html: result.body }
  })
  router.use(helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'default-src': ["'self'"], 'script-src': ["'none'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'form-action': ["'self'"], 'frame-ancestors': ["'self'"] },
    },
    crossOriginEmbedderPolicy: false,
  }))
  // Pages compress themselves once (encodedBody); the assets and the citizens' forms per response.
  router.use('/assets', compression(), express.static(path.join(projectRoot, 'src/site/assets'), { maxAge: '7d', fallthrough: false }))

  const resolve: SiteResolver = async (host, pathname) => {
    const all = await units(payload)
    const resolved = resolveSite(host, pathname, all)
    if (!resolved) return null
    const byHost = isUnitDomain(all, host)
    const site: SiteContext = { unit: resolved.unit, hub: hubOf(all)!, units: all, base: resolved.base, byHost, tree: await cachedColumnTree(payload, resolved.unit, directoryGeneration()) }
    return { site, path: resolved.path }
  }
  router.use(citizenForms(payload, resolve))

  router.get(/.*/, async (req, res, next) => {
    try {
      const all = await units(payload)
      const host = req.hostname
      const resolved = resolveSite(host, req.path, all)
      const hub = hubOf(all)!
      const byHost = isUnitDomain(all, host)
      const care = careModeFrom(req.get('cookie'))
      const grey = resolved ? isGreyAt(await currentMourningPeriods(payload), resolved.unit.id, Date.now()) : false
      const display = { grey, care, path: resolved ? `${resolved.base}${resolved.path}` : '/' }
      const siteOf = async (unit: UnitDoc, base: string): Promise<SiteContext> => ({ unit, hub, units: all, base, byHost, display, tree: await cachedColumnTree(payload, unit, directoryGeneration()) })
      if (!resolved) {
        const result = errorPage(await siteOf(hub, ''), 404)
        return void res.status(404).type(result.contentType).setHeader('Cache-Control', privateCacheControl).send(result.body)
      }
      if (resolved.path === '/care-mode') return void switchCareMode(req, res, resolved.base)
      const docx = reportDocxPath.exec(resolved.path)
      if (docx) return void (await sendReportDocx(payload, resolved.unit, Number(docx[1]), res))
      const page = matchPage(resolved.path)
      const query = new URLSearchParams(req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '')
      const origin = () => `${req.protocol}://${req.get('host')}`

      if (page?.kind === 'preview') {
        const ok = verifyPreview(payload.secret, { collection: page.collection, id: page.id }, query.get('exp'), query.get('sig'))
        const site = await siteOf(resolved.unit, resolved.base)
        const result = ok ? await renderPreview(payload, site, page.collection, page.id) : errorPage(site, 404)
        res.setHeader('X-Robots-Tag', 'noindex')
        return void res.status(result.status).type(result.contentType).setHeader('Cache-Control', privateCacheControl).send(result.body)
      }

      const key = pageCacheKey(resolved.unit.id, `${byHost ? 'host' : 'path'}|${displayKey(display)}|${resolved.base}${resolved.path}`, query)
      const hit = cachedPage(key)
      if (hit) {
        res.setHeader('X-Cache', 'HIT')
        return send(req, res, hit, care ? careCacheControl : publicCacheControl)
      }
      // A purge during a render makes its result old: it is neither stored nor shared with later requests.
      const generation = cacheGeneration()
      const flightKey = `${generation}|${key}`
      let rendering = inflight.get(flightKey)
      if (!rendering) {
        rendering = (async () => {
          const site = await siteOf(resolved.unit, resolved.base)
          const result = page ? await renderPage(payload, site, page, { query, origin: origin() }) : errorPage(site, 404)
          const rendered = toPage(result, resolved.unit.id)
          if (result.cacheable && result.status === 200 && cacheGeneration() === generation) storePage(key, rendered)
          return { result, page: rendered }
        })().finally(() => inflight.delete(flightKey))
        inflight.set(flightKey, rendering)
      }
      const { result, page: rendered } = await rendering
      if (result.location) return void res.redirect(result.status, result.location)
      res.setHeader('X-Cache', 'MISS')
      send(req, res, rendered, result.status !== 200 ? privateCacheControl : care ? careCacheControl : publicCacheControl)
    } catch (error) {
      next(error)
    }
  })
  return router
}
