import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { users } from '../helpers/workflow'

const hour = 3600_000
const isGrey = (html: string) => /<html[^>]*class="[^"]*\bmourning\b/.test(html)

describe('mourning grey (哀悼日置灰) and the elderly-friendly mode on public pages', () => {
  let ctx: TestContext
  const auth = async (email: string) => ({ Authorization: `JWT ${await ctx.login(email)}` })

  beforeAll(async () => {
    ctx = await useTestContext()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets only a super-admin schedule a period, and refuses one that ends before it starts', async () => {
    const data = { title: '测试', startsAt: '2030-01-01T00:00:00+08:00', endsAt: '2030-01-02T00:00:00+08:00', scope: 'group' }
    expect((await ctx.api().post('/api/mourning-periods').send(data)).status).toBe(403)
    expect((await ctx.api().post('/api/mourning-periods').set(await auth(users.webmaster)).send(data)).status).toBe(403)
    expect((await ctx.api().get('/api/mourning-periods').set(await auth(users.webmaster))).status).toBe(403)
    const backwards = await ctx.api().post('/api/mourning-periods').set(await auth(users.admin)).send({ ...data, endsAt: '2029-12-31T00:00:00+08:00' })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors[0].message).toContain('结束时间须晚于开始时间')
    const sitesWithoutSites = await ctx.api().post('/api/mourning-periods').set(await auth(users.admin)).send({ ...data, scope: 'sites' })
    expect(sitesWithoutSites.status).toBe(400)
  })

  it('turns the chosen site grey for the period by the clock, cached pages included, and back to normal after', async () => {
    const start = Date.now() + 2 * hour
    const fgw = await ctx.tenantId('department')
    const created = await ctx.api().post('/api/mourning-periods').set(await auth(users.admin)).send({
      title: '全国哀悼日（测试）', startsAt: new Date(start).toISOString(), endsAt: new Date(start + hour).toISOString(), scope: 'sites', units: [fgw],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    const page = '/sites/fgw/xxgk/guide'
    // The purge for the new period runs once its transaction has ended, on a 5 ms poll (afterTransaction):
    // a page rendered before that would be dropped by it, and the next request would miss.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const before = await ctx.api().get(page)
    expect(before.status).toBe(200)
    expect(isGrey(before.text)).toBe(false)
    const cached = await ctx.api().get(page)
    expect(cached.headers['x-cache']).toBe('HIT')

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start + 10 * 60_000)
    const during = await ctx.api().get(page)
    expect(isGrey(during.text)).toBe(true)
    expect((await ctx.api().get(page)).headers['x-cache']).toBe('HIT')
    expect(isGrey((await ctx.api().get(page)).text)).toBe(true)
    expect(isGrey((await ctx.api().get('/sites/jyj/xxgk/guide')).text)).toBe(false) // not a chosen site
    expect(during.headers.etag).not.toBe(before.headers.etag)

    vi.setSystemTime(start + hour + 1000)
    const after = await ctx.api().get(page)
    expect(isGrey(after.text)).toBe(false)
    expect(after.headers.etag).toBe(before.headers.etag)

    await ctx.api().delete(`/api/mourning-periods/${created.body.doc.id}`).set(await auth(users.admin))
  })

  it('greys the whole group, and a change of the periods takes effect at once', async () => {
    const created = await ctx.api().post('/api/mourning-periods').set(await auth(users.admin)).send({
      title: '全站群置灰（测试）', startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + hour).toISOString(), scope: 'group',
    })
    expect(created.status).toBe(201)
    expect(isGrey((await ctx.api().get('/')).text)).toBe(true)
    expect(isGrey((await ctx.api().get('/sites/jyj/')).text)).toBe(true)
    await ctx.api().patch(`/api/mourning-periods/${created.body.doc.id}`).set(await auth(users.admin)).send({ endsAt: new Date(Date.now() - 1000).toISOString() })
    expect(isGrey((await ctx.api().get('/')).text)).toBe(false)
  })

  it('switches the elderly-friendly mode with a plain link, remembers it in a cookie, and keeps the renderings apart', async () => {
    const plain = await ctx.api().get('/sites/fgw/xxgk')
    expect(plain.text).toContain('href="/sites/fgw/care-mode?on=1&amp;back=%2Fsites%2Ffgw%2Fxxgk"')
    expect(plain.headers.vary).toContain('Cookie')

    const on = await ctx.api().get('/sites/fgw/care-mode?on=1&back=%2Fsites%2Ffgw%2Fxxgk')
    expect(on.status).toBe(303)
    expect(on.headers.location).toBe('/sites/fgw/xxgk')
    const cookie = String(on.headers['set-cookie'])
    expect(cookie).toMatch(/zq_care=1; Max-Age=31536000; Path=\/;.*HttpOnly/)

    const care = await ctx.api().get('/sites/fgw/xxgk').set('Cookie', 'zq_care=1')
    expect(care.text).toMatch(/<html[^>]*class="care"/)
    expect(care.text).toContain('退出长者模式')
    expect(care.headers['cache-control']).toMatch(/^private/)
    const again = await ctx.api().get('/sites/fgw/xxgk')
    expect(again.text).not.toContain('class="care"')
    expect(again.headers['cache-control']).toMatch(/^public/)

    const off = await ctx.api().get('/sites/fgw/care-mode?on=0&back=/sites/fgw/')
    expect(String(off.headers['set-cookie'])).toMatch(/zq_care=0; Max-Age=0/)
    const evil = await ctx.api().get('/sites/fgw/care-mode?on=1&back=//evil.example/')
    expect(evil.headers.location).toBe('/sites/fgw/')
  })
})
