import type { Payload } from 'payload'
import { stringify } from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseIndexNumber, yearOfPublication } from '../../src/disclosure/index-number'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

/** A fresh unit, so its counters start at zero whatever ran before. */
async function freshUnit(payload: Payload, label: string): Promise<{ id: ID; unitCode: string }> {
  const n = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase()
  const unitCode = `T${n}`.slice(0, 18)
  const doc = await payload.create({
    collection: 'tenants',
    data: { name: `测试单位${label}`, shortName: label, slug: `t-${n.toLowerCase()}`.slice(0, 31), kind: 'department', unitCode, hasSubSite: false },
  })
  return { id: doc.id, unitCode }
}

describe('index numbers (统一索引号)', () => {
  let ctx: TestContext
  let column: ID
  const thisYear = yearOfPublication(new Date())
  const publish = (tenant: ID, title: string, publishedAt?: string) =>
    ctx.payload.create({ collection: 'disclosures', data: { tenant, title, column, issuer: '测试', publishedAt, _status: 'published' } as never })

  beforeAll(async () => {
    ctx = await useTestContext()
    column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } } })).docs[0].id
  })

  it('gives {unitCode}/{year}-{serial} on first publication, none to drafts', async () => {
    const unit = await freshUnit(ctx.payload, '格式')
    const draft = await ctx.payload.create({ collection: 'disclosures', draft: true, data: { tenant: unit.id, title: '草稿', column, issuer: '测试', _status: 'draft' } as never })
    expect(draft.indexNumber ?? null).toBeNull()
    const doc = await publish(unit.id, '第一条')
    expect(doc.indexNumber).toBe(`${unit.unitCode}/${thisYear}-00001`)
    expect(doc.year).toBe(thisYear)
    // The published version (what the admin's history shows) carries the number, and keeps the rest of the item.
    const { docs: [version] } = await ctx.payload.findVersions({ collection: 'disclosures', where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 1, depth: 0 })
    expect(version.version.indexNumber).toBe(doc.indexNumber)
    expect(version.version.title).toBe('第一条')
    expect(version.version._status).toBe('published')
    expect(version.version.review?.history?.length).toBe(doc.review?.history?.length)
    expect(version.version.review?.history?.length).toBeGreaterThan(0)
  })

  it('uses the year in China time', async () => {
    const unit = await freshUnit(ctx.payload, '跨年')
    const doc = await publish(unit.id, '元旦凌晨', '2031-12-31T17:00:00Z')
    expect(doc.indexNumber).toBe(`${unit.unitCode}/2032-00001`)
  })

  it('never changes through edits, unpublish and republish, and ignores numbers sent by clients', async () => {
    const unit = await freshUnit(ctx.payload, '不变')
    const doc = await publish(unit.id, '原标题')
    const number = doc.indexNumber
    const edited = await ctx.payload.update({ collection: 'disclosures', id: doc.id, data: { title: '新标题', indexNumber: 'HACK/2031-99999' } as never })
    expect(edited.indexNumber).toBe(number)
    const unpublished = await ctx.payload.update({ collection: 'disclosures', id: doc.id, data: { _status: 'draft' } as never })
    expect(unpublished.indexNumber).toBe(number)
    const republished = await ctx.payload.update({ collection: 'disclosures', id: doc.id, data: { _status: 'published' } as never })
    expect(republished.indexNumber).toBe(number)
    const viaRest = await ctx.api().patch(`/api/disclosures/${doc.id}`).set({ Authorization: `JWT ${await ctx.login('admin@demo.zhanqun.cn')}` }).send({ indexNumber: 'X/2030-00002' })
    expect(viaRest.status).toBe(200)
    expect(viaRest.body.doc.indexNumber).toBe(number)
  })

  it('never reuses a number after delete', async () => {
    const unit = await freshUnit(ctx.payload, '删除')
    const first = await publish(unit.id, '将被删除')
    await ctx.payload.delete({ collection: 'disclosures', id: first.id })
    const second = await publish(unit.id, '删除之后')
    expect(parseIndexNumber(first.indexNumber as string).serial).toBe(1)
    expect(parseIndexNumber(second.indexNumber as string).serial).toBe(2)
  })

  it('200 parallel publishes in one unit-year get exactly 1..200', async () => {
    const unit = await freshUnit(ctx.payload, '并发')
    const docs = await Promise.all(Array.from({ length: 200 }, (_, i) => publish(unit.id, `并发 ${i}`)))
    const serials = docs.map((d) => parseIndexNumber(d.indexNumber as string).serial).sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
  })

  it('parallel publishes across 10 units: every unit dense', async () => {
    const units = await Promise.all(Array.from({ length: 10 }, (_, i) => freshUnit(ctx.payload, `多单位${i}`)))
    const docs = await Promise.all(units.flatMap((u) => Array.from({ length: 15 }, (_, i) => publish(u.id, `多单位 ${i}`))))
    for (const unit of units) {
      const serials = docs
        .filter((d) => String((d.tenant as { id?: ID })?.id ?? d.tenant) === String(unit.id))
        .map((d) => parseIndexNumber(d.indexNumber as string).serial)
        .sort((a, b) => a - b)
      expect(serials).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    }
  })

  it('follows the group format setting, with the column code as category', async () => {
    const unit = await freshUnit(ctx.payload, '分类')
    await ctx.payload.updateGlobal({ slug: 'disclosure-settings', data: { indexNumberFormat: { unitSeparator: '/', partSeparator: '-', serialPadding: 4, includeCategory: true } } })
    try {
      const doc = await publish(unit.id, '分类格式')
      expect(doc.indexNumber).toBe(`${unit.unitCode}/${thisYear}-02-0001`)
    } finally {
      await ctx.payload.updateGlobal({ slug: 'disclosure-settings', data: { indexNumberFormat: { unitSeparator: '/', partSeparator: '-', serialPadding: 5, includeCategory: false } } })
    }
    const bad = await ctx.api().post('/api/globals/disclosure-settings').set({ Authorization: `JWT ${await ctx.login('admin@demo.zhanqun.cn')}` }).send({ indexNumberFormat: { unitSeparator: 'a', partSeparator: '-', serialPadding: 5 } })
    expect(bad.status).toBe(400)
  })
})

