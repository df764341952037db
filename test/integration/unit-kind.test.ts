import { beforeAll, describe, expect, it } from 'vitest'
import { backfillUnitKinds } from '../../collections/Disclosures/hooks/stamp-unit-kind'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

describe("items carry their unit's kind (unitKind) for the hub's aggregated lists", () => {
  let ctx: TestContext
  let unit: ID
  let column: ID
  const item = async (title: string, data: Record<string, unknown> = {}) =>
    ctx.payload.create({ collection: 'disclosures', data: { tenant: unit, column, title, issuer: '类型局', _status: 'published', ...data } as never })
  const kindOf = async (id: ID) => (await ctx.payload.db.findOne({ collection: 'disclosures', where: { id: { equals: id } } }) as { unitKind?: string | null } | null)?.unitKind

  beforeAll(async () => {
    ctx = await useTestContext()
    const n = Date.now().toString(36)
    unit = (await ctx.payload.create({ collection: 'tenants', data: { name: `类型测试局${n}`, shortName: '类型局', slug: `kind-${n}`, kind: 'department', unitCode: `KND${n.toUpperCase()}`, hasSubSite: false } })).id
    column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } } })).docs[0].id
  })

  it("stamps the unit's kind on every save; a value sent along is overwritten", async () => {
    const doc = await item('类型条目一', { unitKind: 'county' })
    expect(await kindOf(doc.id)).toBe('department')
    await ctx.payload.update({ collection: 'disclosures', id: doc.id, data: { unitKind: 'zone', title: '类型条目一（改）' } as never })
    expect(await kindOf(doc.id)).toBe('department')
  })

  it('fills items written before the field existed, and moves them when their unit changes kind', async () => {
    const doc = await item('类型条目二')
    await ctx.payload.db.updateOne({ collection: 'disclosures', id: doc.id, data: { unitKind: null } })
    expect(await kindOf(doc.id)).toBeNull()
    expect(await backfillUnitKinds(ctx.payload)).toBeGreaterThanOrEqual(1)
    expect(await kindOf(doc.id)).toBe('department')
    expect(await backfillUnitKinds(ctx.payload)).toBe(0)

    const inCounties = async () => (await ctx.api().get('/api/disclosures/hub-catalogue?scope=county&limit=100')).body.docs.map((d: { id: ID }) => String(d.id))
    expect(await inCounties()).not.toContain(String(doc.id))
    await ctx.payload.update({ collection: 'tenants', id: unit, data: { kind: 'county' } })
    expect(await kindOf(doc.id)).toBe('county')
    expect(await inCounties()).toContain(String(doc.id))
  })
})
