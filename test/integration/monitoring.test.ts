import { rm } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staticDir } from '../../collections/Media'
import { queueMonitoringIfDue, refreshMonitoring } from '../../collections/MonitoringSnapshots/store'
import type { MonitoringReport } from '../../src/monitoring/report'
import { monitorUnits } from '../../src/monitoring/reads/report'
import { samplePages } from '../../src/monitoring/reads/page-sample'
import { loadUnitInputs } from '../../src/monitoring/reads/unit-data'
import { defaultThresholds } from '../../src/monitoring/thresholds'
import { useTestContext, type TestContext } from '../helpers/context'
import { samplePng } from '../helpers/isolation-matrix'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

type ID = number | string
const paragraph = (children: unknown[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', children })
const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const link = (url: string, label: string) => ({ type: 'link', fields: { url, linkType: 'custom', newTab: false }, format: '', indent: 0, version: 3, direction: 'ltr', children: [text(label)] })
const upload = (id: ID) => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
const body = (nodes: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: nodes } })

/** 网站监测 over the real paths: the JSON endpoint per role, broken links on a real page, the publish re-check and the daily mail. */
describe('monitoring (网站监测)', () => {
  let ctx: TestContext
  let smtp: TestSmtp
  let dept: ID
  let deptSlug: string
  let countySlug: string
  const auth = async (email: string) => ({ Authorization: `JWT ${await ctx.login(email)}` })
  const linked = { slug: '', broken: '', good: '' }

  beforeAll(async () => {
    smtp = await startSmtp()
    ctx = await useTestContext()
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    process.env.MAIL_FROM = '郴州市网站群 <web@czs.example.gov.cn>'
    dept = await ctx.tenantId('department')
    deptSlug = String((await ctx.payload.findByID({ collection: 'tenants', id: dept, depth: 0 })).slug)
    countySlug = String((await ctx.payload.findByID({ collection: 'tenants', id: await ctx.tenantId('county'), depth: 0 })).slug)
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
    await smtp?.close()
  })

  it('answers hub staff with every unit ranked, a unit’s staff with their own, and refuses the rest', async () => {
    const anonymous = await ctx.api().get('/api/monitoring')
    expect(anonymous.status).toBe(403)
    expect(anonymous.body.errors[0].message).toMatch(/请先登录 \/ sign in first/)

    // Another file of the run (the workbench's) may have stored this month's ranking already: start the month afresh.
    await ctx.payload.delete({ collection: 'monitoring-snapshots', where: { id: { exists: true } }, overrideAccess: true })
    const hub = await ctx.api().get('/api/monitoring').set(await auth('hub.editor@demo.zhanqun.cn'))
    expect(hub.status, hub.text).toBe(200)
    const all = hub.body as MonitoringReport
    const units = await ctx.payload.count({ collection: 'tenants', overrideAccess: true })
    expect(all.ranked).toBe(true)
    expect(all.units).toHaveLength(units.totalDocs)
    expect(all.units[0].rank).toBe(1)
    expect(all.units.every((u, i) => i === 0 || u.rank! >= all.units[i - 1].rank!)).toBe(true)
    // The first answer of the month checked the group and stored it; the next reads the stored ranking.
    expect(hub.body.source).toBe('live')
    const stored = await ctx.api().get('/api/monitoring').set(await auth('hub.editor@demo.zhanqun.cn'))
    expect(stored.body.source).toBe('stored')
    expect(stored.body.units.map((u: { slug: string; rank: number }) => [u.slug, u.rank])).toEqual(all.units.map((u) => [u.slug, u.rank]))
    expect(stored.body.units[0].findings).toEqual(all.units[0].findings)

    const own = await ctx.api().get('/api/monitoring').set(await auth('webmaster.dept@demo.zhanqun.cn'))
    expect(own.status).toBe(200)
    expect(own.body.ranked).toBe(false)
    expect(own.body.units.map((u: { slug: string }) => u.slug)).toEqual([deptSlug])

    const mine = await ctx.api().get(`/api/monitoring?unit=${deptSlug}`).set(await auth('editor.dept@demo.zhanqun.cn'))
    expect(mine.status).toBe(200)
    expect(mine.body.units[0].slug).toBe(deptSlug)
    expect(Array.isArray(mine.body.history)).toBe(true)

    const other = await ctx.api().get(`/api/monitoring?unit=${countySlug}`).set(await auth('webmaster.dept@demo.zhanqun.cn'))
    expect(other.status).toBe(403)
    expect(JSON.stringify(other.body)).not.toContain('findings')
    const unknown = await ctx.api().get('/api/monitoring?unit=no-such-unit').set(await auth('hub.editor@demo.zhanqun.cn'))
    expect(unknown.status).toBe(404)
    const bad = await ctx.api().get('/api/monitoring?unit=%27%3B').set(await auth('hub.editor@demo.zhanqun.cn'))
    expect(bad.status).toBe(400)
  })

  it('samples each site’s live pages and reports what fails the accessibility checks, as the real page shows it', async () => {
    const county = await ctx.tenantId('county')
    const countySlug = String((await ctx.payload.findByID({ collection: 'tenants', id: county, depth: 0 })).slug)
    const column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1 })).docs[0]
    // An editor's table with no header row: the newest item of the county, so it is in the sample.
    const cell = (t: string) => ({ type: 'tablecell', headerState: 0, colSpan: 1, rowSpan: 1, format: '', indent: 0, version: 1, direction: 'ltr', children: [paragraph([text(t)])] })
    const row = (cells: string[]) => ({ type: 'tablerow', format: '', indent: 0, version: 1, direction: 'ltr', children: cells.map(cell) })
    const table = { type: 'table', format: '', indent: 0, version: 1, direction: 'ltr', children: [row(['项目', '金额']), row(['教育', '248'])] }
    const item = await ctx.payload.create({
      collection: 'disclosures', overrideAccess: true,
      data: { tenant: county, column: column.id, title: '无表头表格的条目', issuer: '县政府', writtenAt: new Date().toISOString(), publishedAt: new Date().toISOString(), body: body([table]), _status: 'published' } as never,
    })
    const page = await ctx.api().get(`/sites/${countySlug}/xxgk/${item.id}`)
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/<table>(?:(?!<th).)*<\/table>/s)

    const { units } = await monitorUnits(ctx.payload, { units: [county] })
    const finding = units[0].findings.find((f) => f.rule === 'inaccessible-pages')
    expect(finding?.evidence).toMatchObject([{ label: `/xxgk/${item.id}`, adminUrl: `/admin/collections/disclosures/${item.id}`, detail: '数据表格没有表头（th）' }])
    // The home page and the catalogue are sampled too, and pass.
    expect(finding?.count).toBe(1)
    const { inputs } = await loadUnitInputs(ctx.payload, { units: [county], thresholds: defaultThresholds })
    await samplePages(inputs)
    expect(inputs[0].pages?.map((p) => [p.path, p.problems.length])).toEqual([['/', 0], ['/xxgk', 0], [`/xxgk/${item.id}`, 1]])
  })

  it('finds a broken link and a missing image in a published body, as the real page shows them', async () => {
    const editor = await auth('editor.dept@demo.zhanqun.cn')
    const target = await ctx.api().post('/api/articles').set(editor).send({ title: '被链接的文章', slug: `target-${Date.now()}`, category: 'news', body: body([paragraph([text('正文')])]), _status: 'published' })
    expect(target.status, target.text).toBe(201)
    const png = await samplePng('monitor', 200, 100)
    const media = await ctx.api().post('/api/media').set(editor).field('_payload', JSON.stringify({ alt: '示意图' })).attach('file', png.data, 'monitor.png')
    expect(media.status, media.text).toBe(201)
    linked.good = `/sites/${deptSlug}/articles/${target.body.doc.slug}`
    linked.broken = `/sites/${deptSlug}/articles/no-such-article-${Date.now()}`
    const nodes = [
      paragraph([link(linked.good, '有效链接')]), paragraph([link(linked.broken, '失效链接')]),
      paragraph([link('/xxgk/c/no-such-column', '失效栏目')]), paragraph([link('https://www.gov.cn/zhengce/', '外部链接')]),
      upload(media.body.doc.id),
    ]
    const res = await ctx.api().post('/api/articles').set(editor).send({ title: '监测链接测试', slug: `monitor-links-${Date.now()}`, category: 'news', body: body(nodes), _status: 'published' })
    expect(res.status, res.text).toBe(201)
    linked.slug = res.body.doc.slug
    // The file is lost from storage (a disk restored without it).
    await rm(path.join(staticDir, String(media.body.doc.filename)))

    // The real page links to both; following them, one opens and one is a 404.
    const page = await ctx.api().get(`/sites/${deptSlug}/articles/${linked.slug}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(`href="${linked.good}"`)
    expect(page.text).toContain(`href="${linked.broken}"`)
    expect((await ctx.api().get(linked.good)).status).toBe(200)
    expect((await ctx.api().get(linked.broken)).status).toBe(404)
    expect((await ctx.api().get('/xxgk/c/no-such-column')).status).toBe(404)

    const check = await ctx.api().get(`/api/monitoring?unit=${deptSlug}`).set(editor)
    expect(check.status).toBe(200)
    const findings = check.body.units[0].findings as MonitoringReport['units'][number]['findings']
    const broken = findings.find((f) => f.rule === 'broken-links')!
    const mineOnly = broken.evidence.filter((e) => e.label === '监测链接测试').map((e) => e.detail)
    expect(mineOnly).toEqual([`链接 ${linked.broken} 无法打开`, '链接 /xxgk/c/no-such-column 无法打开'])
    expect(broken.evidence[0].adminUrl).toMatch(/^\/admin\/collections\/articles\/\d+$/)
    const missing = findings.find((f) => f.rule === 'missing-files')!
    expect(missing.evidence.map((e) => e.detail)).toContain(`附件或图片 ${media.body.doc.filename} 已不存在`)
  })

  it('re-checks the unit after a publish through the jobs queue, into its month’s row', async () => {
    const runUnitChecks = () => ctx.payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'monitorUnit' } }, limit: 50 })
    await runUnitChecks()
    const editor = await auth('editor.dept@demo.zhanqun.cn')
    const res = await ctx.api().post('/api/articles').set(editor).send({ title: '发布后复查', slug: `recheck-${Date.now()}`, category: 'notice', body: body([paragraph([link('/xxgk/999999', '失效信息')])]), _status: 'published' })
    expect(res.status).toBe(201)
    const queued = await ctx.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'monitorUnit' } }, { 'input.unit': { equals: String(dept) } }] }, overrideAccess: true })
    expect(queued.totalDocs).toBe(1)
    await runUnitChecks()
    expect((await ctx.payload.count({ collection: 'payload-jobs', where: { id: { equals: queued.docs[0].id } }, overrideAccess: true })).totalDocs).toBe(0)
    const rows = await ctx.payload.find({ collection: 'monitoring-snapshots', where: { tenant: { equals: dept } }, overrideAccess: true, depth: 0 })
    expect(rows.totalDocs).toBe(1)
    expect(JSON.stringify(rows.docs[0].findings)).toContain('/xxgk/999999')

    // The rows follow the endpoint's access: the unit's staff, not another unit's, not anonymous.
    const asCounty = await ctx.api().get(`/api/monitoring-snapshots?where[tenant][equals]=${dept}`).set(await auth('webmaster.county@demo.zhanqun.cn'))
    expect(asCounty.status).toBe(200)
    expect(asCounty.body.totalDocs).toBe(0)
    const asDept = await ctx.api().get('/api/monitoring-snapshots').set(await auth('webmaster.dept@demo.zhanqun.cn'))
    expect(asDept.body.docs.map((d: { tenant: { id: ID } | ID }) => String(typeof d.tenant === 'object' ? d.tenant.id : d.tenant))).toEqual([String(dept)])
    expect((await ctx.api().get('/api/monitoring-snapshots')).status).toBe(403)
  })

  it('mails each unit its new findings once, through the real SMTP server', async () => {
    const runMail = async (done: () => boolean) => {
      for (let i = 0; i < 40 && !done(); i++) {
        await ctx.payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'sendMail' } }, limit: 200 })
        if (!done()) await sleep(50)
      }
    }
    const webmaster = 'webmaster.dept@demo.zhanqun.cn'
    const mailsTo = (address: string) => smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address) && /网站监测/.test(m.subject ?? ''))
    const first = await refreshMonitoring(ctx.payload, { mail: true })
    expect(first.report.ranked).toBe(true)
    expect(first.mails).toBeGreaterThan(0)
    await runMail(() => mailsTo(webmaster).length > 0)
    const [mail] = mailsTo(webmaster)
    expect(mail, 'the webmaster got the mail').toBeTruthy()
    expect(mail.text).toContain(linked.broken)
    expect(mail.text).toContain('/admin/collections/articles/')

    // Nothing new: no mail to the unit. A new problem: a mail with only that one.
    const again = await refreshMonitoring(ctx.payload, { mail: true, units: [dept] })
    expect(again.mails).toBe(0)
    const editor = await auth('editor.dept@demo.zhanqun.cn')
    const res = await ctx.api().post('/api/articles').set(editor).send({ title: '新增问题', slug: `new-problem-${Date.now()}`, category: 'news', body: body([paragraph([link('/no/such/page', '坏链接')])]), _status: 'published' })
    expect(res.status).toBe(201)
    const third = await refreshMonitoring(ctx.payload, { mail: true, units: [dept] })
    expect(third.mails).toBeGreaterThan(0)
    await runMail(() => mailsTo(webmaster).length > 1)
    const latest = mailsTo(webmaster)[1]
    expect(latest.text).toContain('/no/such/page')
    expect(latest.text).not.toContain(linked.broken)
  })

  it('queues the daily check once a day from 06:00 China time, and the job writes that day’s rows', async () => {
    const day = '2030-01-02'
    expect(await queueMonitoringIfDue(ctx.payload, new Date('2030-01-01T21:30:00Z'))).toBe(false) // 05:30 in China
    expect(await queueMonitoringIfDue(ctx.payload, new Date('2030-01-01T23:00:00Z'))).toBe(true)
    expect(await queueMonitoringIfDue(ctx.payload, new Date('2030-01-02T03:00:00Z'))).toBe(false)
    const result = await ctx.payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'monitoringDaily' } }, limit: 5 })
    expect(Object.keys(result.jobStatus ?? {})).toHaveLength(1)
    expect((await ctx.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'monitoringDaily' } }, overrideAccess: true })).totalDocs).toBe(0)
    const rows = await ctx.payload.count({ collection: 'monitoring-snapshots', where: { dailyDay: { equals: day } }, overrideAccess: true })
    expect(rows.totalDocs).toBe((await ctx.payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs)
    // The finished job is gone; the rows still say the day's check ran.
    expect(await queueMonitoringIfDue(ctx.payload, new Date('2030-01-02T05:00:00Z'))).toBe(false)
  })
})
