import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

describe('wrong/sensitive-word check (错敏词) on submission', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
  })

  it('ships the starter dictionary as group entries everyone signed in can read', async () => {
    const res = await ctx.api().get('/api/wording-entries?where[wrong][equals]=卫计委').set(await wf.auth(users.editor))
    expect(res.status).toBe(200)
    expect(res.body.docs[0]).toMatchObject({ correct: '卫健委', severity: 'block' })
    expect((await ctx.api().get('/api/wording-entries')).status).toBe(403)
  })

  it('stops submission on a blocking entry with its exact position, and stores nothing', async () => {
    const id = await wf.draft(users.editor, '关于市卫计委工作的通知')
    const res = await wf.act(users.editor, id, 'submit')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('标题第4字“卫计委”，应为“卫健委”')
    expect(res.body.errors[0].data.wordingHits[0]).toMatchObject({ field: 'title', start: 3, end: 6, severity: 'block' })
    const doc = await wf.latest(id)
    expect((doc.review as { state: string }).state).toBe('draft')
  })

  it('lets warnings through and keeps them on the document for the reviewer', async () => {
    const id = await wf.draft(users.editor, '关于其它事项的说明')
    const check = await ctx.api().get(`/api/disclosures/${id}/wording-check`).set(await wf.auth(users.editor))
    expect(check.body).toMatchObject({ blocking: 0, warnings: 1, canSubmit: true })
    const res = await wf.act(users.editor, id, 'submit')
    expect(res.status).toBe(200)
    expect(res.body.doc.review.wordingHits[0]).toMatchObject({ wrong: '其它', correct: '其他', severity: 'warn', start: 2 })
  })

  it('checks the body text too', async () => {
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '截止目前，已布署到位。' }] }] } }
    const id = await wf.draft(users.editor, '进展情况', { body })
    const res = await wf.act(users.editor, id, 'submit')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('正文第1字“截止目前”')
    expect(res.body.errors[0].message).toContain('正文第7字“布署”')
  })

  it('applies a unit’s own entries to that unit only; webmasters keep their unit’s entries, not the group’s', async () => {
    const dept = await ctx.tenantId('department')
    const created = await ctx.api().post('/api/wording-entries').set(await wf.auth(users.webmaster))
      .send({ wrong: '发改局', correct: '发展和改革委员会', severity: 'block', tenant: dept })
    expect(created.status).toBe(201)

    const id = await wf.draft(users.editor, '发改局年度工作总结')
    expect((await wf.act(users.editor, id, 'submit')).status).toBe(400)

    const county = await ctx.tenantId('county')
    const countyItem = await ctx.api().post('/api/disclosures?draft=true').set(await wf.auth(users.countyEditor))
      .send({ title: '发改局年度工作总结', column: await wf.column(), issuer: '北湖区', _status: 'draft', tenant: county })
    expect((await wf.act(users.countyEditor, countyItem.body.doc.id, 'submit')).status).toBe(200)

    expect([403, 404]).toContain((await ctx.api().patch(`/api/wording-entries/${created.body.doc.id}`).set(await wf.auth(users.countyWebmaster)).send({ severity: 'warn' })).status)
    expect((await ctx.api().post('/api/wording-entries').set(await wf.auth(users.editor)).send({ wrong: '某词', severity: 'warn', tenant: dept })).status).toBe(403)
    const groupEntry = (await ctx.payload.find({ collection: 'wording-entries', where: { wrong: { equals: '卫计委' } } })).docs[0]
    expect([403, 404]).toContain((await ctx.api().delete(`/api/wording-entries/${groupEntry.id}`).set(await wf.auth(users.webmaster))).status)
    expect((await ctx.payload.findByID({ collection: 'wording-entries', id: groupEntry.id })).wrong).toBe('卫计委')
    expect((await ctx.api().post('/api/wording-entries').set(await wf.auth(users.webmaster)).send({ wrong: '全站词', severity: 'warn' })).status).toBe(403)
  })

  it('refuses an entry that contradicts the dictionary, in Chinese and English', async () => {
    const res = await ctx.api().post('/api/wording-entries').set(await wf.auth(users.admin)).send({ wrong: '卫健委', correct: '卫计委', severity: 'block' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/词库条目.* \/ entry/)
    expect((await ctx.api().post('/api/wording-entries').set(await wf.auth(users.admin)).send({ wrong: '', severity: 'block' })).status).toBe(400)
  })
})
