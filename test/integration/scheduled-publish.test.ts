import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { startServer, type ServerProcess } from '../helpers/server-process'
import { users, workflowClient } from '../helpers/workflow'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('scheduled publishing (定时发布) through the jobs queue', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  const schedule = async (email: string, id: unknown, body: Record<string, unknown>) =>
    ctx.api().post(`/api/disclosures/${id}/schedule`).set(await wf.auth(email)).send(body)
  // Earlier files share this database and may leave due jobs behind; a plain run takes the oldest ten.
  const runJob = (jobId: unknown) => ctx.payload.jobs.run({ silent: true, where: { id: { equals: jobId } } })

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
  })

  it('publishes an approved item at its time, as the user who scheduled it', async () => {
    const id = await wf.draft(users.editor, '定时发布的通知')
    await wf.act(users.editor, id, 'submit')
    await wf.act(users.reviewer, id, 'approve')
    const res = await schedule(users.editor, id, { at: new Date(Date.now() + 800).toISOString() })
    expect(res.status).toBe(201)
    await runJob(res.body.job.id)
    expect((await wf.latest(id))._status).toBe('draft') // not yet due
    await sleep(1000)
    await runJob(res.body.job.id)
    const doc = await wf.latest(id)
    expect(doc._status).toBe('published')
    expect(doc.indexNumber).toBeTruthy()
  })

  it('never publishes unreviewed text, even when scheduled', async () => {
    const id = await wf.draft(users.editor, '未经审核的定时发布')
    const res = await schedule(users.editor, id, { at: new Date(Date.now() + 100).toISOString() })
    expect(res.status).toBe(201)
    await sleep(300)
    await runJob(res.body.job.id)
    // The job ran and was refused by the review rules, rather than never running at all.
    const job = await ctx.payload.findByID({ collection: 'payload-jobs', id: res.body.job.id, overrideAccess: true })
    expect(job.totalTried).toBeGreaterThan(0)
    expect(job.log?.some((entry) => entry.state === 'failed')).toBe(true)
    expect(job.completedAt ?? null).toBeNull()
    expect((await wf.latest(id))._status).toBe('draft')
  })

  it('schedules unpublishing too', async () => {
    const dept = await ctx.tenantId('department')
    const article = await ctx.api().post('/api/articles').set(await wf.auth(users.editor)).send({ tenant: dept, title: '限时公告', category: 'notice', _status: 'published' })
    const res = await ctx.api().post(`/api/articles/${article.body.doc.id}/schedule`).set(await wf.auth(users.editor))
      .send({ type: 'unpublish', at: new Date(Date.now() + 100).toISOString() })
    expect(res.status).toBe(201)
    await sleep(300)
    await runJob(res.body.job.id)
    const anonymous = await ctx.api().get(`/api/articles/${article.body.doc.id}`)
    expect(anonymous.status).toBe(404)
  })

  it('refuses bad times, bad types, strangers and reviewers with clear 4xx answers', async () => {
    const id = await wf.draft(users.editor, '定时参数校验')
    expect((await schedule(users.editor, id, { at: 'tomorrow' })).status).toBe(400)
    expect((await schedule(users.editor, id, { at: '2001-01-01T00:00:00Z' })).status).toBe(400)
    const badType = await schedule(users.editor, id, { type: 'explode', at: new Date(Date.now() + 60_000).toISOString() })
    expect(badType.status).toBe(400)
    expect(badType.body.errors[0].message).toMatch(/publish.*\/.*publish/)
    expect((await schedule(users.reviewer, id, { at: new Date(Date.now() + 60_000).toISOString() })).status).toBe(403)
    expect((await schedule(users.countyEditor, id, { at: new Date(Date.now() + 60_000).toISOString() })).status).toBe(404)
    expect((await ctx.api().post(`/api/disclosures/${id}/schedule`).send({ at: new Date().toISOString() })).status).toBe(401)
  })
})

describe('scheduled publishing survives a restart', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-jobs-'))
  const env = { DATABASE_URI: `file:${path.join(dir, 'jobs.db')}`, PAYLOAD_SECRET: 'jobs-restart-test', JOBS_CRON: '* * * * * *', SEED_DEMO: 'small' }
  let server: ServerProcess | undefined
  afterAll(async () => {
    await server?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('runs a job queued before the server stopped once it is back', async () => {
    server = await startServer(env)
    const login = async (email: string) =>
      ((await (await fetch(`${server!.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'Zhanqun-demo-2026' }) })).json()) as { token: string }).token
    const call = async (email: string, method: string, url: string, body?: unknown) => {
      const res = await fetch(`${server!.url}${url}`, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${await login(email)}` }, body: body === undefined ? undefined : JSON.stringify(body) })
      return { status: res.status, body: (await res.json()) as Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any
    }
    const column = (await (await fetch(`${server.url}/api/columns?where[key][equals]=mandatory-policy&limit=1`)).json()).docs[0].id
    const created = await call(users.editor, 'POST', '/api/disclosures?draft=true', { title: '重启后定时发布', column, issuer: '市发改委', _status: 'draft' })
    const id = created.body.doc.id
    expect((await call(users.editor, 'POST', `/api/disclosures/${id}/review`, { action: 'submit' })).status).toBe(200)
    expect((await call(users.reviewer, 'POST', `/api/disclosures/${id}/review`, { action: 'approve' })).status).toBe(200)
    expect((await call(users.editor, 'POST', `/api/disclosures/${id}/schedule`, { at: new Date(Date.now() + 4000).toISOString() })).status).toBe(201)
    await server.stop()

    server = await startServer(env)
    const deadline = Date.now() + 30_000
    let status = 0
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${server.url}/api/disclosures/${id}`)).status
      if (status !== 200) await sleep(500)
    }
    expect(status, server.log()).toBe(200)
  })
})
