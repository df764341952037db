import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'

const openFiles = () => fs.readdirSync('/proc/self/fd').length

/**
 * @libsql/client before 0.18 opened a new SQLite connection for every transaction and never closed
 * the old one: three file handles leaked per write, until a busy server could open no file at all
 * (seen at about 7,000 writes). package.json pins the fixed client through `overrides`.
 */
describe.runIf(fs.existsSync('/proc/self/fd'))('database connections', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await useTestContext()
  })

  it('do not leak with every transaction', async () => {
    const tenant = await ctx.tenantId('department')
    const write = (i: number) => ctx.payload.create({ collection: 'articles', data: { tenant, title: `连接 ${i}`, category: 'news', _status: 'published' } as never })
    await write(-1)
    const before = openFiles()
    for (let i = 0; i < 400; i++) await write(i)
    expect(openFiles() - before).toBeLessThan(40)
  })
})
