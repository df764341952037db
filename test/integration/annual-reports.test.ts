import crypto from 'node:crypto'
import JSZip from 'jszip'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDisclosures } from '../../src/import/import-disclosures'
import { readRows } from '../../src/import/read-rows'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

type ID = number | string
const YEAR = 2027
const code = (prefix: string) => `${prefix}${YEAR}0301${crypto.randomBytes(3).toString('hex').toUpperCase().replace(/[01IO]/g, 'Z')}`

/**
 * The annual report through REST: staff of the unit create it (prefilled from last year), the checks
 * refuse a broken one, submission freezes the figures computed from crafted records and files a
 * disclosure item that follows the unit's review rule; every computed cell traces to its records.
 */
describe('annual reports (年度报告)', () => {
  let ctx: TestContext
  let unit: ID
  let county: ID
  let reportId: ID
  const made = { requests: {} as Record<string, ID>, letters: [] as ID[], replied: [] as ID[], policy: [] as ID[] }
  const auth = async (email: string) => ({ Authorization: `JWT ${await ctx.login(email)}` })

  beforeAll(async () => {
    ctx = await useTestContext()
    unit = await ctx.tenantId('department')
    county = await ctx.tenantId('county')
    const { payload } = ctx
    const application = async (key: string, kind: string, receivedDay: string, endedDay?: string, outcome?: string, to: ID = unit) => {
      const doc = await payload.create({
        collection: 'requests', overrideAccess: true,
        data: {
          trackingCode: code('YS'), channel: 'online', site: to, unit: to, status: outcome ? 'answered' : 'registered', receivedDay, endedDay, outcome,
          applicant: { kind, name: `申请人${key}` }, description: `年报测试 ${key}`, passwordHash: 'scrypt$x$y',
        } as never,
      })
      made.requests[key] = doc.id
    }
    // The run's database is shared by every test file: applications other files left open at this unit would be
    // carried into YEAR. They are closed before YEAR, so every cell below counts only this file's records.
    const leftOpen = await payload.find({ collection: 'requests', where: { and: [{ unit: { equals: unit } }, { endedDay: { exists: false } }] }, limit: 0, pagination: false, depth: 0 })
    for (const r of leftOpen.docs) {
      await payload.update({ collection: 'requests', id: r.id, overrideAccess: true, data: { status: 'withdrawn', outcome: 'other-other', endedDay: `${YEAR - 1}-12-31`, due: null } as never })
    }
    await application('carried-in', 'natural', `${YEAR - 1}-12-20`, `${YEAR}-01-08`, 'open')
    await application('open-natural', 'natural', `${YEAR}-02-01`, `${YEAR}-02-20`, 'open')
    await application('open-firm', 'commercial', `${YEAR}-03-01`, `${YEAR}-03-10`, 'open')
    await application('partial', 'research', `${YEAR}-04-01`, `${YEAR}-04-21`, 'partial')
    await application('not-held', 'natural', `${YEAR}-05-01`, `${YEAR}-05-11`, 'unavailable-not-held')
    await application('carried-out', 'legal-services', `${YEAR}-12-28`)
    await application('other-unit', 'natural', `${YEAR}-02-01`, `${YEAR}-02-03`, 'open', county)
    for (const [i, status] of (['replied', 'replied', 'accepted', 'rejected'] as const).entries()) {
      const letter = await payload.create({
        collection: 'letters', overrideAccess: true,
        data: {
          trackingCode: code('XX'), subject: `年报测试来信${i}`, category: 'consult', body: '年报测试', writer: { name: '甲', phone: '13900000000' },
          site: unit, unit, status, receivedAt: `${YEAR}-06-0${i + 1}T02:00:00.000Z`, acceptedAt: status === 'rejected' ? null : `${YEAR}-06-0${i + 1}T03:00:00.000Z`, passwordHash: 'scrypt$x$y',
        } as never,
      })
      made.letters.push(letter.id)
      if (status === 'replied') made.replied.push(letter.id)
    }
    const policy = (await payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1 })).docs[0]
    for (const title of ['年报测试政策一', '年报测试政策二']) {
      const d = await payload.create({ collection: 'disclosures', data: { tenant: unit, title, column: policy.id, issuer: '测试', _status: 'published', publishedAt: `${YEAR}-07-01T02:00:00.000Z` } as never })
      made.policy.push(d.id)
    }
    // Last year's report, to prefill from.
    await payload.create({
      collection: 'annual-reports', overrideAccess: true,
      data: { unit, year: YEAR - 1, table2: { rules: { issued: 2, repealed: 0, valid: 9 } }, sections: { problems: '上年度的问题与改进', other: '无' } } as never,
    })
  })

  it('a unit editor creates the report; it starts from last year’s', async () => {
    const res = await ctx.api().post('/api/annual-reports').set(await auth(users.editor)).send({ unit, year: YEAR })
    expect(res.status, res.text).toBe(201)
    reportId = res.body.doc.id
    expect(res.body.doc.title).toMatch(new RegExp(`${YEAR}年政府信息公开工作年度报告$`))
    expect(res.body.doc.status).toBe('draft')
    expect(res.body.doc.sections.problems).toBe('上年度的问题与改进')
    expect(res.body.doc.table2.rules).toMatchObject({ issued: 0, repealed: 0, valid: 9 })
    const again = await ctx.api().post('/api/annual-reports').set(await auth(users.editor)).send({ unit, year: YEAR })
    expect(again.status).toBe(409)
  })

  it('another unit’s staff and anonymous visitors neither see nor touch it', async () => {
    const other = await auth(users.countyEditor)
    expect((await ctx.api().get(`/api/annual-reports/${reportId}`).set(other)).status).toBe(404)
    const list = await ctx.api().get('/api/annual-reports?limit=100').set(other)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: ID }) => d.id)).not.toContain(reportId)
    expect((await ctx.api().get(`/api/annual-reports/${reportId}/trace?cell=t3:new:total`).set(other)).status).toBe(404)
    expect((await ctx.api().post(`/api/annual-reports/${reportId}/submit`).set(other)).status).toBe(404)
    expect((await ctx.api().get(`/api/annual-reports/${reportId}/docx`).set(other)).status).toBe(404)
    expect((await ctx.api().post('/api/annual-reports').set(other).send({ unit, year: YEAR + 1 })).status).toBe(403)
    expect((await ctx.api().get(`/api/annual-reports/${reportId}`)).status).toBe(403)
    expect((await ctx.api().get(`/api/annual-reports/${reportId}/trace?cell=t3:new:total`)).status).toBe(401)
    expect((await ctx.api().post(`/api/annual-reports/${reportId}/submit`)).status).toBe(401)
    const reviewer = await ctx.api().get(`/api/annual-reports/${reportId}`).set(await auth(users.reviewer))
    expect(reviewer.status).toBe(200)
  })

  it('refuses to submit a report that fails the template’s checks, storing nothing', async () => {
    const bad = await ctx.api().patch(`/api/annual-reports/${reportId}`).set(await auth(users.editor))
      .send({ table4: { review: { upheld: 1, corrected: 0, otherResult: 0, pending: 0, total: 3 } }, status: 'published', figures: { forged: true } })
    expect(bad.status, bad.text).toBe(200)
    expect(bad.body.doc.status).toBe('draft')
    expect(bad.body.doc.figures).toBeFalsy()
    const res = await ctx.api().post(`/api/annual-reports/${reportId}/submit`).set(await auth(users.editor))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('总计（3）不等于各项之和（1）')
    expect(res.body.errors[0].message).toContain('is not the sum')
    const doc = await ctx.payload.findByID({ collection: 'annual-reports', id: reportId, depth: 0 })
    expect(doc.status).toBe('draft')
    expect(doc.disclosure).toBeFalsy()
  })

  it('submits: freezes the figures computed from the records and files a disclosure item in 政府信息公开年报', async () => {
    await ctx.api().patch(`/api/annual-reports/${reportId}`).set(await auth(users.editor))
      .send({ table4: { review: { upheld: 1, corrected: 0, otherResult: 0, pending: 2, total: 3 } }, table2: { licensing: 120, fees: 3.5 } }).expect(200)
    const res = await ctx.api().post(`/api/annual-reports/${reportId}/submit`).set(await auth(users.editor))
    expect(res.status, res.text).toBe(200)
    expect(res.body.status).toBe('submitted')
    const row = (key: string) => res.body.figures.table3.find((r: { key: string }) => r.key === key).values
    expect(row('new')).toMatchObject({ natural: 2, commercial: 1, research: 1, 'legal-services': 1, total: 5 })
    expect(row('carried-in')).toMatchObject({ natural: 1, total: 1 })
    expect(row('open')).toMatchObject({ natural: 2, commercial: 1, total: 3 })
    expect(row('partial')).toMatchObject({ research: 1, total: 1 })
    expect(row('unavailable-not-held')).toMatchObject({ natural: 1, total: 1 })
    expect(row('total').total).toBe(5)
    expect(row('carried-out')).toMatchObject({ 'legal-services': 1, total: 1 })
    expect(res.body.figures.letters).toMatchObject({ received: 4, accepted: 3, replied: 2 })
    expect(res.body.figures.proactive.find((p: { key: string }) => p.key === 'mandatory-policy').count).toBe(2)
    const item = await ctx.payload.findByID({ collection: 'disclosures', id: res.body.disclosure, draft: true, depth: 1 })
    expect((item.column as { key: string }).key).toBe('annual-report')
    expect(String((item.tenant as { id: ID }).id)).toBe(String(unit))
    expect(JSON.stringify(item.body)).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
  })

  it('each computed cell traces to exactly the records it counts', async () => {
    const trace = async (cell: string) => {
      const res = await ctx.api().get(`/api/annual-reports/${reportId}/trace?cell=${encodeURIComponent(cell)}`).set(await auth(users.editor))
      expect(res.status, res.text).toBe(200)
      expect(res.body.frozen).toBe(true)
      expect(res.body.records.map((r: { id: ID }) => String(r.id)).sort()).toEqual(res.body.ids.map(String).sort())
      expect(res.body.value).toBe(res.body.ids.length)
      return res.body.ids.map(String).sort()
    }
    const ids = (...keys: string[]) => keys.map((k) => String(made.requests[k])).sort()
    expect(await trace('t3:open:total')).toEqual(ids('carried-in', 'open-natural', 'open-firm'))
    expect(await trace('t3:open:natural')).toEqual(ids('carried-in', 'open-natural'))
    expect(await trace('t3:new:total')).toEqual(ids('open-natural', 'open-firm', 'partial', 'not-held', 'carried-out'))
    expect(await trace('t3:carried-out:legal-services')).toEqual(ids('carried-out'))
    expect(await trace('letters:received')).toEqual(made.letters.map(String).sort())
    expect(await trace('letters:replied')).toEqual(made.replied.map(String).sort())
    expect(await trace('proactive:mandatory-policy')).toEqual(made.policy.map(String).sort())
    const bogus = await ctx.api().get(`/api/annual-reports/${reportId}/trace?cell=t3:nope:total`).set(await auth(users.editor))
    expect(bogus.status).toBe(404)
  })

  it('the DOCX holds the same numbers', async () => {
    const res = await ctx.api().get(`/api/annual-reports/${reportId}/docx`).set(await auth(users.editor)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = []
      r.on('data', (c: Buffer) => chunks.push(c))
      r.on('end', () => cb(null, Buffer.concat(chunks)))
    })
    expect(res.status).toBe(200)
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string')
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])
    const at = texts.indexOf('一、本年新收政府信息公开申请数量')
    expect(texts.slice(at, at + 8)).toEqual(['一、本年新收政府信息公开申请数量', '2', '1', '1', '0', '1', '0', '5'])
    expect(texts).toContain('120')
  })

  it('is published through the unit’s review rule, taking the disclosure item’s index number', async () => {
    const wf = workflowClient(ctx)
    const doc = await ctx.payload.findByID({ collection: 'annual-reports', id: reportId, depth: 0 })
    const item = doc.disclosure as ID
    expect((await wf.act(users.editor, item, 'submit')).status).toBe(200)
    expect((await wf.act(users.reviewer, item, 'approve')).status).toBe(200)
    const published = await wf.publish(users.editor, item)
    expect(published.status, published.text).toBe(200)
    const after = await ctx.payload.findByID({ collection: 'annual-reports', id: reportId, depth: 0 })
    expect(after.status).toBe('published')
    expect(after.indexNumber).toBeTruthy()
    expect(after.indexNumber).toBe(published.body.doc.indexNumber)
    expect(after.publishedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const locked = await ctx.api().patch(`/api/annual-reports/${reportId}`).set(await auth(users.editor)).send({ sections: { other: '改' } })
    expect(locked.status).toBe(400)
    expect(locked.body.errors[0].message).toContain('年报已发布')
  })

  it('imports reports of years before 2021 (free format, 2019–2020 format) as documents of the 年报 column', async () => {
    const county = await ctx.payload.findByID({ collection: 'tenants', id: await ctx.tenantId('county'), depth: 0 })
    const csv = [
      '标题,单位,栏目,发布日期,正文,有效性',
      `${county.name}2010年政府信息公开工作年度报告,${county.slug},政府信息公开年报,2011-03-28,"2010年,我县认真贯彻落实《条例》。“县长信箱”共受理来信195件,已处理185件。",有效`,
      `${county.name}2020年政府信息公开工作年度报告,${county.slug},annual-report,2021-01-29,"一、总体情况……二、主动公开政府信息情况（含政府集中采购）……",有效`,
    ].join('\n')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-report-import-')), 'reports.csv')
    fs.writeFileSync(file, `\uFEFF${csv}\n`)
    const result = await importDisclosures(ctx.payload, await readRows(file))
    expect(result.rejected).toEqual([])
    expect(result.imported).toBe(2)
    const column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'annual-report' } }, limit: 1 })).docs[0]
    const items = await ctx.payload.find({ collection: 'disclosures', where: { and: [{ tenant: { equals: county.id } }, { column: { equals: column.id } }, { title: { like: '年政府信息公开工作年度报告' } }] }, depth: 0 })
    expect(items.docs.map((d) => d.year).sort()).toEqual([2011, 2021])
    expect(items.docs.every((d) => d.indexNumber && d._status === 'published')).toBe(true)
  })

  it('the city government’s report can add up its departments; no other unit’s can', async () => {
    const hub = await ctx.tenantId('hub')
    const refused = await ctx.api().post('/api/annual-reports').set(await auth(users.countyEditor)).send({ unit: county, year: YEAR, scope: 'with-departments' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('只有市人民政府')
    const city = await ctx.api().post('/api/annual-reports').set(await auth('hub.editor@demo.zhanqun.cn')).send({ unit: hub, year: YEAR, scope: 'with-departments' })
    expect(city.status, city.text).toBe(201)
    const res = await ctx.api().get(`/api/annual-reports/${city.body.doc.id}/trace?cell=t3:new:total`).set(await auth('hub.editor@demo.zhanqun.cn'))
    expect(res.status, res.text).toBe(200)
    expect(res.body.frozen).toBe(false)
    const ids = res.body.ids.map(String)
    for (const key of ['open-natural', 'open-firm', 'partial', 'not-held', 'carried-out']) expect(ids).toContain(String(made.requests[key]))
    expect(ids).not.toContain(String(made.requests['other-unit']))
    const alone = await ctx.api().patch(`/api/annual-reports/${city.body.doc.id}`).set(await auth('hub.editor@demo.zhanqun.cn')).send({ scope: 'unit' })
    expect(alone.status).toBe(200)
    const own = await ctx.api().get(`/api/annual-reports/${city.body.doc.id}/trace?cell=t3:new:total`).set(await auth('hub.editor@demo.zhanqun.cn'))
    expect(own.body.ids.map(String)).not.toContain(String(made.requests['open-natural']))
  })

  it('answers bad input with a 4xx in Chinese and English, never a 500', async () => {
    const editor = await auth(users.editor)
    const cases: [string, 'get' | 'post' | 'patch', string, object?][] = [
      ['year not a number', 'post', '/api/annual-reports', { unit, year: 'abc' }],
      ['year too early', 'post', '/api/annual-reports', { unit, year: 1990 }],
      ['no unit', 'post', '/api/annual-reports', { year: YEAR + 3 }],
      ['unknown unit', 'post', '/api/annual-reports', { unit: 999999, year: YEAR + 3 }],
      ['negative count', 'patch', `/api/annual-reports/${reportId}`, { table2: { licensing: -3 } }],
      ['bad id', 'post', '/api/annual-reports/not-an-id/submit'],
      ['bad id', 'get', '/api/annual-reports/not-an-id/trace?cell=t3:new:total'],
      ['no cell', 'get', `/api/annual-reports/${reportId}/trace`],
      ['bad id', 'get', '/api/annual-reports/99999999/docx'],
    ]
    for (const [what, method, url, body] of cases) {
      const res = await ctx.api()[method](url).set(editor).send(body ?? {})
      expect(res.status, `${what}: ${url} ${res.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `${what}: ${url}`).toBeLessThan(500)
      expect(res.body.errors?.[0]?.message, what).toBeTruthy()
    }
  })
})
