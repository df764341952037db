import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

/**
 * Account takeover across units, as a webmaster (or a user of two units) would try it over REST and
 * GraphQL: a webmaster manages only the rows their own units grant; the account of a user who also
 * belongs elsewhere, and any super-admin account, is not theirs. Each refusal is checked by its
 * effect (the old password still signs in, the row is still there), beside a control that the
 * same request succeeds where it is allowed.
 */
describe('user management across units', () => {
  let ctx: TestContext
  let A: ID
  let C: ID
  let B: ID
  let webmasterA: Record<string, string>
  const password = 'Original-pass-2026'
  const targets: Record<'dual' | 'superInA' | 'aOnly' | 'bOnly', { id: ID; email: string }> = {} as never

  const make = async (label: string, tenants: { tenant: ID; roles: string[] }[], roles: string[] = []) => {
    const email = `${label}-${Date.now()}@demo.zhanqun.cn`
    const doc = await ctx.payload.create({ collection: 'users', data: { email, password, name: label, roles, tenants } as never })
    return { id: doc.id, email }
  }
  const canLogin = async (email: string, pw: string) => (await ctx.api().post('/api/users/login').send({ email, password: pw })).status === 200
  const stored = (id: ID) => ctx.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  const gql = (query: string, headers: Record<string, string>) => ctx.api().post('/api/graphql').set(headers).send({ query })

  beforeAll(async () => {
    ctx = await useTestContext()
    A = await ctx.tenantId('department')
    B = await ctx.tenantId('county')
    const other = await ctx.payload.find({ collection: 'tenants', where: { and: [{ kind: { equals: 'department' } }, { id: { not_equals: A } }] }, limit: 1 })
    C = other.docs[0].id
    webmasterA = { Authorization: `JWT ${await ctx.login('webmaster.dept@demo.zhanqun.cn')}` }
    targets.dual = await make('dual-target', [{ tenant: A, roles: ['editor'] }, { tenant: C, roles: ['webmaster'] }])
    targets.superInA = await make('super-in-a', [{ tenant: A, roles: ['editor'] }], ['super-admin'])
    targets.aOnly = await make('a-only', [{ tenant: A, roles: ['editor'] }])
    targets.bOnly = await make('b-only', [{ tenant: B, roles: ['editor'] }])
  })

  describe.each(['dual', 'superInA'] as const)('A’s webmaster against a user of A who is also %s', (key) => {
    const target = () => targets[key]
    it.each([
      ['password', { password: 'Taken-over-2026' }],
      ['e-mail', { email: 'taken-over@evil.example' }],
      ['name', { name: '被篡改' }],
    ])('cannot change the %s (REST)', async (_label, data) => {
      const res = await ctx.api().patch(`/api/users/${target().id}`).set(webmasterA).send(data)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/)
      expect(await canLogin(target().email, password)).toBe(true)
      expect((await stored(target().id)).email).toBe(target().email)
    })
    it('cannot change the password over GraphQL', async () => {
      const res = await gql(`mutation { updateUser(id: ${JSON.stringify(target().id)}, data: { password: "Taken-over-2026" }) { id } }`, webmasterA)
      expect(res.status).toBe(200)
      expect(res.body.errors?.length).toBeGreaterThan(0)
      expect(await canLogin(target().email, 'Taken-over-2026')).toBe(false)
      expect(await canLogin(target().email, password)).toBe(true)
    })
    it('cannot delete them, nor unlock them', async () => {
      expect((await ctx.api().delete(`/api/users/${target().id}`).set(webmasterA)).status).toBe(403)
      expect(await stored(target().id)).toBeTruthy()
      const unlock = await ctx.api().post('/api/users/unlock').set(webmasterA).send({ email: target().email })
      expect(unlock.status).toBeGreaterThanOrEqual(400)
      expect(unlock.status).toBeLessThan(500)
    })
  })

  it('cannot strip the dual user’s row in the other unit, but may change their row in A', async () => {
    const before = (await stored(targets.dual.id)).tenants as { tenant: ID; roles: string[] }[]
    const onlyA = before.filter((r) => String(r.tenant) === String(A))
    const stripped = await ctx.api().patch(`/api/users/${targets.dual.id}`).set(webmasterA).send({ tenants: onlyA })
    expect(stripped.status).toBe(403)
    const changed = before.map((r) => (String(r.tenant) === String(A) ? { tenant: r.tenant, roles: ['editor', 'reviewer'] } : { tenant: r.tenant, roles: r.roles }))
    const ok = await ctx.api().patch(`/api/users/${targets.dual.id}`).set(webmasterA).send({ tenants: changed })
    expect(ok.status).toBe(200)
    const rows = (await stored(targets.dual.id)).tenants as { tenant: ID; roles: string[] }[]
    expect(rows.find((r) => String(r.tenant) === String(C))?.roles).toEqual(['webmaster'])
    expect(rows.find((r) => String(r.tenant) === String(A))?.roles).toEqual(['editor', 'reviewer'])
  })

  it('cannot strip roles from a super-admin nor grant themselves super-admin through them', async () => {
    const res = await ctx.api().patch(`/api/users/${targets.superInA.id}`).set(webmasterA).send({ tenants: [] })
    expect(res.status).toBe(403)
    expect(((await stored(targets.superInA.id)).roles as string[])).toContain('super-admin')
  })

  it('the control: manages a user who belongs only to A in full (password, e-mail, delete)', async () => {
    const res = await ctx.api().patch(`/api/users/${targets.aOnly.id}`).set(webmasterA).send({ password: 'Reset-by-webmaster-2026' })
    expect(res.status).toBe(200)
    expect(await canLogin(targets.aOnly.email, 'Reset-by-webmaster-2026')).toBe(true)
    const unlock = await ctx.api().post('/api/users/unlock').set(webmasterA).send({ email: targets.aOnly.email })
    expect(unlock.status).toBe(200)
    expect((await ctx.api().delete(`/api/users/${targets.aOnly.id}`).set(webmasterA)).status).toBe(200)
  })

  it('cannot reach a user of another unit at all', async () => {
    for (const res of [
      await ctx.api().get(`/api/users/${targets.bOnly.id}`).set(webmasterA),
      await ctx.api().patch(`/api/users/${targets.bOnly.id}`).set(webmasterA).send({ password: 'Taken-over-2026' }),
      await ctx.api().delete(`/api/users/${targets.bOnly.id}`).set(webmasterA),
    ]) expect([403, 404]).toContain(res.status)
    expect(await canLogin(targets.bOnly.email, password)).toBe(true)
  })

  it('an editor changes nobody but themselves', async () => {
    const editor = { Authorization: `JWT ${await ctx.login('editor.dept@demo.zhanqun.cn')}` }
    const res = await ctx.api().patch(`/api/users/${targets.dual.id}`).set(editor).send({ password: 'Taken-over-2026' })
    expect([403, 404]).toContain(res.status)
    const unlock = await ctx.api().post('/api/users/unlock').set(editor).send({ email: targets.dual.email })
    expect(unlock.status).toBeGreaterThanOrEqual(400)
    expect(await canLogin(targets.dual.email, password)).toBe(true)
  })

  it('a webmaster cannot create a user outside their units, or with no unit at all', async () => {
    for (const tenants of [[], [{ tenant: B, roles: ['editor'] }], [{ tenant: A, roles: ['editor'] }, { tenant: C, roles: ['editor'] }]]) {
      const res = await ctx.api().post('/api/users').set(webmasterA).send({ email: `new-${Date.now()}@example.org`, password, name: '新用户', tenants })
      expect(res.status).toBe(403)
    }
  })
})
