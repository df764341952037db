import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseIndexNumber } from '../../src/disclosure/index-number'
import { importDisclosures } from '../../src/import/import-disclosures'
import { readRows } from '../../src/import/read-rows'
import { useTestContext, type TestContext } from '../helpers/context'

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
})
