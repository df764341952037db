import { beforeAll, describe, expect, it } from 'vitest'
import { units } from '../../tenants/units'
import { useTestContext, type TestContext } from '../helpers/context'

describe('the site group boots', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await useTestContext({ admin: true })
  })

  it('answers /healthz with status, database kind and version', async () => {
    const res = await ctx.api().get('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'ok', version: expect.any(String) })
    expect(['sqlite', 'postgres', 'mongodb']).toContain(res.body.database)
  })

  it('lists the seeded group over REST, anonymously', async () => {
    // Other test files may add units of their own; the seeded group must all be there.
    const res = await ctx.api().get('/api/tenants?limit=200&sort=sortOrder')
    expect(res.status).toBe(200)
    expect(res.body.docs[0]).toMatchObject({ kind: 'hub' })
    const seeded = res.body.docs.filter((t: { slug: string }) => units.some((u) => u.slug === t.slug))
    expect(seeded).toHaveLength(units.length)
    expect(seeded.filter((t: { hasSubSite: boolean }) => t.hasSubSite)).toHaveLength(44)
  })

  it('serves GraphQL', async () => {
    const res = await ctx.api().post('/api/graphql').send({ query: '{ Tenants(where: { kind: { equals: hub } }) { docs { name slug } } }' })
    expect(res.status).toBe(200)
    expect(res.body.data.Tenants.docs).toHaveLength(1)
  })

  it('serves the admin login page in Chinese', async () => {
    const res = await ctx.api().get('/admin/login')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.text).toContain('lang="zh"')
    expect(res.text).toMatch(/<title>登录/)
  })

  it('sends an anonymous visitor of /admin to the login page', async () => {
    const res = await ctx.api().get('/admin')
    // Next streams the page, so the redirect arrives either as a status or inside the stream.
    if (res.status === 200) expect(res.text).toMatch(/NEXT_REDIRECT;replace;\/admin\/login/)
    else expect(res.headers.location).toContain('/admin/login')
  })
})
