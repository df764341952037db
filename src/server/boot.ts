import { getPayload, type Payload, type SanitizedConfig } from 'payload'
// The config reads DATABASE_URI when it is loaded: entry points import ./check-env and load Lexical
// (src/config/preload-lexical.ts) before they import this module; tests set the environment in a
// setup file.
import configPromise from '../../payload.config'
import { parseDatabaseUri, redact, type DatabaseTarget } from '../db/database-uri'

export class BootError extends Error {}

export interface Booted {
  payload: Payload
  config: SanitizedConfig
  database: DatabaseTarget
}

/** Connects Payload to the database named by DATABASE_URI; fails with one clear line. */
export async function bootPayload(): Promise<Booted> {
  let database: DatabaseTarget
  try {
    database = parseDatabaseUri(process.env.DATABASE_URI)
  } catch (err) {
    throw new BootError((err as Error).message)
  }
  const config = await configPromise
  try {
    // cron: the jobs queue runs in this process (scheduled publishing); JOBS_AUTORUN=false turns it off.
    const payload = await getPayload({ config, cron: true })
    return { payload, config, database }
  } catch (err) {
    const reason = ((err as Error).message || String(err)).split('\n')[0]
    throw new BootError(
      `无法连接数据库 / cannot connect to the ${database.kind} database at ${redact(database.url)}: ${reason}`,
    )
  }
}
