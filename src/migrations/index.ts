import type { DatabaseKind } from '../db/database-uri'
import { migrations as postgres } from './postgres'
import { migrations as sqlite } from './sqlite'

/**
 * Versioned migrations, applied on start in production (`prodMigrations`). Create a new one with
 * `npm run migrate:create -- <name>` against each SQL engine (README); MongoDB needs none.
 */
export function migrationsFor(kind: DatabaseKind) {
  if (kind === 'sqlite') return sqlite
  if (kind === 'postgres') return postgres
  return undefined
}
