import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string
type Item = { id: ID; title: string; indexNumber: string; unit: { slug: string; kind: string }; canonicalUrl: string }

/** The hub's aggregated catalogues read the units' own records live: no copy, no drift. */
describe('hub catalogue aggregation (市政府部门 / 区县政府信息公开目录)', () => {
  let ctx: TestContext
  let dept: ID
  let county: ID
  let column: ID
  const catalogue = async (query: string) => {
    const res = await ctx.api().get(`/api/disclosures/hub-catalogue?${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body as { docs: Item[]; totalDocs: number }
  }
  const titles = (body: { docs: Item[] }) => body.docs.map((d) => d.title)

  beforeAll(async () => {
    ctx = await useTestContext()
    dept = await ctx.tenantId('department')
    county = await ctx.tenantId('county')
    column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-statistics' } } })).docs[0].id
  })

  const publish = (tenant: ID, title: string) =>
    ctx.payload.create({ collection: 'disclosures', data: { tenant, column, title, issuer: '测试', _status: 'published' } as never })

  it('shows each unit’s published items under its kind, with the source unit and one canonical URL', async () => {
    const d = await publish(dept, `部门统计公报 ${Date.now()}`)
    const c = await publish(county, `区县统计公报 ${Date.now()}`)
    const departments = await catalogue('scope=department&column=mandatory-statistics&limit=100')
    expect(titles(departments)).toContain(d.title)
    expect(titles(departments)).not.toContain(c.title)
    const counties = await catalogue('scope=county&column=mandatory-statistics&limit=100')
    expect(titles(counties)).toContain(c.title)
    const item = departments.docs.find((x) => x.id === d.id)!
    expect(item.indexNumber).toBe(d.indexNumber)
    expect(item.unit.kind).toBe('department')
    expect(item.canonicalUrl).toMatch(new RegExp(`^https://[a-z0-9.-]+/xxgk/${d.id}$`))
    const byUnit = await catalogue(`scope=department&unit=${item.unit.slug}&limit=100`)
    expect(byUnit.docs.every((x) => x.unit.slug === item.unit.slug)).toBe(true)
    const byYear = await catalogue('scope=department&year=2010&limit=100')
    expect(byYear.docs.map((x) => x.title)).not.toContain(d.title)
  })

  it('reflects edits at once and drops unpublished, deleted and draft items at once', async () => {
    const d = await publish(dept, `将被修改 ${Date.now()}`)
    await ctx.payload.update({ collection: 'disclosures', id: d.id, data: { title: `${d.title}（已修改）` } as never })
    expect(titles(await catalogue('scope=department&limit=100'))).toContain(`${d.title}（已修改）`)
    await ctx.payload.update({ collection: 'disclosures', id: d.id, data: { _status: 'draft' } as never })
    expect((await catalogue('scope=department&limit=100')).docs.map((x) => x.id)).not.toContain(d.id)
    const e = await publish(dept, `将被删除 ${Date.now()}`)
    await ctx.payload.delete({ collection: 'disclosures', id: e.id })
    expect((await catalogue('scope=department&limit=100')).docs.map((x) => x.id)).not.toContain(e.id)
    const draft = await ctx.payload.create({ collection: 'disclosures', draft: true, data: { tenant: dept, column, title: `草稿 ${Date.now()}`, issuer: '测试', _status: 'draft' } as never })
    expect((await catalogue('scope=department&limit=100')).docs.map((x) => x.id)).not.toContain(draft.id)
  })

  it('serves the same aggregation over GraphQL', async () => {
    const d = await publish(dept, `图形查询 ${Date.now()}`)
    const query = `{ HubCatalogue(scope: "department", column: "mandatory-statistics", limit: 100) { totalDocs docs { id title indexNumber canonicalUrl unit { slug kind } column { key } } } }`
    const res = await ctx.api().post('/api/graphql').send({ query })
    expect(res.status).toBe(200)
    const item = res.body.data.HubCatalogue.docs.find((x: { id: string }) => x.id === String(d.id))
    expect(item).toMatchObject({ title: d.title, indexNumber: d.indexNumber, unit: { kind: 'department' }, column: { key: 'mandatory-statistics' } })
    const bad = await ctx.api().post('/api/graphql').send({ query: '{ HubCatalogue(scope: "hub") { totalDocs } }' })
    expect(bad.body.errors[0].message).toMatch(/scope 须为 .* \/ scope must be/)
  })

  it.each(['', 'scope=hub', 'scope=department&limit=1000', 'scope=county&year=abc', 'scope=county&page=0'])('refuses bad parameters (%s) with a bilingual 400', async (query) => {
    const res = await ctx.api().get(`/api/disclosures/hub-catalogue?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/)
  })
})
