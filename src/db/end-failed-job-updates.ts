/**
 * Payload's jobs queue updates job rows through `updateJobs` (payload/dist/queues/utilities/updateJob.js):
 * it begins a transaction of its own, calls the adapter's `updateJobs` with `{ transactionID }` and commits,
 * but it has no rollback when that call throws (e.g. `GET /api/payload-jobs/run?limit=1.5` makes the
 * database refuse the LIMIT). The transaction then stays open for good: on SQLite it keeps the write lock
 * (and our in-process queue of writers) held, so every later write and login waits for ever; on
 * PostgreSQL it keeps a pooled connection "idle in transaction". That transaction is the only one
 * Payload begins without `killTransaction` on failure, so we end it here, where the failure surfaces.
 */
type TxId = string | number

export interface JobUpdatingAdapter {
  updateJobs: (args: never) => Promise<unknown>
  rollbackTransaction: (id: never) => Promise<void>
}

export function endFailedJobUpdates<T extends JobUpdatingAdapter>(adapter: T): T {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = (async (args: never) => {
    try {
      return await updateJobs(args)
    } catch (err) {
      const transactionID = (args as { req?: { transactionID?: TxId | Promise<TxId> } }).req?.transactionID
      if (transactionID !== undefined && transactionID !== null) {
        await adapter.rollbackTransaction((await transactionID) as never).catch(() => {})
      }
      throw err
    }
  }) as T['updateJobs']
  return adapter
}
