import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signBody } from '../../src/jobs/publication-event'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('retryable publication effects (webhooks to integrators)', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  let server: http.Server
  const received: { body: Record<string, unknown>; signature?: string; raw: string }[] = []
  let failNext = 0

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = ''
      req.on('data', (c) => (raw += c))
      req.on('end', () => {
        if (failNext > 0) {
          failNext--
          res.writeHead(503).end()
          return
        }
        received.push({ body: JSON.parse(raw), signature: req.headers['x-zhanqun-signature'] as string | undefined, raw })
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    ctx = await useTestContext()
    wf = workflowClient(ctx)
    // Read at each publish: set after the demo seed so only this file's publishes are sent.
    process.env.WEBHOOK_URLS = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    process.env.WEBHOOK_SECRET = 'hook-secret'
  })
  afterAll(() => {
    delete process.env.WEBHOOK_URLS
    server?.close()
  })

  const runJobsUntil = async (done: () => boolean) => {
    for (let i = 0; i < 20 && !done(); i++) {
      await ctx.payload.jobs.run({ silent: true, limit: 100, where: { taskSlug: { equals: 'notifyWebhook' } } })
      if (!done()) await sleep(100)
    }
  }

  it('tells integrators of a publish, signed, and retries a failing receiver until it answers', async () => {
    received.length = 0
    failNext = 2
    const dept = await ctx.tenantId('department')
    const res = await ctx.api().post('/api/articles').set(await wf.auth(users.editor)).send({ tenant: dept, title: '推送测试', category: 'news', _status: 'published' })
    expect(res.status).toBe(201)
    await runJobsUntil(() => received.length > 0)
    expect(failNext).toBe(0) // two failed attempts came first
    expect(received).toHaveLength(1)
    expect(received[0].body).toMatchObject({ type: 'publish', collection: 'articles', id: String(res.body.doc.id), tenant: String(dept), title: '推送测试' })
    expect(received[0].signature).toBe(signBody('hook-secret', received[0].raw))
  })

  it('tells of an unpublish and a delete, and says nothing of drafts', async () => {
    received.length = 0
    const dept = await ctx.tenantId('department')
    const res = await ctx.api().post('/api/articles').set(await wf.auth(users.editor)).send({ tenant: dept, title: '撤回测试', category: 'news', _status: 'published' })
    const id = res.body.doc.id
    await ctx.api().patch(`/api/articles/${id}?draft=true`).set(await wf.auth(users.editor)).send({ title: '草稿中', _status: 'draft' })
    await ctx.api().patch(`/api/articles/${id}`).set(await wf.auth(users.editor)).send({ _status: 'draft' })
    await runJobsUntil(() => received.length >= 2)
    // Jobs of one run are delivered concurrently: integrators order events by their time (`at`).
    const inOrder = () => [...received].sort((x, y) => String(x.body.at).localeCompare(String(y.body.at))).map((r) => r.body.type)
    expect(inOrder()).toEqual(['publish', 'unpublish'])

    received.length = 0
    const again = await ctx.api().post('/api/articles').set(await wf.auth(users.editor)).send({ tenant: dept, title: '删除测试', category: 'news', _status: 'published' })
    await ctx.api().delete(`/api/articles/${again.body.doc.id}`).set(await wf.auth(users.webmaster))
    await runJobsUntil(() => received.length >= 2)
    expect(inOrder()).toEqual(['publish', 'delete'])
  })

  it('queues nothing when the publish itself is refused (one transaction)', async () => {
    const before = await ctx.payload.count({ collection: 'payload-jobs' })
    const id = await wf.draft(users.editor, '未审核不推送')
    expect((await wf.publish(users.editor, id)).status).toBe(403)
    expect((await ctx.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(before.totalDocs)
  })
})
