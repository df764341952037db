import { APIError } from 'payload'

/**
 * A write that names a related document which does not exist (`{"tenant": -1}`) reaches the database,
 * whose foreign key refuses it; Payload turns unique-index violations into a 400 but passes this one on
 * as a 500. It is bad input: this answers it as such, naming no table or column.
 */
const writes = ['create', 'createVersion', 'createGlobal', 'createGlobalVersion', 'updateOne', 'updateMany', 'updateVersion', 'updateGlobal', 'updateGlobalVersion', 'upsert'] as const

export function isForeignKeyViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; extendedCode?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 6; e = e.cause as typeof e, depth++) {
    if (e.code === '23503' || e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e.extendedCode === 'SQLITE_CONSTRAINT_FOREIGNKEY') return true
    if (typeof e.message === 'string' && e.message.includes('FOREIGN KEY constraint failed')) return true
  }
  return false
}

export function refuseMissingRelations<T extends object>(adapter: T): T {
  const methods = adapter as unknown as Record<string, ((...args: unknown[]) => Promise<unknown>) | undefined>
  for (const name of writes) {
    const original = methods[name]
    if (typeof original !== 'function') continue
    methods[name] = async (...args: unknown[]) => {
      try {
        return await original.apply(adapter, args)
      } catch (err) {
        if (isForeignKeyViolation(err)) throw new APIError('关联的文档不存在 / a related document does not exist', 400, null, true)
        throw err
      }
    }
  }
  return adapter
}
