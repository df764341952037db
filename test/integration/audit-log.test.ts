import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

type Entry = { action: string; userName: string; documentId?: string; comment?: string; tenant?: unknown }

describe('audit trail (操作日志)', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  // SQLite may hand a deleted document's id to a new one: look only at entries since this file began.
  const since = new Date().toISOString()
  const entriesFor = async (documentId: string | number, collectionSlug = 'disclosures') =>
    (await ctx.payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(documentId) }, collectionSlug: { equals: collectionSlug }, at: { greater_than_equal: since } },
      sort: 'at', limit: 100,
    })).docs as unknown as Entry[]

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
  })

  it('records create, submit, return, approve, publish, update, unpublish and delete with user and unit', async () => {
    const id = await wf.draft(users.editor, '审计测试条目')
    await wf.act(users.editor, id, 'submit')
    await wf.act(users.reviewer, id, 'return', '请补充依据')
    await wf.act(users.editor, id, 'submit')
    await wf.act(users.reviewer, id, 'approve')
    expect((await wf.publish(users.editor, id)).status).toBe(200)
    const unpublished = await ctx.api().patch(`/api/disclosures/${id}`).set(await wf.auth(users.editor)).send({ _status: 'draft' })
    expect(unpublished.status).toBe(200)
    expect((await ctx.api().delete(`/api/disclosures/${id}`).set(await wf.auth(users.webmaster))).status).toBe(200)

    const entries = await entriesFor(id)
    expect(entries.map((e) => e.action)).toEqual(['create', 'submit', 'return', 'submit', 'approve', 'publish', 'unpublish', 'delete'])
    expect(entries[2]).toMatchObject({ userName: '部门审核员', comment: '请补充依据' })
    expect(entries[7].userName).toBe('部门站点管理员')
    const dept = await ctx.tenantId('department')
    expect(entries.every((e) => String((e.tenant as { id?: unknown })?.id ?? e.tenant) === String(dept))).toBe(true)
  })

  it('tells a draft saved over a published item from an unpublish', async () => {
    const dept = await ctx.tenantId('department')
    const article = await ctx.api().post('/api/articles').set(await wf.auth(users.editor)).send({ tenant: dept, title: '草稿覆盖测试', category: 'news', _status: 'published' })
    const id = article.body.doc.id
    await ctx.api().patch(`/api/articles/${id}?draft=true`).set(await wf.auth(users.editor)).send({ title: '改动中的标题', _status: 'draft' })
    expect((await entriesFor(id, 'articles')).map((e) => e.action)).toEqual(['publish', 'update'])
  })

  it('records logins and failed logins, over REST and GraphQL', async () => {
    const email = users.countyEditor
    await ctx.api().post('/api/users/login').send({ email, password: 'Zhanqun-demo-2026' })
    await ctx.api().post('/api/users/login').send({ email, password: 'wrong-password' })
    await ctx.api().post('/api/graphql').send({ query: `mutation { loginUser(email: "${email}", password: "wrong-again") { token } }` })
    const found = await ctx.payload.find({ collection: 'audit-log', where: { userName: { in: [email, '区县编辑'] } }, sort: 'at', limit: 50 })
    const actions = found.docs.map((d) => d.action)
    expect(actions).toContain('login')
    expect(actions.filter((a) => a === 'login-failed').length).toBeGreaterThanOrEqual(1)
    const failed = found.docs.find((d) => d.action === 'login-failed')!
    expect(failed.tenant).toBeTruthy() // the unit's webmaster sees failed logins of their users
  })

  it('cannot be written, changed or deleted through any API, even by a super-admin', async () => {
    const admin = await wf.auth(users.admin)
    const one = (await ctx.payload.find({ collection: 'audit-log', limit: 1 })).docs[0]
    expect((await ctx.api().post('/api/audit-log').set(admin).send({ action: 'login', at: new Date().toISOString() })).status).toBe(403)
    expect((await ctx.api().patch(`/api/audit-log/${one.id}`).set(admin).send({ summary: 'forged' })).status).toBe(403)
    expect((await ctx.api().delete(`/api/audit-log/${one.id}`).set(admin)).status).toBe(403)
    const gql = await ctx.api().post('/api/graphql').set(admin).send({ query: `mutation { deleteAuditEntry(id: ${JSON.stringify(one.id)}) { id } }` })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await ctx.payload.findByID({ collection: 'audit-log', id: one.id })).summary).toBe(one.summary)
  })

  it('is read by super-admins everywhere and by a webmaster for their own unit only', async () => {
    const dept = String(await ctx.tenantId('department'))
    const mine = await ctx.api().get('/api/audit-log?limit=200&depth=0').set(await wf.auth(users.webmaster))
    expect(mine.status).toBe(200)
    expect(mine.body.docs.length).toBeGreaterThan(0)
    expect(mine.body.docs.every((d: Entry) => String(d.tenant) === dept)).toBe(true)
    expect((await ctx.api().get('/api/audit-log').set(await wf.auth(users.editor))).status).toBe(403)
    expect((await ctx.api().get('/api/audit-log').set(await wf.auth(users.reviewer))).status).toBe(403)
    expect((await ctx.api().get('/api/audit-log')).status).toBe(403)
    const county = await ctx.api().get('/api/audit-log?limit=200&depth=0').set(await wf.auth(users.countyWebmaster))
    expect(county.body.docs.some((d: Entry) => String(d.tenant) === dept)).toBe(false)
  })

  it('exports the reader’s scope as CSV that Excel opens, and refuses bad filters', async () => {
    const res = await ctx.api().get('/api/audit-log/export.csv?action=submit').set(await wf.auth(users.webmaster)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = []
      r.on('data', (c: Buffer) => chunks.push(c))
      r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')))
    })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/csv/)
    const text = res.body as string
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = parse(text.slice(1)) as string[][]
    expect(rows[0][0]).toBe('时间 / time')
    expect(rows.length).toBeGreaterThan(1)
    expect(rows.slice(1).every((r) => r[1] === '送审')).toBe(true)
    expect((await ctx.api().get('/api/audit-log/export.csv?from=yesterday').set(await wf.auth(users.webmaster))).status).toBe(400)
    expect((await ctx.api().get('/api/audit-log/export.csv?action=hack').set(await wf.auth(users.webmaster))).status).toBe(400)
    expect((await ctx.api().get('/api/audit-log/export.csv')).status).toBe(401)
    const editor = await ctx.api().get('/api/audit-log/export.csv').set(await wf.auth(users.editor))
    expect(editor.status).toBe(403)
  })
})
