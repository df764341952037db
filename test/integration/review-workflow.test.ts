import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

describe('review workflow (送审 → 审核 → 发布)', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
  })

  it('refuses publishing around review on every path, with a bilingual reason', async () => {
    const id = await wf.draft(users.editor, '关于印发价格监测工作方案的通知')
    const rest = await wf.publish(users.editor, id)
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toMatch(/审核.*\/ .*review/)

    const direct = await ctx.api().post('/api/disclosures').set(await wf.auth(users.webmaster))
      .send({ title: '直接发布', column: await wf.column(), issuer: '市发改委', _status: 'published' })
    expect(direct.status).toBe(403)

    const gql = await ctx.api().post('/api/graphql').set(await wf.auth(users.editor))
      .send({ query: `mutation { updateDisclosure(id: ${JSON.stringify(id)}, data: { _status: published }) { id _status } }` })
    expect(gql.body.errors?.[0]?.message).toMatch(/审核/)

    const user = await ctx.payload.find({ collection: 'users', where: { email: { equals: users.editor } }, limit: 1 })
    await expect(ctx.payload.update({
      collection: 'disclosures', id, data: { _status: 'published' }, overrideAccess: false, user: { ...user.docs[0], collection: 'users' },
    })).rejects.toThrow(/审核/)

    expect((await wf.latest(id))._status).toBe('draft')
    const anonymous = await ctx.api().get(`/api/disclosures/${id}`)
    expect(anonymous.status).toBe(404)
  })

  it('goes draft → submitted → approved → published, recording who, when and comments', async () => {
    const id = await wf.draft(users.editor, '2026年重点项目建设计划')
    const submitted = await wf.act(users.editor, id, 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.review.state).toBe('submitted')

    expect((await wf.act(users.editor, id, 'approve')).status).toBe(403) // an editor is not a reviewer
    expect((await wf.publish(users.editor, id)).status).toBe(403) // submitted is not approved

    const approved = await wf.act(users.reviewer, id, 'approve', '同意发布')
    expect(approved.status).toBe(200)
    expect(approved.body.doc.review.state).toBe('approved')

    const published = await wf.publish(users.editor, id)
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
    expect(published.body.doc.indexNumber).toMatch(/\/\d{4}-\d{5}$/)

    const doc = await wf.latest(id)
    const history = (doc.review as { history: { action: string; byName: string; at: string; comment?: string }[] }).history
    expect(history.map((h) => h.action), JSON.stringify(history)).toEqual(['submit', 'approve', 'publish'])
    expect(history[0].byName).toBe('部门编辑')
    expect(history[1]).toMatchObject({ byName: '部门审核员', comment: '同意发布' })
    expect(Date.parse(history[2].at)).toBeGreaterThan(Date.parse(history[0].at) - 1)

    const anonymous = await ctx.api().get(`/api/disclosures/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.review).toBeUndefined() // the review record is for staff only
  })

  it('refuses self-approval and needs a comment to return', async () => {
    const dept = await ctx.tenantId('department')
    await ctx.payload.create({
      collection: 'users',
      data: { email: 'both.dept@demo.zhanqun.cn', name: '编审一体', password: 'Zhanqun-demo-2026', tenants: [{ tenant: dept, roles: ['editor', 'reviewer'] }] } as never,
    })
    const id = await wf.draft('both.dept@demo.zhanqun.cn', '自审测试')
    expect((await ctx.api().post(`/api/disclosures/${id}/review`).set({ Authorization: `JWT ${await ctx.login('both.dept@demo.zhanqun.cn', 'Zhanqun-demo-2026')}` }).send({ action: 'submit' })).status).toBe(200)
    const self = await ctx.api().post(`/api/disclosures/${id}/review`).set({ Authorization: `JWT ${await ctx.login('both.dept@demo.zhanqun.cn', 'Zhanqun-demo-2026')}` }).send({ action: 'approve' })
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toContain('不能审核自己送审的内容')

    const noComment = await wf.act(users.reviewer, id, 'return')
    expect(noComment.status).toBe(400)
    const returned = await wf.act(users.reviewer, id, 'return', '请补充文号')
    expect(returned.body.doc.review.state).toBe('returned')
    expect((await wf.act(users.reviewer, id, 'bogus')).status).toBe(400)
  })

  it('sends an approved item back to draft when its text changes, so only approved text is published', async () => {
    const id = await wf.draft(users.editor, '原始标题')
    await wf.act(users.editor, id, 'submit')
    await wf.act(users.reviewer, id, 'approve')
    const sneaky = await wf.publish(users.editor, id, { title: '审核后偷偷改的标题' })
    expect(sneaky.status).toBe(409)
    expect(sneaky.body.errors[0].message).toContain('重新送审')

    const edited = await ctx.api().patch(`/api/disclosures/${id}?draft=true`).set(await wf.auth(users.editor)).send({ title: '修改后的标题', _status: 'draft' })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.review.state).toBe('draft')
    expect((await wf.publish(users.editor, id)).status).toBe(403)
  })

  it('keeps reviewers to their own unit and writers out of reviewing', async () => {
    const county = await ctx.tenantId('county')
    await ctx.payload.create({
      collection: 'users',
      data: { email: 'reviewer.county@demo.zhanqun.cn', name: '区县审核员', password: 'Zhanqun-demo-2026', tenants: [{ tenant: county, roles: ['reviewer'] }] } as never,
    })
    const id = await wf.draft(users.editor, '跨单位审核测试')
    await wf.act(users.editor, id, 'submit')
    const other = await ctx.api().post(`/api/disclosures/${id}/review`)
      .set({ Authorization: `JWT ${await ctx.login('reviewer.county@demo.zhanqun.cn', 'Zhanqun-demo-2026')}` }).send({ action: 'approve' })
    expect(other.status).toBe(404)
    expect((await wf.act(users.countyEditor, id, 'withdraw')).status).toBe(404)
    expect((await ctx.api().post(`/api/disclosures/${id}/review`).send({ action: 'approve' })).status).toBe(401)
    expect((await ctx.api().post('/api/disclosures/abc/review').set(await wf.auth(users.reviewer)).send({ action: 'approve' })).status).toBeLessThan(500)
    // A reviewer cannot write content, so cannot smuggle in a review state either.
    const forged = await ctx.api().patch(`/api/disclosures/${id}?draft=true`).set(await wf.auth(users.editor)).send({ review: { state: 'approved' } })
    expect(forged.body.doc?.review?.state).not.toBe('approved')
  })

  it('lets a unit without required review publish directly (articles by default), still checking wording', async () => {
    const dept = await ctx.tenantId('department')
    const ok = await ctx.api().post('/api/articles').set(await wf.auth(users.editor))
      .send({ tenant: dept, title: '市发改委召开重点项目调度会', category: 'news', _status: 'published' })
    expect(ok.status).toBe(201)
    const blocked = await ctx.api().post('/api/articles').set(await wf.auth(users.editor))
      .send({ tenant: dept, title: '市国土资源局召开会议', category: 'news', _status: 'published' })
    expect(blocked.status).toBe(400)
    expect(blocked.body.errors[0].message).toContain('标题第2字“国土资源局”，应为“自然资源局”')
  })

  it('lets only a super-admin change a unit’s review policy', async () => {
    const dept = await ctx.tenantId('department')
    const byWebmaster = await ctx.api().patch(`/api/tenants/${dept}`).set(await wf.auth(users.webmaster)).send({ reviewPolicy: { disclosures: false } })
    expect(byWebmaster.body.doc?.reviewPolicy?.disclosures ?? true).toBe(true)
    const unit = await ctx.payload.findByID({ collection: 'tenants', id: dept, depth: 0 })
    expect((unit.reviewPolicy as { disclosures: boolean }).disclosures).toBe(true)
  })
})
