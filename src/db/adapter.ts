import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { projectRoot } from '../config/project-root'
import type { DatabaseTarget } from './database-uri'
import { refuseMissingRelations } from './constraint-errors'
import { deleteOneMissesCleanly } from './delete-one-misses'
import { endFailedJobUpdates } from './end-failed-job-updates'
import { listIndexesWithId } from './list-indexes'
import { serializeTransactions } from './serialize-transactions'

const migrationsRoot = path.join(projectRoot, 'src/migrations')

export function migrationDirFor(kind: DatabaseTarget['kind']): string {
  return path.join(migrationsRoot, kind)
}

/** Fixes for failure paths of Payload's SQL adapters, and list indexes closed with id (each file says why). */
const withSqlFixes = <T extends Parameters<typeof endFailedJobUpdates>[0]>(db: T): T =>
  listIndexesWithId(deleteOneMissesCleanly(refuseMissingRelations(endFailedJobUpdates(db))))

/**
 * Builds the Payload adapter for a target. Schema push is on outside production;
 * production applies the versioned migrations in src/migrations/<kind>.
 */
export function createDatabaseAdapter(
  target: DatabaseTarget,
  prodMigrations?: unknown[],
): DatabaseAdapterObj {
  const push = process.env.NODE_ENV !== 'production' && process.env.PAYLOAD_PUSH !== 'false'
  switch (target.kind) {
    case 'sqlite': {
      const file = target.url.slice('file:'.length)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const adapter = sqliteAdapter({
        client: { url: target.url },
        migrationDir: migrationDirFor('sqlite'),
        prodMigrations: prodMigrations as never,
        push,
        busyTimeout: 10_000,
        // SQLite runs without transactions unless asked; we need them for all-or-nothing writes.
        transactionOptions: {},
        wal: true,
      })
      const init = adapter.init
      adapter.init = (args) => withSqlFixes(serializeTransactions(init(args)))
      return adapter
    }
    case 'postgres': {
      const adapter = postgresAdapter({
        // Also the wait for a free pooled connection under load: generous, but never forever.
        pool: { connectionString: target.url, connectionTimeoutMillis: 60_000 },
        migrationDir: migrationDirFor('postgres'),
        prodMigrations: prodMigrations as never,
        push,
      })
      const init = adapter.init
      adapter.init = (args) => withSqlFixes(init(args))
      return adapter
    }
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: 5_000 },
        migrationDir: migrationDirFor('mongodb'),
        prodMigrations: prodMigrations as never,
      })
  }
}
