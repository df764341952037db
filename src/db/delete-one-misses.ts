import type { Where } from 'payload'

/**
 * The SQL adapters' `deleteOne` finds its row with the joins its `where` needs, but when nothing matches
 * it runs a second lookup without those joins, which the database refuses (`no such column`): deleting
 * a preference key that does not exist (`DELETE /api/payload-preferences/<key>`, whose `where` reads
 * `user.value`) answered 500 instead of 404. Where the `where` reaches through a relation, this counts
 * the matches first (counting builds its joins) and answers "nothing deleted" when there are none.
 */
interface DeletingAdapter {
  deleteOne: (args: { collection: string; where: Where; req?: unknown }) => Promise<unknown>
  count: (args: { collection: string; where: Where; req?: unknown }) => Promise<{ totalDocs: number }>
}

const reachesThroughRelation = (where: unknown): boolean =>
  typeof where === 'object' && where !== null &&
  Object.entries(where).some(([key, value]) => key.includes('.') || ((key === 'and' || key === 'or') && Array.isArray(value) && value.some(reachesThroughRelation)))

export function deleteOneMissesCleanly<T extends object>(adapter: T): T {
  const db = adapter as unknown as DeletingAdapter
  const deleteOne = db.deleteOne.bind(adapter)
  db.deleteOne = async (args) => {
    if (reachesThroughRelation(args.where)) {
      const { totalDocs } = await db.count({ collection: args.collection, where: args.where, req: args.req })
      if (totalDocs === 0) return null
    }
    return deleteOne(args)
  }
  return adapter
}
