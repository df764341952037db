import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'

const bilingual = (message: string) => {
  expect(message).toMatch(/[\u4e00-\u9fff]/)
  expect(message).toMatch(/ \/ .*[A-Za-z]/)
}
const openTransactions = (ctx: TestContext) => Object.keys((ctx.payload.db as unknown as { sessions?: object }).sessions ?? {}).length

describe('the jobs queue: a failed run leaves nothing held, and only the server runs jobs', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await useTestContext()
  })

  it('nobody runs jobs over HTTP, signed in or not, super-admin included', async () => {
    for (const email of [undefined, 'editor.dept@demo.zhanqun.cn', 'admin@demo.zhanqun.cn']) {
      const request = ctx.api().get('/api/payload-jobs/run')
      const res = email ? await request.set('Authorization', `JWT ${await ctx.login(email)}`) : await request
      expect(res.status, email).toBeGreaterThanOrEqual(400)
      expect(res.status, email).toBeLessThan(500)
      bilingual(res.body.message ?? res.body.errors[0].message)
    }
    const admin = await ctx.login('admin@demo.zhanqun.cn')
    const bad = await ctx.api().get('/api/payload-jobs/run?limit=1.5').set('Authorization', `JWT ${admin}`)
    expect(bad.status).toBe(400)
    bilingual(bad.body.errors[0].message)
  })

  it('after a job update the database refuses, writes and logins go on at once', async () => {
    // The update Payload's queue runs in a transaction of its own (LIMIT 1.5 is refused by the database).
    // Before the fix that transaction stayed open: SQLite's write lock was held and every later write waited for good.
    await expect(ctx.payload.jobs.run({ limit: 1.5, silent: true })).rejects.toThrow()
    expect(openTransactions(ctx)).toBe(0)

    const started = performance.now()
    const login = await ctx.api().post('/api/users/login').send({ email: 'editor.dept@demo.zhanqun.cn', password: 'Zhanqun-demo-2026' }).timeout(8_000)
    expect(login.status).toBe(200)
    const res = await ctx.api().post('/api/articles').set('Authorization', `JWT ${login.body.token}`)
      .send({ title: '任务失败后的写入', category: 'news', tenant: await ctx.tenantId('department') }).timeout(8_000)
    expect(res.status).toBe(201)
    expect(performance.now() - started).toBeLessThan(5_000)
    await ctx.payload.delete({ collection: 'articles', id: res.body.doc.id, overrideAccess: true })

    // The server's own run still works.
    await expect(ctx.payload.jobs.run({ silent: true })).resolves.toBeDefined()
  })
})
