import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'

const bilingual = (message: string) => {
  expect(message).toMatch(/[\u4e00-\u9fff]/)
  expect(message).toMatch(/ \/ .*[A-Za-z]/)
}

describe('bad input gets a clear 4xx, in Chinese and English, never a 500', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await useTestContext()
  })

  it.each([
    '/api/articles?where=notjson',
    '/api/articles?where[foo][bar]=1',
    '/api/articles?where[title][weird_op]=1',
    '/api/articles?where[title][all]=%ED%A0%80', // no SQL adapter runs `all` (found by the fuzz)
    '/api/articles?where[id][equals]=abc',
    '/api/articles?where[tenant][in]=x,y',
    '/api/articles?where[publishedAt][greater_than]=notadate',
    '/api/articles?where[title][in][0][x]=1',
    '/api/articles?where[and]=x',
    '/api/articles/not-an-id',
    '/api/articles/%E4%BD%A0',
  ])('malformed query %s → 400', async (url) => {
    const res = await ctx.api().get(url)
    expect(res.status).toBe(400)
    bilingual(res.body.errors[0].message)
  })

  // PostgreSQL keeps a select as an enum: any other value, an order or a pattern was a 500 there (found by the fuzz).
  it('a select is asked for one of its values, by equals or in: anything else is a 400 naming the values', async () => {
    const admin = { Authorization: `JWT ${await ctx.login('admin@demo.zhanqun.cn')}` }
    for (const [url, message] of [
      ['/api/users/count?where[roles][greater_than]=]', /roles cannot take the greater_than operator/],
      ['/api/users/count?where[roles][equals]=bogus', /roles has no value bogus \(one of: super-admin\)/],
      ['/api/articles?where[category][like]=ne', /category cannot take the like operator/],
      ['/api/articles?where[category][in]=news,bogus', /category has no value bogus/],
      ['/api/articles?where[category][equals]=', /category has no value/],
      ['/api/articles?where[_status][not_equals]=null', /_status has no value null/],
      ['/api/articles?where[tenant.kind][equals]=bogus', /tenant.kind has no value bogus/],
      ['/api/articles/versions?where[version._status][equals]=bogus', /version._status has no value bogus/],
      ['/api/disclosures/count?where[review.state][contains]=pub', /review.state cannot take the contains operator/],
    ] as const) {
      const res = await ctx.api().get(url).set(admin)
      expect(res.status, `${url} ${res.text}`).toBe(400)
      bilingual(res.body.errors[0].message)
      expect(res.body.errors[0].message).toMatch(message)
    }
    // Its values still find what they name, through relations, groups and versions too.
    for (const url of ['/api/articles?where[category][in]=news,notice', '/api/articles?where[tenant.kind][equals]=department',
      '/api/disclosures/count?where[review.state][equals]=published', '/api/articles/versions?where[version._status][equals]=published']) {
      const res = await ctx.api().get(url).set(admin)
      expect(res.status, `${url} ${res.text}`).toBe(200)
      expect(res.body.totalDocs, url).toBeGreaterThan(0)
    }
  })

  it('a reference of the wrong shape is a 400 before any hook reads it (PostgreSQL refused "NaN" with a 500)', async () => {
    const admin = { Authorization: `JWT ${await ctx.login('admin@demo.zhanqun.cn')}` }
    for (const [url, body] of [
      ['/api/wording-entries', { wrong: '某错词', severity: 'warn', tenant: 'NaN' }],
      ['/api/disclosures', { title: '引用格式错误', issuer: 'x', column: '1.5', tenant: 1 }],
      ['/api/articles', { title: '引用格式错误', category: 'news', tenant: -1 }],
    ] as const) {
      const before = (await ctx.payload.count({ collection: url.slice(5) as 'articles' })).totalDocs
      const res = await ctx.api().post(url).set(admin).send(body)
      expect(res.status, `${url} ${res.text}`).toBe(400)
      bilingual(res.body.errors[0].message)
      expect((await ctx.payload.count({ collection: url.slice(5) as 'articles' })).totalDocs).toBe(before)
    }
  })

  it('an unknown collection → 404', async () => {
    const res = await ctx.api().get('/api/no-such-collection')
    expect(res.status).toBe(404)
    bilingual(res.body.message ?? res.body.errors[0].message)
  })

  it('an unknown page → 404', async () => {
    const res = await ctx.api().get('/no/such/page')
    expect(res.status).toBe(404)
  })

  it('a wrong password → 401', async () => {
    const res = await ctx.api().post('/api/users/login').send({ email: 'editor.dept@demo.zhanqun.cn', password: 'wrong-password' })
    expect(res.status).toBe(401)
    bilingual(res.body.errors[0].message)
    // a successful login resets the failure count for the account
    await ctx.api().post('/api/users/login').send({ email: 'editor.dept@demo.zhanqun.cn', password: 'Zhanqun-demo-2026' }).expect(200)
  })

  it('invalid JSON → 400', async () => {
    const res = await ctx.api().post('/api/users/login').set('Content-Type', 'application/json').send('{not json')
    expect(res.status).toBe(400)
    bilingual(res.body.errors[0].message)
  })

  it('a surrogate without its pair → 400, nothing stored (PostgreSQL jsonb refused it with a 500; found by the fuzz)', async () => {
    const token = (await ctx.api().post('/api/users/login').send({ email: 'editor.dept@demo.zhanqun.cn', password: 'Zhanqun-demo-2026' }).expect(200)).body.token
    const key = `fuzz-surrogate-${Date.now()}`
    const res = await ctx.api().post(`/api/payload-preferences/${key}`).set({ Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }).send('{"value":"\\ud800"}')
    expect(res.status).toBe(400)
    bilingual(res.body.errors[0].message)
    expect((await ctx.payload.count({ collection: 'payload-preferences', where: { key: { equals: key } } })).totalDocs).toBe(0)
    // A pair (an emoji) is a character like any other.
    await ctx.api().post(`/api/payload-preferences/${key}`).set({ Authorization: `JWT ${token}` }).send({ value: '\ud83d\ude00' }).expect(200)
  })

  it('a missing field → 400 naming the field', async () => {
    const res = await ctx.api().post('/api/users/login').send({})
    expect(res.status).toBe(400)
    bilingual(res.body.errors[0].message)
    expect(JSON.stringify(res.body)).toContain('email')
  })

  it('an oversized body → 413 and nothing stored', async () => {
    const token = await ctx.login('editor.dept@demo.zhanqun.cn')
    const before = await ctx.payload.count({ collection: 'articles' })
    const res = await ctx
      .api()
      .post('/api/articles')
      .set('Authorization', `JWT ${token}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ title: 'big', body: 'x'.repeat(3 * 1024 * 1024) }))
    expect(res.status).toBe(413)
    bilingual(res.body.errors[0].message)
    expect((await ctx.payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
  })

  it('an invalid document is refused whole: nothing stored half-way', async () => {
    const token = await ctx.login('editor.dept@demo.zhanqun.cn')
    const before = await ctx.payload.count({ collection: 'articles', where: { title: { equals: '半途' } } })
    const res = await ctx.api().post('/api/articles').set('Authorization', `JWT ${token}`).send({ title: '半途', category: 'not-a-category', slug: 'Bad Slug!', tenant: await ctx.tenantId('department') })
    expect(res.status).toBe(400)
    bilingual(res.body.errors[0].message)
    expect((await ctx.payload.count({ collection: 'articles', where: { title: { equals: '半途' } } })).totalDocs).toBe(before.totalDocs)
  })

  it('locks an account after five failed logins', async () => {
    const email = `lockout-${Date.now()}@demo.zhanqun.cn`
    await ctx.payload.create({ collection: 'users', data: { email, name: '锁定测试', password: 'Right-password-1', roles: [] } })
    for (let i = 0; i < 5; i++) {
      expect((await ctx.api().post('/api/users/login').send({ email, password: 'wrong' })).status).toBe(401)
    }
    const locked = await ctx.api().post('/api/users/login').send({ email, password: 'Right-password-1' })
    expect(locked.status).toBeGreaterThanOrEqual(400)
    expect(locked.status).toBeLessThan(500)
    bilingual(locked.body.errors[0].message)
  })

  it('password-reset requests are rate-limited per client → 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      statuses.push((await ctx.api().post('/api/users/forgot-password').send({ email: 'nobody@demo.zhanqun.cn' })).status)
    }
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true)
    const limited = await ctx.api().post('/api/users/forgot-password').send({ email: 'nobody@demo.zhanqun.cn' })
    expect(limited.status).toBe(429)
    bilingual(limited.body.errors[0].message)
  })

  it('a malformed GraphQL query → 4xx or a GraphQL error, not a 500', async () => {
    const res = await ctx.api().post('/api/graphql').send({ query: '{ Articles(where: { id: { equals: "abc" } }) { docs { id } } ' })
    expect(res.status).toBeLessThan(500)
    expect(res.body.errors?.length).toBeGreaterThan(0)
  })

  it('the same title twice in one unit: a second slug is generated; a chosen slug that is taken → 400', async () => {
    const auth = `JWT ${await ctx.login('editor.dept@demo.zhanqun.cn')}`
    const tenant = await ctx.tenantId('department')
    const send = (body: Record<string, unknown>) => ctx.api().post('/api/articles').set('Authorization', auth).send({ category: 'news', tenant, ...body })
    const first = await send({ title: 'Same Title Twice' })
    const second = await send({ title: 'Same Title Twice' })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(first.body.doc.slug).toBe('same-title-twice')
    expect(second.body.doc.slug).toBe('same-title-twice-2')
    const taken = await send({ title: '另一篇', slug: 'same-title-twice' })
    expect(taken.status).toBe(400)
    bilingual(taken.body.errors[0].message)
    expect(taken.body.errors[0].message).toContain('same-title-twice')
    for (const res of [first, second]) await ctx.payload.delete({ collection: 'articles', id: res.body.doc.id, overrideAccess: true })
  })

  it('answers the admin’s own relationship lookups (limit=250), which a lower bound would break', async () => {
    const res = await ctx.api().get('/api/tenants?depth=0&draft=true&limit=250&where[id][in]=1,2')
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(0)
  })

  it.each([
    ['TRACE', '/api/articles', 405],
    ['GET', '/api/tenants/versions', 404],
    ['GET', '/api/articles?limit=1.5', 400],
    ['GET', '/api/articles?limit=251', 400],
    ['GET', '/api/articles/versions?page=NaN', 400],
    ['GET', '/api/articles?where[title][near]=999,999,999,999', 400],
    ['GET', '/api/articles?where[title][intersects]=[', 400],
    ['GET', '/api/media/file/%00', 400],
  ] as const)('%s %s → %i', async (method, url, status) => {
    const res = await ctx.api()[method === 'TRACE' ? 'trace' : 'get'](url)
    expect(res.status).toBe(status)
    bilingual(res.body.errors[0].message)
  })

  it('a POST read as a GET (the admin relationship fields) gets the same checks, and still works', async () => {
    const override = (body: string) => ctx.api().post('/api/tenants').set('X-Payload-HTTP-Method-Override', 'GET').type('form').send(body)
    const bad = await override('limit=1.5&where[name][bogus]=1')
    expect(bad.status).toBe(400)
    bilingual(bad.body.errors[0].message)
    const ok = await override('limit=5&depth=0&where[kind][equals]=hub')
    expect(ok.status).toBe(200)
    expect(ok.body.docs[0].kind).toBe('hub')
  })

  it('a 1,000-alias GraphQL query is refused at once, and /healthz answers meanwhile', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`
    const started = performance.now()
    const [res, health] = await Promise.all([ctx.api().post('/api/graphql').send({ query }), ctx.api().get('/healthz')])
    expect(res.status).toBe(400)
    bilingual(res.body.errors[0].message)
    expect(health.status).toBe(200)
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
