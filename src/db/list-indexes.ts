/**
 * The public lists order ties by `-createdAt, -id` on the SQL adapters (`totalOrder` in lean-find.ts),
 * and the collections' list indexes (e.g. tenant, status, publishedAt, createdAt) end with createdAt:
 * Payload's compound indexes take fields only, and `id` is a column, not a field. Without `id` in the
 * index PostgreSQL sorts each group of ties, and with no table statistics yet (right after an import)
 * it sorted every department item for the hub's lists: 113 ms instead of 1.7 ms. This closes each such
 * index with `id` in the raw schema, before the adapter builds its tables, so schema push and the
 * generated migrations both carry it.
 */
interface RawIndex { name: string; on: string | string[]; unique?: boolean }
interface RawTable { name: string; columns: Record<string, unknown>; indexes?: Record<string, RawIndex> }
type SchemaHook = (args: { schema: never }) => unknown
interface SchemaAdapter { beforeSchemaInit: SchemaHook[]; rawTables: Record<string, RawTable> }

// PostgreSQL's limit on identifiers; a longer name would be cut and could collide.
const maxName = 63

/** The raw tables' list indexes closed with `id`: compound, non-unique, ending with `createdAt`. */
export function closeWithId(tables: Record<string, RawTable>): string[] {
  const renamed: string[] = []
  for (const table of Object.values(tables)) {
    if (!table.indexes || !table.columns.id) continue
    for (const [key, index] of Object.entries(table.indexes)) {
      const on = Array.isArray(index.on) ? index.on : [index.on]
      if (index.unique || on.length < 2 || on.at(-1) !== 'createdAt') continue
      const name = `${key.replace(/_idx$/, '')}_id_idx`
      if (name.length > maxName) throw new Error(`list index name too long for ${table.name}: ${name}`)
      delete table.indexes[key]
      table.indexes[name] = { ...index, name, on: [...on, 'id'] }
      renamed.push(name)
    }
  }
  return renamed
}

export function listIndexesWithId<T extends object>(adapter: T): T {
  const db = adapter as unknown as SchemaAdapter
  db.beforeSchemaInit = [...db.beforeSchemaInit, ({ schema }) => {
    closeWithId(db.rawTables)
    return schema
  }]
  return adapter
}
