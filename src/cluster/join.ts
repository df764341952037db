import type { Payload } from 'payload'
import { invalidateWorkingCalendar } from '../../collections/CalendarOverrides/calendar-cache'
import { parseDatabaseUri } from '../db/database-uri'
import { invalidateMourningPeriods } from '../display/reads/mourning-periods'
import { applyPurge as purgeHere } from '../site/render-cache'
import { joinCluster, type PurgeMessage } from './bus'

/**
 * The purge another server asked for, applied to this process's render cache. A purge of everything
 * (units, columns, mourning periods changed) also drops the memos pages are rendered from, so a page
 * rendered right after it cannot be cached from an old memo.
 */
function applyPurge(message: PurgeMessage): void {
  if ('all' in message) {
    invalidateMourningPeriods()
    invalidateWorkingCalendar()
  }
  purgeHere(message)
}

/** Joins the group's other servers: Redis when REDIS_URL is set, else LISTEN/NOTIFY on PostgreSQL. */
export async function joinServers(payload: Payload): Promise<string> {
  const database = parseDatabaseUri(process.env.DATABASE_URI)
  const kind = await joinCluster({
    redisUrl: process.env.REDIS_URL || undefined,
    postgresUrl: database.kind === 'postgres' ? database.url : undefined,
    onPurge: applyPurge,
    log: { info: (msg) => payload.logger.info(msg), warn: (msg) => payload.logger.warn(msg) },
  })
  return kind
}
