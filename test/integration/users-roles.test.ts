import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

describe('users, roles and tenant administration', () => {
  let ctx: TestContext
  let dept: ID
  let county: ID
  let hub: ID
  const as = async (email: string) => ({ Authorization: `JWT ${await ctx.login(email)}` })

  beforeAll(async () => {
    ctx = await useTestContext()
    dept = await ctx.tenantId('department')
    county = await ctx.tenantId('county')
    hub = await ctx.tenantId('hub')
  })

  it('an anonymous visitor cannot list users', async () => {
    expect((await ctx.api().get('/api/users')).status).toBe(403)
  })

  it('an editor sees only themselves', async () => {
    const res = await ctx.api().get('/api/users?limit=100').set(await as('editor.dept@demo.zhanqun.cn'))
    expect(res.status).toBe(200)
    expect(res.body.docs.map((u: { email: string }) => u.email)).toEqual(['editor.dept@demo.zhanqun.cn'])
  })

  it("a webmaster sees their tenant's users and no one else's", async () => {
    const res = await ctx.api().get('/api/users?limit=100').set(await as('webmaster.dept@demo.zhanqun.cn'))
    const emails = res.body.docs.map((u: { email: string }) => u.email)
    expect(emails).toEqual(expect.arrayContaining(['editor.dept@demo.zhanqun.cn', 'reviewer.dept@demo.zhanqun.cn']))
    expect(emails).not.toContain('editor.county@demo.zhanqun.cn')
    expect(emails).not.toContain('admin@demo.zhanqun.cn')
  })

  it('a webmaster adds users to their own tenant only, and cannot grant super-admin', async () => {
    const headers = await as('webmaster.dept@demo.zhanqun.cn')
    const ok = await ctx.api().post('/api/users').set(headers).send({
      email: `new.editor.${Date.now()}@demo.zhanqun.cn`, name: '新编辑', password: 'A-strong-pass-1',
      roles: ['super-admin'], tenants: [{ tenant: dept, roles: ['editor'] }],
    })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.roles ?? []).not.toContain('super-admin')

    const before = await ctx.payload.count({ collection: 'users' })
    const foreign = await ctx.api().post('/api/users').set(headers).send({
      email: `intruder.${Date.now()}@demo.zhanqun.cn`, name: '越权', password: 'A-strong-pass-1',
      tenants: [{ tenant: county, roles: ['webmaster'] }],
    })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    expect(foreign.status).toBeLessThan(500)
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
  })

  it("a webmaster cannot change another tenant's users", async () => {
    const countyEditor = await ctx.payload.find({ collection: 'users', where: { email: { equals: 'editor.county@demo.zhanqun.cn' } } })
    const id = countyEditor.docs[0].id
    const res = await ctx.api().patch(`/api/users/${id}`).set(await as('webmaster.dept@demo.zhanqun.cn')).send({ name: 'tampered' })
    expect([403, 404]).toContain(res.status)
    expect((await ctx.payload.findByID({ collection: 'users', id })).name).not.toBe('tampered')
  })

  it('an editor cannot raise their own roles or join another tenant', async () => {
    const headers = await as('editor.dept@demo.zhanqun.cn')
    const me = (await ctx.api().get('/api/users/me').set(headers)).body.user
    await ctx.api().patch(`/api/users/${me.id}`).set(headers).send({ roles: ['super-admin'], tenants: [{ tenant: county, roles: ['webmaster'] }] })
    const after = await ctx.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
    expect(after.roles ?? []).not.toContain('super-admin')
    expect((after.tenants ?? []).map((r: { tenant: unknown }) => String(r.tenant))).toEqual([String(dept)])
  })

  it('a reviewer cannot write content', async () => {
    const res = await ctx.api().post('/api/articles').set(await as('reviewer.dept@demo.zhanqun.cn')).send({ title: '审核员不能写', category: 'news', tenant: dept })
    expect(res.status).toBe(403)
  })

  it('the hub-editor role is only valid on the hub', async () => {
    const headers = await as('admin@demo.zhanqun.cn')
    const bad = await ctx.api().post('/api/users').set(headers).send({
      email: `hub.wrong.${Date.now()}@demo.zhanqun.cn`, name: '错误', password: 'A-strong-pass-1', tenants: [{ tenant: dept, roles: ['hub-editor'] }],
    })
    expect(bad.status).toBe(403)
    const good = await ctx.api().post('/api/users').set(headers).send({
      email: `hub.right.${Date.now()}@demo.zhanqun.cn`, name: '主站编辑二', password: 'A-strong-pass-1', tenants: [{ tenant: hub, roles: ['hub-editor'] }],
    })
    expect(good.status).toBe(201)
  })

  it("a webmaster edits their unit's contact but not its unit code, and not other units", async () => {
    const headers = await as('webmaster.dept@demo.zhanqun.cn')
    const before = await ctx.payload.findByID({ collection: 'tenants', id: dept })
    const res = await ctx.api().patch(`/api/tenants/${dept}`).set(headers).send({ contact: { phone: '0735-1234567' }, unitCode: 'HACKED0001' })
    expect(res.status).toBe(200)
    const after = await ctx.payload.findByID({ collection: 'tenants', id: dept })
    expect(after.contact?.phone).toBe('0735-1234567')
    expect(after.unitCode).toBe(before.unitCode)
    expect([403, 404]).toContain((await ctx.api().patch(`/api/tenants/${county}`).set(headers).send({ name: 'tampered' })).status)
  })

  it('a unit that still owns content cannot be deleted', async () => {
    const res = await ctx.api().delete(`/api/tenants/${dept}`).set(await as('admin@demo.zhanqun.cn'))
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/不能删除.* \/ .*cannot be deleted/)
    expect((await ctx.payload.findByID({ collection: 'tenants', id: dept })).id).toBe(dept)
  })
})
