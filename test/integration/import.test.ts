import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { paragraphsToLexical } from '../../src/content/lexical'
import { parseIndexNumber } from '../../src/disclosure/index-number'
import { importDisclosures } from '../../src/import/import-disclosures'
import { readRows } from '../../src/import/read-rows'
import { useTestContext, type TestContext } from '../helpers/context'

type Doc = Record<string, unknown>

/** A stored item without what differs between two saves of the same content: ids, times, the number. */
function comparable(doc: Doc): Doc {
  const { id: _id, createdAt: _c, updatedAt: _u, indexNumber: _n, parent: _p, ...rest } = doc
  const review = rest.review as { history?: Doc[] } | undefined
  if (review) rest.review = { ...review, history: review.history?.map(({ id: _hid, at: _at, ...row }) => row) }
  if (rest.version) rest.version = comparable(rest.version as Doc)
  return rest
}

describe('import of historical disclosures', () => {
  let ctx: TestContext
  let unit: { slug: string; unitCode: string; id: number | string }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-import-'))

  beforeAll(async () => {
    ctx = await useTestContext()
    const n = Date.now().toString(36).toUpperCase()
    const doc = await ctx.payload.create({ collection: 'tenants', data: { name: '导入测试局', shortName: '导入局', slug: `imp-${n.toLowerCase()}`, kind: 'department', unitCode: `IMP${n}`, hasSubSite: false } })
    unit = { slug: doc.slug as string, unitCode: doc.unitCode as string, id: doc.id }
  })

  it('imports a CSV, keeps given numbers, assigns missing ones, and reports each rejected line', async () => {
    const u = unit.unitCode
    const csv = [
      '标题,单位,栏目,发布日期,索引号,文号,主题词,有效性',
      `关于印发工作制度的通知,${unit.slug},政府信息公开制度,2009-03-05,${u}/2009-00041,郴政发〔2009〕3号,制度,有效`,
      `2009年部门预算,${unit.slug},mandatory-budget,2009年4月1日,,,"预算；财政",有效`,
      `重复索引号,${unit.slug},mandatory-budget,2009-05-01,${u}/2009-00041,,,有效`,
      `未知单位,no-such-unit,mandatory-budget,2009-05-01,,,,有效`,
      `日期错误,${unit.slug},mandatory-budget,2009-02-30,,,,有效`,
      `未知栏目,${unit.slug},不存在的栏目,2009-05-01,,,,有效`,
      `别家的索引号,${unit.slug},mandatory-budget,2009-05-01,OTHER001/2009-00001,,,有效`,
      `,${unit.slug},mandatory-budget,2009-05-01,,,,永久`,
    ].join('\n')
    const file = path.join(dir, 'items.csv')
    fs.writeFileSync(file, `\uFEFF${csv}\n`)
    const before = await ctx.payload.count({ collection: 'disclosures', where: { tenant: { equals: unit.id } } })
    const report = await importDisclosures(ctx.payload, await readRows(file))
    expect(report.imported).toBe(2)
    expect(report.rejected.map((r) => r.line)).toEqual([4, 5, 6, 7, 8, 9])
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.line, r.reasons.join(' ')]))
    expect(reasons[4]).toMatch(/index number already exists/)
    expect(reasons[5]).toMatch(/unknown unit: no-such-unit/)
    expect(reasons[6]).toMatch(/invalid publish date: 2009-02-30/)
    expect(reasons[7]).toMatch(/unknown column/)
    expect(reasons[8]).toMatch(/does not match the unit/)
    expect(reasons[9]).toMatch(/title is missing.*validity must be/s)
    const after = await ctx.payload.count({ collection: 'disclosures', where: { tenant: { equals: unit.id } } })
    expect(after.totalDocs - before.totalDocs).toBe(2)

    const kept = await ctx.payload.find({ collection: 'disclosures', where: { title: { equals: '关于印发工作制度的通知' } } })
    expect(kept.docs[0].indexNumber).toBe(`${u}/2009-00041`)
    // The counter continues after the highest imported serial.
    const assigned = await ctx.payload.find({ collection: 'disclosures', where: { title: { equals: '2009年部门预算' } } })
    expect(parseIndexNumber(assigned.docs[0].indexNumber as string).serial).toBe(42)
    // The catalogues' kept counts take the imported items in, once the batch has committed.
    const count = async (key: string) => (await ctx.payload.db.findOne<{ id: number; count: number }>({ collection: 'catalogue-counts', where: { key: { equals: key } } }))?.count
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline && (await count(`unit:${unit.id}:2009`)) !== 2) await new Promise((r) => setTimeout(r, 50))
    expect(await count(`unit:${unit.id}:2009`), JSON.stringify((await ctx.payload.db.find({ collection: "catalogue-counts", where: { unit: { equals: String(unit.id) } }, limit: 0, pagination: false })).docs)).toBe(2)
    expect(await count(`unit:${unit.id}:all`)).toBe(after.totalDocs)
  })

  it('reads XLSX and JSON the same way', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('条目')
    sheet.addRow(['title', 'unit', 'column', 'publishedAt', 'subjects'])
    sheet.addRow(['表格导入的条目', unit.slug, 'mandatory-statistics', '2011-01-10', '统计'])
    sheet.addRow(['表格里的坏行', unit.slug, 'mandatory-statistics', 'not a date', ''])
    const xlsx = path.join(dir, 'items.xlsx')
    await workbook.xlsx.writeFile(xlsx)
    const fromXlsx = await importDisclosures(ctx.payload, await readRows(xlsx))
    expect(fromXlsx.imported).toBe(1)
    expect(fromXlsx.rejected).toEqual([{ line: 3, reasons: [expect.stringMatching(/invalid publish date/)] }])

    const json = path.join(dir, 'items.json')
    fs.writeFileSync(json, JSON.stringify([{ 标题: 'JSON导入', 单位: unit.unitCode, 栏目: 'mandatory-other', 发布日期: '2012-06-01' }, { 标题: '缺栏目', 单位: unit.slug, 发布日期: '2012-06-01' }]))
    const fromJson = await importDisclosures(ctx.payload, await readRows(json))
    expect(fromJson.imported).toBe(1)
    expect(fromJson.rejected[0].line).toBe(2)
    await expect(readRows(path.join(dir, 'items.txt'))).rejects.toThrow(/unsupported file type/)
  })

  it('stores rows in batches: a row that fails while storing is rolled back alone and reported, its batch neighbours are kept', async () => {
    const batch = 10
    const n = batch + 5 // two batches; the failing row sits in the first
    const bad = 7
    const lines = ['标题,单位,栏目,发布日期,发布机构']
    for (let i = 0; i < n; i++) lines.push(`批量导入第${i}条,${unit.slug},mandatory-other,2013-03-0${(i % 9) + 1},${i === bad ? '机'.repeat(101) : '导入局'}`)
    const file = path.join(dir, 'batch.csv')
    fs.writeFileSync(file, lines.join('\n'))
    const before = await ctx.payload.count({ collection: 'disclosures', where: { tenant: { equals: unit.id } } })
    const progress: number[] = []
    const report = await importDisclosures(ctx.payload, await readRows(file), (done) => progress.push(done), batch)
    expect(report.rejected).toEqual([{ line: bad + 2, reasons: [expect.stringMatching(/issuer|发布机构/i)] }])
    expect(report.imported).toBe(n - 1)
    expect(progress).toEqual([batch, n])
    const after = await ctx.payload.count({ collection: 'disclosures', where: { tenant: { equals: unit.id } } })
    expect(after.totalDocs - before.totalDocs).toBe(n - 1)
    expect((await ctx.payload.count({ collection: 'disclosures', where: { title: { equals: `批量导入第${bad}条` } } })).totalDocs).toBe(0)
    // Serials of the unit-year stay dense: the rolled-back batch gave its numbers back.
    const serials = (await ctx.payload.find({ collection: 'disclosures', where: { and: [{ tenant: { equals: unit.id } }, { year: { equals: 2013 } }] }, pagination: false, select: { indexNumber: true } }))
      .docs.map((d) => parseIndexNumber(d.indexNumber as string).serial).sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: n - 1 }, (_, i) => i + 1))
  })

  afterEach(() => vi.restoreAllMocks())

  it('stores each item as a publish through Payload would: same fields, published version, search entry, audit, re-check, listed by its unit', async () => {
    const dept = await ctx.payload.findByID({ collection: 'tenants', id: await ctx.tenantId('department'), depth: 0 })
    const site = (p: string) => `/sites/${dept.slug}${p}`
    const n = Date.now().toString(36)
    const title = `关于麋鹿保护区管理的通知${n}`
    const other = `麋鹿种群监测年报${n}`
    // Cached before the import: the batch's purge must drop these pages.
    expect((await ctx.api().get(site('/xxgk?year=2008'))).status).toBe(200)
    expect((await ctx.api().get(`/xxgk/units/department?unit=${dept.slug}&year=2008`)).status).toBe(200)
    const csv = ['标题,单位,栏目,发布日期,文号,主题词,有效性,正文', `${title},${dept.slug},mandatory-other,2008-06-02,郴林发〔2008〕9号,麋鹿；保护,失效,保护区内禁止狩猎。`, `${other},${dept.slug},mandatory-other,2008-06-03,,,,`].join('\n')
    const file = path.join(dir, 'published.csv')
    fs.writeFileSync(file, csv)
    const report = await importDisclosures(ctx.payload, await readRows(file))
    expect(report).toEqual({ imported: 2, rejected: [] })
    const imported = (await ctx.payload.find({ collection: 'disclosures', where: { title: { equals: title } }, depth: 0, overrideAccess: true })).docs
    expect(imported).toHaveLength(1)
    const item = imported[0] as unknown as Doc & { id: number | string; indexNumber: string }

    // Published for visitors: REST, the unit's catalogue and the hub's list of departments (both cached
    // before the import, and read before the Local API publish below purges them again).
    const rest = await ctx.api().get(`/api/disclosures/${item.id}`)
    expect(rest.status).toBe(200)
    expect(rest.body).toMatchObject({ title, _status: 'published', indexNumber: item.indexNumber })
    expect((await ctx.api().get(site('/xxgk?year=2008'))).text).toContain(title)
    expect((await ctx.api().get(`/xxgk/units/department?unit=${dept.slug}&year=2008`)).text).toContain(`/sites/${dept.slug}/xxgk/${item.id}`)
    // The same row published through the Local API (all hooks): stored and versioned identically.
    const column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } }, limit: 1 })).docs[0]
    const viaPayload = await ctx.payload.create({
      collection: 'disclosures', draft: false, depth: 0,
      data: { tenant: dept.id, column: column.id, title, issuer: dept.name, documentNumber: '郴林发〔2008〕9号', publishedAt: '2008-06-01T16:00:00.000Z', subjects: ['麋鹿', '保护'], validity: 'expired', mode: 'proactive', body: paragraphsToLexical(['保护区内禁止狩猎。']), _status: 'published' } as never,
    })
    const read = (id: number | string) => ctx.payload.findByID({ collection: 'disclosures', id, depth: 0, overrideAccess: true, draft: false }) as unknown as Promise<Doc>
    expect(comparable(await read(item.id))).toEqual(comparable(await read(viaPayload.id)))
    expect(item.unitKind).toBe('department')
    expect(item.year).toBe(2008)
    const versionsOf = async (id: number | string) => (await ctx.payload.findVersions({ collection: 'disclosures', where: { parent: { equals: id } }, depth: 0, overrideAccess: true })).docs as unknown as Doc[]
    const [version] = await versionsOf(item.id)
    expect(await versionsOf(item.id)).toHaveLength(1)
    expect(version.latest).toBe(true)
    expect((version.version as Doc)._status).toBe('published')
    expect((version.version as Doc).indexNumber).toBe(item.indexNumber)
    expect(comparable(version)).toEqual(comparable((await versionsOf(viaPayload.id))[0]))

    // Numbers: unique, dense, and the next publish continues after the imported ones.
    const serials = (await ctx.payload.find({ collection: 'disclosures', where: { and: [{ tenant: { equals: dept.id } }, { year: { equals: 2008 } }] }, pagination: false, depth: 0 }))
      .docs.map((d) => parseIndexNumber(d.indexNumber as string).serial).sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: serials.length }, (_, i) => serials[0] + i))
    expect(parseIndexNumber(viaPayload.indexNumber as string).serial).toBe(serials[serials.length - 1])

    const entry = (await ctx.payload.find({ collection: 'search-entries', where: { key: { equals: `disclosures:${item.id}` } }, overrideAccess: true })).docs[0]
    expect(entry).toMatchObject({ live: true, indexNumber: item.indexNumber, unit: String(dept.id), year: 2008, validity: 'expired' })
    const found = await ctx.api().get(`/api/search?q=${encodeURIComponent('麋鹿')}&site=${dept.slug}&kind=disclosures`)
    expect(found.status).toBe(200)
    expect(found.body.docs.map((d: { id: string }) => String(d.id))).toContain(String(item.id))

    // Once per batch and unit: the audit entry and the unit's monitoring re-check.
    const audit = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ tenant: { equals: dept.id } }, { summary: { like: `批量导入 2 条（首条：${title}）` } }] }, overrideAccess: true })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ action: 'publish', collectionSlug: 'disclosures', userName: '系统 / system' })
    const checks = await ctx.payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'monitorUnit' } }, { 'input.unit': { equals: String(dept.id) } }, { completedAt: { exists: false } }] } })
    expect(checks.totalDocs).toBe(1)
  })

  it('a write failing inside a batch rolls the batch back; stored again row by row, only the failing row is rejected and leaves nothing behind', async () => {
    const lines = ['标题,单位,栏目,发布日期']
    const n = Date.now().toString(36)
    for (let i = 0; i < 6; i++) lines.push(`写入失败测试${n}第${i}条,${unit.slug},mandatory-other,2007-05-0${i + 1}`)
    const file = path.join(dir, 'failing.csv')
    fs.writeFileSync(file, lines.join('\n'))
    const bad = `写入失败测试${n}第2条`
    // The version's write fails: on the SQL adapters at their INSERT, which the batch's bulk write and Payload's own write both make.
    const failure = () => new Error('版本写入失败 / version write failed')
    const sqlDb = ctx.payload.db as unknown as { insert?: (args: { tableName: string; values: unknown }) => Promise<unknown> }
    if (sqlDb.insert) {
      const insert = sqlDb.insert.bind(sqlDb)
      vi.spyOn(sqlDb as Required<typeof sqlDb>, 'insert').mockImplementation(async (args) => {
        if (args.tableName === '_disclosures_v' && JSON.stringify(args.values).includes(bad)) throw failure()
        return insert(args)
      })
    } else {
      const createVersion = ctx.payload.db.createVersion.bind(ctx.payload.db)
      vi.spyOn(ctx.payload.db, 'createVersion').mockImplementation(async (args) => {
        if ((args.versionData as { title?: string }).title === bad) throw failure()
        return createVersion(args)
      })
    }
    const report = await importDisclosures(ctx.payload, await readRows(file), undefined, 4)
    expect(report.rejected).toEqual([{ line: 4, reasons: ['版本写入失败 / version write failed'] }])
    expect(report.imported).toBe(5)
    expect((await ctx.payload.count({ collection: 'disclosures', where: { title: { equals: bad } } })).totalDocs).toBe(0)
    expect((await ctx.payload.countVersions({ collection: 'disclosures', where: { 'version.title': { equals: bad } } })).totalDocs).toBe(0)
    const stored = (await ctx.payload.find({ collection: 'disclosures', where: { title: { like: `写入失败测试${n}` } }, pagination: false, depth: 0 })).docs
    expect(stored).toHaveLength(5)
    const keys = stored.map((d) => `disclosures:${d.id}`)
    expect((await ctx.payload.count({ collection: 'search-entries', where: { key: { in: keys } }, overrideAccess: true })).totalDocs).toBe(5)
    for (const d of stored) expect(await ctx.payload.countVersions({ collection: 'disclosures', where: { parent: { equals: d.id } } })).toEqual({ totalDocs: 1 })
    // The rolled-back row gave its serial back: the unit's 2007 numbers run 1…5.
    expect(stored.map((d) => parseIndexNumber(d.indexNumber as string).serial).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5])
  })

  it('adds a batch to the kept counts in its transaction: a batch rolled back after counting leaves the counts as they were', async () => {
    const keptTotal = async () => (await ctx.payload.db.findOne<{ id: number; count: number }>({ collection: 'catalogue-counts', where: { key: { equals: `unit:${unit.id}:all` } } }))?.count
    const live = async () => (await ctx.payload.count({ collection: 'disclosures', where: { and: [{ tenant: { equals: unit.id } }, { _status: { equals: 'published' } }] } })).totalDocs
    const before = await live()
    expect(await keptTotal()).toBe(before)
    const n = Date.now().toString(36)
    const file = path.join(dir, 'counted.csv')
    fs.writeFileSync(file, ['标题,单位,栏目,发布日期', ...Array.from({ length: 4 }, (_, i) => `计数回滚${n}第${i}条,${unit.slug},mandatory-other,2012-05-0${i + 1}`)].join('\n'))
    // The audit entry is written after the counts: failing it once rolls the whole batch back, counts included.
    const create = ctx.payload.db.create.bind(ctx.payload.db)
    let failed = false
    const spy = vi.spyOn(ctx.payload.db, 'create').mockImplementation(async (args) => {
      if (args.collection === 'audit-log' && !failed) {
        failed = true
        throw new Error('审计写入失败 / audit write failed')
      }
      return create(args)
    })
    const report = await importDisclosures(ctx.payload, await readRows(file))
    spy.mockRestore()
    expect(failed).toBe(true)
    expect(report.imported).toBe(4)
    expect(await live()).toBe(before + 4)
    expect(await keptTotal()).toBe(before + 4)
  })

  it('with webhooks configured, queues one publish event per imported item, as a publish does', async () => {
    const n = Date.now().toString(36)
    const file = path.join(dir, 'webhooks.csv')
    fs.writeFileSync(file, ['标题,单位,栏目,发布日期', `通知事件测试${n}甲,${unit.slug},mandatory-other,2006-01-05`, `通知事件测试${n}乙,${unit.slug},mandatory-other,2006-01-06`].join('\n'))
    const saved = process.env.WEBHOOK_URLS
    process.env.WEBHOOK_URLS = 'http://127.0.0.1:9/import-hook'
    try {
      expect((await importDisclosures(ctx.payload, await readRows(file))).imported).toBe(2)
    } finally {
      if (saved === undefined) delete process.env.WEBHOOK_URLS
      else process.env.WEBHOOK_URLS = saved
    }
    const items = (await ctx.payload.find({ collection: 'disclosures', where: { title: { like: `通知事件测试${n}` } }, depth: 0 })).docs
    const jobs = (await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'notifyWebhook' } }, overrideAccess: true, pagination: false })).docs
      .filter((j) => (j.input as { url?: string }).url === 'http://127.0.0.1:9/import-hook')
    await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { in: jobs.map((j) => j.id) } }, overrideAccess: true })
    const events = jobs.map((j) => (j.input as { event: { type: string; id: string; indexNumber?: string } }).event)
    expect(events.map((e) => e.id).sort()).toEqual(items.map((d) => String(d.id)).sort())
    expect(events.every((e) => e.type === 'publish' && items.some((d) => d.indexNumber === e.indexNumber))).toBe(true)
  })
})
