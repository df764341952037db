import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { recountAll } from '../../collections/CatalogueCounts/recount'
import { demoPassword } from '../../src/seed/demo-users'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

/**
 * Kept catalogue counts (目录条数): the catalogues read one kept number instead of counting every item.
 * A unit of this file's own keeps other files' writes out of the numbers asserted here.
 */
describe('kept catalogue counts', () => {
  let ctx: TestContext
  let unit: { id: ID; slug: string }
  let column: ID
  const editor = `counts-${crypto.randomBytes(3).toString('hex')}@example.gov.cn`
  const kept = async (key: string) =>
    (await ctx.payload.db.findOne<{ id: ID; count: number }>({ collection: 'catalogue-counts', where: { key: { equals: key } } }))?.count
  const year = new Date().getFullYear()
  const publishOverRest = async (title: string) => {
    const res = await ctx.api().post('/api/disclosures').set({ Authorization: `JWT ${await ctx.login(editor)}` })
      .send({ title, column, issuer: '计数测试局', _status: 'published' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc as { id: ID }
  }
  const catalogue = async (query = '') => {
    const res = await ctx.api().get(`/sites/${unit.slug}/xxgk${query}`)
    expect(res.status).toBe(200)
    return res.text
  }
  const hubTotal = async (query: string) => {
    const res = await ctx.api().get(`/api/disclosures/hub-catalogue?scope=department&unit=${unit.slug}&${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body.totalDocs as number
  }

  beforeAll(async () => {
    ctx = await useTestContext()
    const n = crypto.randomBytes(3).toString('hex')
    const doc = await ctx.payload.create({
      collection: 'tenants',
      data: { name: `计数测试局${n}`, shortName: '计数局', slug: `cnt-${n}`, kind: 'department', unitCode: `CNT${n.toUpperCase()}`, hasSubSite: true, reviewPolicy: { disclosures: false, articles: false } } as never,
    })
    unit = { id: doc.id, slug: doc.slug as string }
    column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1 })).docs[0].id
    await ctx.payload.create({ collection: 'users', data: { email: editor, name: '计数编辑', password: demoPassword, tenants: [{ tenant: unit.id, roles: ['editor'] }] } as never })
  })

  it('recounts the unit and its kind, in all and in the year, before a publish over REST returns', async () => {
    await publishOverRest(`计数条目一 ${Date.now()}`)
    expect(await kept(`unit:${unit.id}:all`)).toBe(1)
    expect(await kept(`unit:${unit.id}:${year}`)).toBe(1)
    // Other files publish department items too: the kind's row exists and counts this one at least.
    expect(await kept(`kind:department:${year}`)).toBeGreaterThanOrEqual(1)
    expect(await hubTotal('')).toBe(1)
    expect(await catalogue()).toContain(`/xxgk?year=${year}`)
  })

  it('pages show the kept number, not a count of the items: a wrong kept number shows until a recount corrects it', async () => {
    await publishOverRest(`计数条目二 ${Date.now()}`)
    expect(await hubTotal('')).toBe(2)
    // Planted: the pages believe the kept row (this is what spares them the count).
    await ctx.payload.db.updateOne({ collection: 'catalogue-counts', where: { key: { equals: `unit:${unit.id}:all` } }, data: { count: 41 } })
    expect(await hubTotal('')).toBe(41)
    expect(await catalogue()).toContain('共 3 页') // 41 items at 20 a page
    await recountAll(ctx.payload)
    expect(await hubTotal('')).toBe(2)
    expect(await catalogue()).not.toContain('共 3 页')
  })

  it('an item unpublished, moved to another year or deleted through the Local API counts right at once, and is kept right once committed', async () => {
    const doc = await ctx.payload.create({ collection: 'disclosures', data: { tenant: unit.id, column, title: `计数条目三 ${Date.now()}`, issuer: '计数测试局', _status: 'published' } as never })
    expect(await hubTotal('')).toBe(3) // counted live while its recount is pending
    await ctx.payload.update({ collection: 'disclosures', id: doc.id, data: { _status: 'draft' } as never })
    expect(await hubTotal('')).toBe(2)
    const old = await ctx.payload.create({ collection: 'disclosures', data: { tenant: unit.id, column, title: `旧年条目 ${Date.now()}`, issuer: '计数测试局', publishedAt: '2012-05-04T00:00:00.000Z', _status: 'published' } as never })
    expect(await hubTotal('year=2012')).toBe(1)
    await ctx.payload.delete({ collection: 'disclosures', id: old.id })
    expect(await hubTotal('year=2012')).toBe(0)
    // Once the recounts have run, the kept rows say the same.
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline && ((await kept(`unit:${unit.id}:all`)) !== 2 || (await kept(`unit:${unit.id}:2012`)) !== 0)) await new Promise((r) => setTimeout(r, 50))
    expect(await kept(`unit:${unit.id}:all`)).toBe(2)
    expect(await kept(`unit:${unit.id}:2012`)).toBe(0)
    expect(await catalogue()).not.toContain('?year=2012') // a year with no items left is not offered
  })

  it('a draft saved over a live item changes no count; publishing it moves the item from its old year to its new one', async () => {
    const doc = await ctx.payload.create({ collection: 'disclosures', data: { tenant: unit.id, column, title: `改年条目 ${Date.now()}`, issuer: '计数测试局', publishedAt: '2014-03-01T00:00:00.000Z', _status: 'published' } as never })
    await ctx.payload.update({ collection: 'disclosures', id: doc.id, draft: true, data: { publishedAt: '2015-03-01T00:00:00.000Z', _status: 'draft' } as never })
    const settled = async (key: string, want: number) => {
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline && (await kept(key)) !== want) await new Promise((r) => setTimeout(r, 50))
      return kept(key)
    }
    expect(await settled(`unit:${unit.id}:2014`, 1)).toBe(1)
    expect([undefined, 0]).toContain(await kept(`unit:${unit.id}:2015`))
    expect(await hubTotal('year=2014')).toBe(1)
    await ctx.payload.update({ collection: 'disclosures', id: doc.id, data: { publishedAt: '2015-03-01T00:00:00.000Z', _status: 'published' } as never })
    expect(await hubTotal('year=2014')).toBe(0)
    expect(await hubTotal('year=2015')).toBe(1)
    expect(await settled(`unit:${unit.id}:2014`, 0)).toBe(0)
    expect(await settled(`unit:${unit.id}:2015`, 1)).toBe(1)
  })

  it('the kept rows are closed to every API user (only the server writes them)', async () => {
    const anonymous = await ctx.api().get('/api/catalogue-counts')
    expect(anonymous.status).toBe(403)
    const asEditor = await ctx.api().get('/api/catalogue-counts').set({ Authorization: `JWT ${await ctx.login(editor)}` })
    expect(asEditor.status).toBe(403)
  })
})
