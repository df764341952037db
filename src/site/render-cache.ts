import { LRUCache } from 'lru-cache'
import type { PurgeMessage } from '../cluster/bus'
import { dropAllLists, dropLists } from './list-memo'

/**
 * Rendered public pages, per process. A change purges exactly the sites that show it: the unit's
 * own site and the hub (which aggregates every unit); a change of units or shared columns purges
 * all. lru-cache bounds memory by entry count.
 */
export interface RenderedPage {
  status: number
  /** Encoded once: a hit sends these bytes as they are. */
  body: Buffer
  /** The body compressed, made on the first request that accepts each encoding (src/server/public). */
  compressed?: { br?: Buffer; gzip?: Buffer }
  contentType: string
  etag: string
  lastModified: Date
  unitId: string
}

const cache = new LRUCache<string, RenderedPage>({ max: Number(process.env.PAGE_CACHE_ENTRIES) || 5000 })
let generation = 0
let directory = 0

/** The query parameters pages read; any other parameter (`?x=1`, a cache-buster) cannot force a fresh render. */
const pageParams = ['page', 'year', 'indexNumber', 'unit']

export const pageCacheKey = (unitId: string | number, path: string, query: URLSearchParams) =>
  `${String(unitId)}|${path}?${pageParams.flatMap((name) => query.getAll(name).map((v) => `${name}=${encodeURIComponent(v)}`)).join('&')}`

export function cachedPage(key: string): RenderedPage | undefined {
  return cache.get(key)
}

export function storePage(key: string, page: RenderedPage): void {
  cache.set(key, page)
}

/** Drops every page of these units (and of the hub, given as one of them by the caller). */
export function purgeUnits(unitIds: readonly (string | number)[]): number {
  const ids = new Set(unitIds.map(String))
  let n = 0
  for (const [key, page] of cache.entries()) {
    if (ids.has(page.unitId)) {
      cache.delete(key)
      n++
    }
  }
  generation++
  return n
}

export function purgeAll(): void {
  cache.clear()
  dropAllLists()
  generation++
  directory++
}

/**
 * A purge as a change asks for it, here: the pages of its units (or all), and the lists it touched
 * (src/site/list-memo); a purge that names no lists drops them all.
 */
export function applyPurge(message: PurgeMessage): void {
  if ('all' in message) return purgeAll()
  purgeUnits(message.units)
  if (message.lists) dropLists(message.lists)
  else dropAllLists()
}

/** Bumped when units or shared columns may have changed: memos of the unit directory expire. */
export const directoryGeneration = (): number => directory

/** Bumped on every purge: lets callers drop their own memos (e.g. the unit directory). */
export const cacheGeneration = (): number => generation

export const cacheSize = (): number => cache.size
