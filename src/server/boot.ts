import { getPayload, type Payload, type SanitizedConfig } from 'payload'
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
  // The config reads the environment when imported, so it is imported only now.
  const config = await (await import('../../payload.config')).default
  try {
    const payload = await getPayload({ config })
    return { payload, config, database }
  } catch (err) {
    const reason = ((err as Error).message || String(err)).split('\n')[0]
    throw new BootError(
      `无法连接数据库 / cannot connect to the ${database.kind} database at ${redact(database.url)}: ${reason}`,
    )
  }
}
