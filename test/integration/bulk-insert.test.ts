import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../src/content/lexical'
import { bulkCreate, bulkCreateFirstVersions } from '../../src/db/bulk-insert'
import { inTransaction } from '../../src/db/transaction'
import { importedDisclosure } from '../../src/disclosure/import-record'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

/**
 * Bulk inserts (src/db/bulk-insert) write the rows `payload.db.create` and `createVersion` write: an
 * item with texts (subjects) and an array (its review history) is written both ways, read back
 * through Payload, and compared field by field, version included.
 */
describe('bulk inserts', () => {
  let ctx: TestContext
  const n = crypto.randomBytes(3).toString('hex')
  let unit: ID
  let column: ID
  const sql = () => ['sqlite', 'postgres'].includes(ctx.payload.db.name)

  beforeAll(async () => {
    ctx = await useTestContext()
    unit = await ctx.tenantId('department')
    column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } } })).docs[0].id
  })

  const item = (i: number, now: string) => importedDisclosure({
    tenant: unit, column, title: `批量写入 ${i} ${n}`, issuer: '批量单位', publishedAt: '2023-05-04T00:00:00.000Z', documentNumber: `批发〔2023〕${i}号`,
    subjects: ['政务', '公开', `主题${i}`], validity: 'valid', mode: 'proactive', body: paragraphsToLexical(['第一段。', '第二段。']),
  } as never, `BULK${n}/2023-${String(i).padStart(5, '0')}`, 'department', now)

  // What differs between two items by design, and what each write gives anew.
  const own = new Set(['id', 'title', 'indexNumber', 'documentNumber', 'createdAt', 'updatedAt', 'parent'])
  const comparable = (doc: Record<string, unknown>, i: number): unknown => JSON.parse(JSON.stringify(doc, (key, value) => {
    if (own.has(key)) return undefined
    if (key === 'subjects' && Array.isArray(value)) return value.map((s: string) => s.replace(String(i), 'N'))
    if (key === 'fingerprint') return undefined // covers the title
    return value
  }))

  it('writes an item, its texts, its review history and its first version as payload.db.create does', async () => {
    const now = new Date().toISOString()
    const [one, many] = [item(1, now), [item(2, now), item(3, now)]]
    const ids = await inTransaction(ctx.payload, async (req) => {
      const created = await ctx.payload.db.create({ collection: 'disclosures', data: one, req })
      await ctx.payload.db.createVersion({ collectionSlug: 'disclosures', parent: created.id, autosave: false, createdAt: now, updatedAt: now, versionData: { ...one, id: created.id } as never, req })
      const bulk = await bulkCreate(req, 'disclosures', many, 'indexNumber')
      if (!sql()) return { created: created.id, bulk }
      expect(bulk).toHaveLength(2)
      expect(await bulkCreateFirstVersions(req, 'disclosures', many.map((doc, i) => ({ parent: bulk![i], version: { ...doc, id: bulk![i] }, at: now })))).toBe(true)
      return { created: created.id, bulk }
    })
    if (!sql()) return void expect(ids.bulk).toBeUndefined() // MongoDB: the caller writes one by one
    const read = (id: ID) => ctx.payload.findByID({ collection: 'disclosures', id, depth: 0 }) as unknown as Promise<Record<string, unknown>>
    const version = async (id: ID) => (await ctx.payload.findVersions({ collection: 'disclosures', where: { parent: { equals: id } }, depth: 0 })).docs
    const [reference, first, second] = await Promise.all([read(ids.created), read(ids.bulk![0]), read(ids.bulk![1])])
    expect(first.title).toBe(`批量写入 2 ${n}`)
    expect(second.indexNumber).toBe(`BULK${n}/2023-00003`)
    expect((first.subjects as string[]).length).toBe(3)
    expect(((first.review as { history: unknown[] }).history).length).toBe(1)
    expect(comparable(first, 2)).toEqual(comparable(reference, 1))
    expect(comparable(second, 3)).toEqual(comparable(reference, 1))
    const [refVersions, bulkVersions] = await Promise.all([version(ids.created), version(ids.bulk![0])])
    expect(bulkVersions).toHaveLength(1)
    expect(bulkVersions[0].latest).toBe(true)
    expect(comparable(bulkVersions[0] as never, 2)).toEqual(comparable(refVersions[0] as never, 1))
    // The public page shows the bulk-written item like any other.
    const dept = await ctx.payload.findByID({ collection: 'tenants', id: unit, depth: 0 })
    const page = await ctx.api().get(`/sites/${dept.slug}/xxgk/${ids.bulk![0]}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(`批量写入 2 ${n}`)
    expect(page.text).toContain('第二段。')
  })

  it('writes nothing and leaves it to the caller outside a transaction or for rows it does not write', async () => {
    if (!sql()) return
    const now = new Date().toISOString()
    const req = { payload: ctx.payload } as never
    expect(await bulkCreate(req, 'disclosures', [item(4, now)], 'indexNumber')).toBeUndefined()
    // A relationship has rows of its own (checked before anything is written: no media document needed).
    const withMedia = await inTransaction(ctx.payload, (r) => bulkCreate(r, 'disclosures', [{ ...item(5, now), bodyMedia: [1] }], 'indexNumber'))
    expect(withMedia).toBeUndefined()
    const left = await ctx.payload.find({ collection: 'disclosures', where: { indexNumber: { in: [4, 5].map((i) => `BULK${n}/2023-0000${i}`) } }, depth: 0 })
    expect(left.totalDocs).toBe(0)
  })
})
