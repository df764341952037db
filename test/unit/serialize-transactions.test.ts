import { describe, expect, it } from 'vitest'
import { serializeTransactions } from '../../src/db/serialize-transactions'

/** A fake adapter that fails the way libsql does when two transactions overlap. */
function fakeAdapter() {
  let open = 0
  let next = 1
  const log: string[] = []
  return {
    log,
    async beginTransaction() {
      if (open > 0) throw new Error('SQLITE_BUSY')
      open++
      const id = next++
      log.push(`begin ${id}`)
      return id
    },
    async commitTransaction(id: number) {
      await new Promise((r) => setTimeout(r, 1))
      open--
      log.push(`commit ${id}`)
    },
    async rollbackTransaction(id: number) {
      open--
      log.push(`rollback ${id}`)
    },
  }
}

describe('serializeTransactions', () => {
  it('runs overlapping transactions one after another instead of failing', async () => {
    const db = serializeTransactions(fakeAdapter())
    const work = async (fail: boolean) => {
      const id = (await db.beginTransaction()) as number
      await new Promise((r) => setTimeout(r, 2))
      if (fail) await db.rollbackTransaction(id as never)
      else await db.commitTransaction(id as never)
    }
    await Promise.all([work(false), work(true), work(false), work(false)])
    expect(db.log).toEqual(['begin 1', 'commit 1', 'begin 2', 'rollback 2', 'begin 3', 'commit 3', 'begin 4', 'commit 4'])
  })

  it('releases the queue when begin itself fails', async () => {
    const raw = fakeAdapter()
    let failures = 1
    const begin = raw.beginTransaction.bind(raw)
    raw.beginTransaction = async () => (failures-- > 0 ? Promise.reject(new Error('boom')) : begin())
    const db = serializeTransactions(raw)
    await expect(db.beginTransaction()).rejects.toThrow('boom')
    const id = await db.beginTransaction()
    await db.commitTransaction(id as never)
    expect(db.log).toEqual(['begin 1', 'commit 1'])
  })
})
