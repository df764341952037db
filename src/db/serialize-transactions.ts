/**
 * SQLite has one writer. libsql opens each transaction on its own connection with BEGIN IMMEDIATE,
 * and that connection fails at once with SQLITE_BUSY while another transaction writes, instead of
 * waiting. Queuing transactions in-process turns that failure into a short wait: the same order
 * SQLite would impose anyway, without the errors.
 */
type TxId = string | number | null

export interface TransactionalAdapter {
  beginTransaction: (...args: never[]) => Promise<TxId>
  commitTransaction: (id: never) => Promise<void>
  rollbackTransaction: (id: never) => Promise<void>
}

export function serializeTransactions<T extends TransactionalAdapter>(adapter: T): T {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const releases = new Map<string, () => void>()
  let tail: Promise<void> = Promise.resolve()

  const finish = (end: (id: never) => Promise<void>) => async (id: never) => {
    try {
      await end(id)
    } finally {
      const release = releases.get(String(id))
      releases.delete(String(id))
      release?.()
    }
  }

  adapter.beginTransaction = (async (...args: never[]) => {
    let release!: () => void
    const previous = tail
    tail = new Promise<void>((resolve) => (release = resolve))
    await previous
    try {
      const id = await begin(...args)
      if (id === null || id === undefined) release()
      else releases.set(String(id), release)
      return id
    } catch (err) {
      release()
      throw err
    }
  }) as T['beginTransaction']
  adapter.commitTransaction = finish(commit) as T['commitTransaction']
  adapter.rollbackTransaction = finish(rollback) as T['rollbackTransaction']
  return adapter
}