describe('public reach of disclosures', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await useTestContext()
  })

  // Payload's documented way to build a REST query string.
  const query = (params: Record<string, unknown>) => stringify(params, { addQueryPrefix: true })

  it('filters by unit, year, validity, column and index number, anonymously, published only', async () => {
    const hub = await ctx.tenantId('hub')
    const byUnitYear = await ctx.api().get(`/api/disclosures${query({ where: { and: [{ tenant: { equals: hub } }, { year: { equals: 2010 } }] } })}`)
    expect(byUnitYear.status, JSON.stringify(byUnitYear.body)).toBe(200)
    expect(byUnitYear.body.totalDocs).toBe(2)
    const number = byUnitYear.body.docs[0].indexNumber
    expect(number).toMatch(/^[0-9A-Z]+\/2010-\d{5}$/)
    const byNumber = await ctx.api().get(`/api/disclosures${query({ where: { indexNumber: { equals: number } } })}`)
    expect(byNumber.body.totalDocs).toBe(1)
    const rules = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'rules' } } })).docs[0].id
    const byColumn = await ctx.api().get(`/api/disclosures${query({ where: { column: { equals: rules }, validity: { equals: 'valid' } } })}`)
    expect(byColumn.body.docs.map((d: { title: string }) => d.title)).toContain('郴州市政府信息公开工作制度')
    const drafts = await ctx.api().get(`/api/disclosures${query({ where: { title: { equals: '行政审批事项目录（第二轮清理后）' } }, draft: 'true' })}`)
    expect(drafts.body.totalDocs).toBe(0)
    const gql = await ctx.api().post('/api/graphql').send({ query: `{ Disclosures(where: { indexNumber: { equals: "${number}" } }) { docs { title indexNumber tenant { name } column { title } } } }` })
    expect(gql.body.data.Disclosures.docs[0].indexNumber).toBe(number)
  })
})
