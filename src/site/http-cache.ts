import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** Validators, cache policy and preview signatures for public pages. Pure: node:crypto only. */
export function etagOf(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`
}

/** Whether a conditional request can be answered 304 (If-None-Match wins over If-Modified-Since). */
export function isNotModified(headers: { ifNoneMatch?: string; ifModifiedSince?: string }, etag: string, lastModified: Date): boolean {
  if (headers.ifNoneMatch) {
    return headers.ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, '')).includes(etag.replace(/^W\//, '')) || headers.ifNoneMatch.trim() === '*'
  }
  if (headers.ifModifiedSince) {
    const since = Date.parse(headers.ifModifiedSince)
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
  }
  return false
}

/** Browsers revalidate after a minute; a CDN keeps pages 5 minutes and may serve stale ones for a day while it refreshes. */
export const publicCacheControl = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400'
export const privateCacheControl = 'private, no-store'

export interface PreviewTarget {
  collection: 'articles' | 'disclosures'
  id: string
}

function mac(secret: string, target: PreviewTarget, expires: number): Buffer {
  return createHmac('sha256', secret).update(`preview:${target.collection}:${target.id}:${expires}`).digest()
}

/** Query string for a preview link that works until `expires` (seconds since epoch). */
export function signPreview(secret: string, target: PreviewTarget, expires: number): string {
  return `exp=${expires}&sig=${mac(secret, target, expires).toString('base64url')}`
}

export function verifyPreview(secret: string, target: PreviewTarget, exp: unknown, sig: unknown, now = Date.now()): boolean {
  const expires = Number(exp)
  if (!Number.isInteger(expires) || expires * 1000 < now || typeof sig !== 'string') return false
  const given = Buffer.from(sig, 'base64url')
  const expected = mac(secret, target, expires)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
