import { describe, expect, it } from 'vitest'
import { isForeignKeyViolation, refuseMissingRelations } from '../../src/db/constraint-errors'
import { endFailedJobUpdates } from '../../src/db/end-failed-job-updates'

describe('endFailedJobUpdates', () => {
  it("rolls back the transaction Payload's updateJobs opened when the update fails, and rethrows", async () => {
    const rolledBack: unknown[] = []
    const adapter = endFailedJobUpdates({
      updateJobs: async (_args: never) => {
        throw new Error('datatype mismatch')
      },
      rollbackTransaction: async (id: never) => void rolledBack.push(id),
    })
    await expect(adapter.updateJobs({ req: { transactionID: 'tx-1' } } as never)).rejects.toThrow('datatype mismatch')
    expect(rolledBack).toEqual(['tx-1'])
  })
  it('leaves successful updates and updates without a transaction alone', async () => {
    const rolledBack: unknown[] = []
    let fail = false
    const adapter = endFailedJobUpdates({
      updateJobs: async (_args: never) => {
        if (fail) throw new Error('boom')
        return ['job']
      },
      rollbackTransaction: async (id: never) => void rolledBack.push(id),
    })
    expect(await adapter.updateJobs({ req: { transactionID: 'tx-2' } } as never)).toEqual(['job'])
    fail = true
    await expect(adapter.updateJobs({ req: {} } as never)).rejects.toThrow('boom')
    expect(rolledBack).toEqual([])
  })
})

describe('refuseMissingRelations', () => {
  it('recognises foreign-key violations of SQLite and PostgreSQL, however deeply wrapped', () => {
    expect(isForeignKeyViolation({ message: 'Failed query', cause: { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' } })).toBe(true)
    expect(isForeignKeyViolation({ cause: { cause: { code: '23503' } } })).toBe(true)
    expect(isForeignKeyViolation(new Error('FOREIGN KEY constraint failed'))).toBe(true)
    expect(isForeignKeyViolation({ code: '23505' })).toBe(false)
  })
  it('turns them into a bilingual 400 and passes other errors on', async () => {
    const adapter = refuseMissingRelations({
      create: async () => {
        throw Object.assign(new Error('insert failed'), { cause: { code: '23503' } })
      },
      updateOne: async () => {
        throw new Error('disk full')
      },
    })
    await expect(adapter.create()).rejects.toMatchObject({ status: 400, message: '关联的文档不存在 / a related document does not exist' })
    await expect(adapter.updateOne()).rejects.toThrow('disk full')
  })
})
