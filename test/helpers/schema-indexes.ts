/**
 * The indexes of a database, one line each (`table name (columns)`), sorted: to hold the schema the
 * versioned migrations build against the one Payload's push builds from the config.
 */
export async function indexesOf(uri: string): Promise<string[]> {
  if (uri.startsWith('postgres')) {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    try {
      const { rows } = await client.query<{ tablename: string; indexname: string; indexdef: string }>(
        `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`)
      return rows.map((r) => `${r.tablename} ${r.indexname} ${r.indexdef.replace(/^.* USING /, '')}`).sort()
    } finally {
      await client.end()
    }
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: uri })
  try {
    const { rows } = await client.execute(`SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'`)
    const lines: string[] = []
    for (const row of rows) {
      const columns = await client.execute({ sql: 'SELECT name FROM pragma_index_info(?) ORDER BY seqno', args: [String(row.name)] })
      lines.push(`${String(row.tbl_name)} ${String(row.name)} (${columns.rows.map((c) => String(c.name)).join(',')})`)
    }
    return lines.sort()
  } finally {
    client.close()
  }
}
