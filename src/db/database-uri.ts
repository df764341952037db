import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface DatabaseTarget {
  kind: DatabaseKind
  /** Connection string as the adapter expects it (SQLite: `file:` URL with an absolute path). */
  url: string
}

export class DatabaseUriError extends Error {
  constructor(detail: string) {
    super(`DATABASE_URI 无效 / invalid DATABASE_URI: ${detail}`)
    this.name = 'DatabaseUriError'
  }
}

/** Production and development keep separate files: one is migrated, the other schema-pushed. */
export const defaultSqliteFile = () => (process.env.NODE_ENV === 'production' ? 'data/zhanqun.db' : 'data/zhanqun-dev.db')

/**
 * Reads DATABASE_URI: unset → SQLite under ./data, `file:<path>` → SQLite there,
 * `postgres://` / `postgresql://` → PostgreSQL, `mongodb://` / `mongodb+srv://` → MongoDB.
 */
export function parseDatabaseUri(raw: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const uri = raw?.trim()
  if (!uri) return { kind: 'sqlite', url: `file:${path.resolve(cwd, defaultSqliteFile())}` }

  if (uri.startsWith('file:')) {
    const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) throw new DatabaseUriError('`file:` needs a path, e.g. file:./data/site.db')
    return { kind: 'sqlite', url: `file:${path.resolve(cwd, file)}` }
  }

  let parsed: URL
  try {
    parsed = new URL(uri)
  } catch {
    throw new DatabaseUriError(`cannot parse "${redact(uri)}"; expected file:, postgres:// or mongodb://`)
  }
  const scheme = parsed.protocol.replace(/:$/, '')
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!parsed.hostname && !parsed.searchParams.get('host')) throw new DatabaseUriError('PostgreSQL URI has no host')
    if (parsed.pathname.replace(/^\//, '') === '') throw new DatabaseUriError('PostgreSQL URI names no database')
    return { kind: 'postgres', url: uri }
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    if (!parsed.hostname) throw new DatabaseUriError('MongoDB URI has no host')
    return { kind: 'mongodb', url: uri }
  }
  throw new DatabaseUriError(`unsupported scheme "${scheme}:"; use file:, postgres:// or mongodb://`)
}

/** Hides the password of a connection string so it can be logged. */
export function redact(uri: string): string {
  return uri.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
