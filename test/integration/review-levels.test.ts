import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { users } from '../helpers/workflow'

const password = 'Zhanqun-demo-2026'
const people = {
  editor: 'editor.levels@test.zhanqun.cn',
  first: 'first.levels@test.zhanqun.cn',
  second: 'second.levels@test.zhanqun.cn',
  both: 'both.levels@test.zhanqun.cn',
  third: 'third.levels@test.zhanqun.cn',
}

type ID = number | string
type Row = { action: string; byName: string; level?: number | null; comment?: string | null }

describe('review levels (三审): each level its own reviewers, over REST', () => {
  let ctx: TestContext
  let unit: ID
  let column: ID
  const auth = async (email: string) => ({ Authorization: `JWT ${await ctx.login(email, email.endsWith('@demo.zhanqun.cn') ? undefined : password)}` })
  const act = async (email: string, id: ID, action: string, comment?: string) =>
    ctx.api().post(`/api/disclosures/${id}/review`).set(await auth(email)).send({ action, comment })
  const draft = async (title: string) => {
    const res = await ctx.api().post('/api/disclosures?draft=true').set(await auth(people.editor)).send({ title, column, issuer: '市工业和信息化局', _status: 'draft' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.id as ID
  }

  beforeAll(async () => {
    ctx = await useTestContext()
    unit = (await ctx.payload.find({ collection: 'tenants', where: { slug: { equals: 'gxj' } }, limit: 1 })).docs[0].id
    column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1 })).docs[0].id
    await ctx.payload.update({
      collection: 'tenants', id: unit,
      data: { reviewPolicy: { disclosures: true, articles: false, disclosuresLevels: [{ name: '科室初审' }, { name: '办公室复审' }, { name: '分管领导终审' }] } } as never,
    })
    const make = (email: string, name: string, roles: string[], reviewLevels?: string[]) => ctx.payload.create({
      collection: 'users', data: { email, name, password, tenants: [{ tenant: unit, roles, reviewLevels }] } as never,
    })
    await make(people.editor, '工信编辑', ['editor'])
    await make(people.first, '初审员', ['reviewer'], ['1'])
    await make(people.second, '复审员', ['reviewer'], ['2'])
    await make(people.both, '兼审员', ['reviewer'], ['1', '2'])
    await make(people.third, '终审员', ['reviewer'], ['3'])
  })

  it('goes through three levels, each decided by its own reviewers, and records each level', async () => {
    const id = await draft('工业园区三审测试')
    const submitted = await act(people.editor, id, 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.review).toMatchObject({ state: 'submitted', level: 1, levels: 3, levelName: '科室初审' })

    expect((await act(people.second, id, 'approve')).status).toBe(403) // level 2 reviewer at level 1
    const one = await act(people.first, id, 'approve', '初审同意')
    expect(one.status).toBe(200)
    expect(one.body.message).toContain('第1级审核通过')
    expect(one.body.doc.review).toMatchObject({ state: 'submitted', level: 2, levelName: '办公室复审' })
    expect((await ctx.api().patch(`/api/disclosures/${id}`).set(await auth(people.editor)).send({ _status: 'published' })).status).toBe(403)

    const wrong = await act(people.first, id, 'approve')
    expect(wrong.status).toBe(403)
    expect(wrong.body.errors[0].message).toContain('不是第2级审核的审核员')
    expect((await act(people.second, id, 'approve', '复审同意')).body.doc.review).toMatchObject({ state: 'submitted', level: 3 })
    const last = await act(people.third, id, 'approve', '同意发布')
    expect(last.body.doc.review.state).toBe('approved')

    const published = await ctx.api().patch(`/api/disclosures/${id}`).set(await auth(people.editor)).send({ _status: 'published' })
    expect(published.status).toBe(200)
    const doc = await ctx.payload.findByID({ collection: 'disclosures', id, draft: true, depth: 0 })
    const history = (doc.review as { history: Row[] }).history
    expect(history.map((h) => [h.action, h.byName, h.level ?? null])).toEqual([
      ['submit', '工信编辑', null], ['approve', '初审员', 1], ['approve', '复审员', 2], ['approve', '终审员', 3], ['publish', '工信编辑', null],
    ])
  })

  it('never lets one person approve two levels of one item', async () => {
    const id = await draft('兼任审核员测试')
    await act(people.editor, id, 'submit')
    expect((await act(people.both, id, 'approve')).body.doc.review.level).toBe(2)
    const again = await act(people.both, id, 'approve')
    expect(again.status).toBe(403)
    expect(again.body.errors[0].message).toContain('同一内容的两个审核级别不能由同一人审核通过')
    expect((await act(people.second, id, 'approve')).body.doc.review.level).toBe(3)
  })

  it('sends a return at level 2 back to the editor with the comment, who resubmits from level 1', async () => {
    const id = await draft('退回测试')
    await act(people.editor, id, 'submit')
    await act(people.first, id, 'approve')
    const returned = await act(people.second, id, 'return', '请补充数据来源')
    expect(returned.status).toBe(200)
    expect(returned.body.doc.review).toMatchObject({ state: 'returned', level: null })
    const mails = await ctx.payload.find({ collection: 'mail-outbox', where: { kind: { equals: 'review-returned' } }, depth: 0, limit: 200, sort: '-createdAt' })
    const mail = mails.docs.find((m) => String(m.text).includes('请补充数据来源'))
    expect(mail?.to).toBe(people.editor)
    const again = await act(people.editor, id, 'submit')
    expect(again.body.doc.review).toMatchObject({ state: 'submitted', level: 1 })
    // After resubmission the first reviewer may approve level 1 again.
    expect((await act(people.first, id, 'approve')).status).toBe(200)
  })

  it('tells the next level’s reviewers when a level approves', async () => {
    const id = await draft('通知下一级测试')
    await act(people.editor, id, 'submit')
    await act(people.first, id, 'approve')
    const all = await ctx.payload.find({ collection: 'mail-outbox', where: { kind: { equals: 'review-submitted' } }, depth: 0, limit: 500, sort: '-createdAt' })
    const about = all.docs.filter((m) => String(m.subject).includes('通知下一级测试')).map((m) => m.to).sort()
    expect(about).toEqual([people.both, people.first, people.both, people.second].sort())
  })

  it('keeps other units and anonymous visitors out, and leaves single-level units as they were', async () => {
    const id = await draft('跨单位多级测试')
    await act(people.editor, id, 'submit')
    expect((await act(users.reviewer, id, 'approve')).status).toBe(404)
    expect((await ctx.api().post(`/api/disclosures/${id}/review`).send({ action: 'approve' })).status).toBe(401)
    const dept = await ctx.tenantId('department')
    const policy = (await ctx.payload.findByID({ collection: 'tenants', id: dept, depth: 0 })).reviewPolicy as { disclosuresLevels?: unknown[] }
    expect(policy.disclosuresLevels ?? []).toEqual([])
    const byWebmaster = await ctx.api().patch(`/api/tenants/${dept}`).set(await auth(users.webmaster)).send({ reviewPolicy: { disclosuresLevels: [{ name: 'a' }, { name: 'b' }] } })
    expect(byWebmaster.status).toBeLessThan(500)
    const after = (await ctx.payload.findByID({ collection: 'tenants', id: dept, depth: 0 })).reviewPolicy as { disclosuresLevels?: unknown[] }
    expect(after.disclosuresLevels ?? []).toEqual([])
  })
})
