import crypto from 'node:crypto'
import type { CollectionSlug, Where } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { leanFind, leanPage, leanSql, narrowSelect, payloadSort, totalOrder, type LeanRead } from '../../src/db/lean-find'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

/**
 * Lean reads (src/db/lean-find) hold the same documents as Payload's own find, on this run's database:
 * each read the public pages make is made both ways and compared, and the lean one must not have gone
 * through `payload.db.find` (on the SQL adapters).
 */
describe('lean reads', () => {
  let ctx: TestContext
  const n = crypto.randomBytes(3).toString('hex')
  let unit: ID
  let columns: ID[]
  let since: string
  const sql = () => ['sqlite', 'postgres'].includes(ctx.payload.db.name)

  beforeAll(async () => {
    ctx = await useTestContext()
    unit = (await ctx.payload.create({
      collection: 'tenants',
      data: { name: `精简读取${n}`, shortName: `精简${n}`, slug: `lean-${n}`, kind: 'department', unitCode: `LEAN${n.toUpperCase()}`, hasSubSite: true, reviewPolicy: { disclosures: false, articles: false } } as never,
    })).id
    columns = (await ctx.payload.find({ collection: 'columns', where: { key: { in: ['mandatory-policy', 'mandatory-other'] } }, sort: 'key' })).docs.map((c) => c.id)
    const items: [string, string, string | undefined, 'published' | 'draft'][] = [
      ['2019-03-01T08:00:00.000Z', 'valid', '甲发〔2019〕1号', 'published'],
      ['2020-12-31T16:30:00.000Z', 'expired', undefined, 'published'],
      ['2020-12-31T16:30:00.000Z', 'valid', '甲发〔2020〕2号', 'published'],
      ['2021-06-15T00:00:00.000Z', 'repealed', undefined, 'published'],
      ['2022-01-01T00:00:00.000Z', 'valid', undefined, 'draft'],
    ]
    since = new Date(Date.now() - 1000).toISOString()
    for (const [i, [publishedAt, validity, documentNumber, status]] of items.entries()) {
      await ctx.payload.create({
        collection: 'disclosures', draft: status === 'draft',
        data: { tenant: unit, column: columns[i % 2], title: `精简条目 ${i} ${n}`, issuer: '精简单位', publishedAt, validity, documentNumber, _status: status } as never,
      })
    }
    for (const [i, live] of [true, false].entries()) {
      await ctx.payload.db.create({
        collection: 'search-entries',
        data: { key: `lean-${n}-${i}`, kind: 'disclosures', sourceId: String(i), unit: String(unit), columns: 'policy other', year: 2020 + i, validity: i ? null : 'valid', issuer: '精简单位', title: `检索 ${n}`, titleTokens: `检索 ${n}`, publishedAt: '2020-05-01T00:00:00.000Z', live },
      })
    }
    await ctx.payload.create({ collection: 'articles', data: { tenant: unit, title: `精简文章 ${n}`, slug: `lean-${n}`, category: 'news', summary: '摘要', _status: 'published' } as never })
  })
  afterEach(() => vi.restoreAllMocks())

  const published: Where = { _status: { equals: 'published' } }
  const disclosureFields = ['title', 'indexNumber', 'documentNumber', 'issuer', 'publishedAt', 'updatedAt', 'year', 'validity', 'column', 'tenant']
  const reads = (): [string, LeanRead][] => [
    ['a unit\'s items, newest first', { collection: 'disclosures', where: { and: [{ tenant: { equals: unit } }, published] }, sort: '-publishedAt', limit: 20, fields: disclosureFields }],
    ['the second page of two', { collection: 'disclosures', where: { and: [{ tenant: { equals: unit } }, published] }, sort: '-publishedAt', limit: 2, page: 2, fields: disclosureFields }],
    ['one year', { collection: 'disclosures', where: { and: [{ tenant: { equals: unit } }, published, { year: { equals: 2021 } }] }, sort: '-publishedAt', limit: 20, fields: disclosureFields }],
    ['a column subtree', { collection: 'disclosures', where: { and: [{ tenant: { equals: unit } }, published, { column: { in: columns } }] }, sort: '-publishedAt', limit: 20, fields: disclosureFields }],
    ['a kind, oldest first', { collection: 'disclosures', where: { and: [{ unitKind: { equals: 'department' } }, published, { tenant: { equals: unit } }] }, sort: 'publishedAt', limit: 3, fields: ['title', 'publishedAt'] }],
    ['items with a document number', { collection: 'disclosures', where: { and: [{ tenant: { equals: unit } }, { documentNumber: { exists: true } }] }, sort: '-publishedAt', limit: 0, fields: ['documentNumber'] }],
    ['articles', { collection: 'articles', where: { and: [{ tenant: { equals: unit } }, published] }, sort: '-publishedAt', limit: 8, fields: ['title', 'slug', 'publishedAt', 'updatedAt', 'summary', 'tenant'] }],
    ['changed since (the search engine\'s load)', { collection: 'disclosures', where: { and: [{ tenant: { equals: unit } }, { updatedAt: { greater_than_equal: since } }] }, sort: 'updatedAt', limit: 2, page: 2, fields: ['title', 'updatedAt', '_status'] }],
    ['search entries changed since', { collection: 'search-entries', where: { updatedAt: { greater_than_equal: since } }, sort: 'updatedAt', limit: 50, fields: ['key', 'unit', 'kind', 'columns', 'year', 'validity', 'issuer', 'publishedAt', 'titleTokens', 'live', 'updatedAt'] }],
    ['kept counts of the unit', { collection: 'catalogue-counts', where: { unit: { equals: String(unit) } }, sort: '-year', limit: 0, fields: ['key', 'unit', 'kind', 'year', 'count'] }],
  ]
  // Payload's find also returns keys it was not asked for (undefined, or [] for arrays): the fields asked for are compared.
  const asked = (read: LeanRead, docs: object[]) => docs.map((doc) => Object.fromEntries(['id', ...read.fields].map((f) => [f, (doc as Record<string, unknown>)[f]])))
  const throughPayload = async (read: LeanRead) => {
    const found = await ctx.payload.db.find({ collection: read.collection, where: read.where, sort: payloadSort(ctx.payload, read), limit: read.limit, page: read.page, pagination: false, select: narrowSelect(ctx.payload, read.collection, read.fields) as never })
    return asked(read, found.docs)
  }

  it('gives the documents Payload\'s find gives, for each read the public pages make', async () => {
    const { recountAll } = await import('../../collections/CatalogueCounts/recount')
    await recountAll(ctx.payload)
    for (const [name, read] of reads()) {
      const expected = await throughPayload(read)
      const find = vi.spyOn(ctx.payload.db, 'find')
      const lean = await leanFind(ctx.payload, read)
      expect(find, name).toHaveBeenCalledTimes(sql() ? 0 : 1)
      find.mockRestore()
      expect(lean, name).toEqual(expected)
    }
    // The reads found what they were meant to: four published items, one per year but two in 2020 (same instant: the later created first).
    const [all, second] = await Promise.all([leanFind(ctx.payload, reads()[0][1]), leanFind(ctx.payload, reads()[1][1])])
    expect(all.map((d) => d.year)).toEqual([2021, 2021, 2021, 2019])
    expect(all.map((d) => d.title)).toEqual([3, 2, 1, 0].map((i) => `精简条目 ${i} ${n}`))
    expect(second.map((d) => d.title)).toEqual([1, 0].map((i) => `精简条目 ${i} ${n}`))
    expect(all[0].publishedAt).toBe('2021-06-15T00:00:00.000Z')
    expect((await leanFind(ctx.payload, reads()[5][1])).length).toBe(2)
    expect((await leanFind(ctx.payload, reads()[7][1])).map((d) => d.title)).toEqual([2, 3].map((i) => `精简条目 ${i} ${n}`))
    expect((await leanFind(ctx.payload, reads()[8][1])).filter((d) => String(d.key).startsWith(`lean-${n}`)).map((d) => d.live)).toEqual([true, false])
    expect((await leanFind(ctx.payload, reads()[9][1])).find((d) => d.year === null)?.count).toBe(4)
  })

  it('lists the items of one import batch (same date, same creation instant) in one order on every page and path', async () => {
    const batchUnit = (await ctx.payload.create({
      collection: 'tenants',
      data: { name: `同批导入${n}`, shortName: `同批${n}`, slug: `lean-batch-${n}`, kind: 'department', unitCode: `LEANB${n.toUpperCase()}`, hasSubSite: true } as never,
    })).id
    const now = new Date().toISOString()
    // As the import writes a batch: straight through the adapter, one instant for all.
    for (let i = 0; i < 5; i++) {
      await ctx.payload.db.create({
        collection: 'disclosures',
        data: { tenant: batchUnit, column: columns[0], title: `同批 ${i} ${n}`, issuer: '精简单位', publishedAt: '2024-03-01T00:00:00.000Z', year: 2024, unitKind: 'department', _status: 'published', createdAt: now, updatedAt: now },
      })
    }
    const read = { collection: 'disclosures' as const, where: { and: [{ tenant: { equals: batchUnit } }, published] }, sort: '-publishedAt', limit: 2, fields: ['title', 'publishedAt'] }
    const pages = []
    for (const page of [1, 2, 3]) {
      const lean = (await leanFind(ctx.payload, { ...read, page })).map((d) => d.id)
      const counted = (await leanPage(ctx.payload, { ...read, page }, undefined)).docs.map((d) => d.id)
      const kept = (await leanPage(ctx.payload, { ...read, page }, 5)).docs.map((d) => d.id)
      expect(counted, `page ${page}`).toEqual(lean)
      expect(kept, `page ${page}`).toEqual(lean)
      pages.push(...lean)
    }
    const all = (await ctx.payload.find({ collection: 'disclosures', where: read.where, limit: 0, pagination: false, depth: 0 })).docs.map((d) => d.id)
    expect(all).toHaveLength(5)
    expect(pages).toEqual([...all].sort((a, b) => (String(a).length - String(b).length) || (String(a) < String(b) ? 1 : -1)))
    expect(totalOrder(read.sort, true)).toEqual(['-publishedAt', '-createdAt', '-id'])
  })

  it('reads each public list in its index\'s order, with no sort step', async () => {
    const lists: LeanRead[] = [
      reads()[0][1], reads()[2][1], reads()[6][1],
      { collection: 'disclosures', where: { and: [{ unitKind: { equals: 'department' } }, published] }, sort: '-publishedAt', limit: 20, fields: disclosureFields },
      { collection: 'disclosures', where: { and: [{ unitKind: { equals: 'county' } }, published, { year: { equals: 2020 } }] }, sort: '-publishedAt', limit: 20, page: 3, fields: disclosureFields },
      { collection: 'articles', where: { and: [{ tenant: { equals: unit } }, published, { category: { equals: 'news' } }] }, sort: '-publishedAt', limit: 8, fields: ['title'] },
    ]
    for (const read of lists) {
      const statement = leanSql(ctx.payload, read)
      expect(statement, read.collection).toBeDefined()
      const plan = await explain(statement!.sql, statement!.params)
      // The plan was read (it names the index it scans) and holds no sort of its own.
      expect(plan, statement!.sql).toMatch(/_createdAt_(1_)?id_idx/)
      expect(plan, statement!.sql).not.toMatch(/sort|TEMP B-TREE/i)
    }
  })

  /** The engine's plan as text. PostgreSQL may not sort: a list whose order no index holds then shows a Sort. */
  async function explain(text: string, params: unknown[]): Promise<string> {
    const db = ctx.payload.db as unknown as { pool?: { connect: () => Promise<{ query: (q: string, v?: unknown[]) => Promise<{ rows: Record<string, string>[] }>; release: () => void }> }; client?: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }> } }
    if (db.pool) {
      const client = await db.pool.connect()
      try {
        await client.query('BEGIN')
        await client.query('SET LOCAL enable_sort = off')
        await client.query('SET LOCAL enable_incremental_sort = off')
        const { rows } = await client.query(`EXPLAIN ${text}`, params)
        return rows.map((r) => r['QUERY PLAN']).join('\n')
      } finally {
        await client.query('ROLLBACK')
        client.release()
      }
    }
    const { rows } = await db.client!.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params })
    return rows.map((r) => String(r.detail)).join('\n')
  }

  it('leaves other queries to Payload\'s find, with the same answer', async () => {
    const others: LeanRead[] = [
      { collection: 'disclosures', where: { or: [{ tenant: { equals: unit } }, { tenant: { equals: -1 } }] }, sort: '-publishedAt', limit: 20, fields: ['title'] },
      { collection: 'disclosures', where: { and: [{ tenant: { equals: unit } }, { title: { like: '精简条目 1' } }] }, sort: '-publishedAt', limit: 20, fields: ['title'] },
      { collection: 'disclosures', where: { tenant: { equals: unit } }, sort: '-publishedAt', limit: 20, fields: ['subjects'] },
      { collection: 'disclosures', where: { 'review.state': { equals: 'published' }, tenant: { equals: unit } }, sort: '-publishedAt', limit: 20, fields: ['title'] },
    ]
    for (const read of others) {
      const expected = await throughPayload(read)
      expect(expected.length).toBeGreaterThan(0)
      const find = vi.spyOn(ctx.payload.db, 'find')
      expect(asked(read, await leanFind(ctx.payload, read))).toEqual(expected)
      expect(find).toHaveBeenCalledTimes(1)
      find.mockRestore()
    }
  })

  it('asks Payload\'s find on an adapter without Drizzle (MongoDB)', async () => {
    const find = vi.fn(async () => ({ docs: [{ id: 1, title: 'x' }] }))
    const payload = { db: { name: 'mongoose', find }, collections: ctx.payload.collections } as unknown as typeof ctx.payload
    const read: LeanRead = { collection: 'articles' as CollectionSlug, where: { tenant: { equals: unit } }, sort: '-publishedAt', limit: 5, page: 2, fields: ['title'] }
    expect(await leanFind(payload, read)).toEqual([{ id: 1, title: 'x' }])
    expect(find).toHaveBeenCalledWith(expect.objectContaining({ collection: 'articles', limit: 5, page: 2, pagination: false, sort: ['-publishedAt', '-createdAt'], select: { title: true, review: { state: true } } }))
  })
})
