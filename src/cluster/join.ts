import type { Payload } from 'payload'
import { parseDatabaseUri } from '../db/database-uri'
import { purgeAll, purgeUnits } from '../site/render-cache'
import { joinCluster, type PurgeMessage } from './bus'

/** The purge another server asked for, applied to this process's render cache. */
const applyPurge = (message: PurgeMessage) => ('all' in message ? purgeAll() : void purgeUnits(message.units))

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
