import { solveChallenge } from 'altcha-lib/v1'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { users, workflowClient } from '../helpers/workflow'
import { demoSites } from '../../src/seed'
import { sendOverdueDigest } from '../../collections/Letters/overdue-digest'
import { demoPdf } from '../../src/seed/demo/files'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const hubEditor = 'hub.editor@demo.zhanqun.cn'

describe('disclosure applications (依申请公开) over REST, with real mail', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  let smtp: TestSmtp
  const sites = demoSites()

  beforeAll(async () => {
    process.env.LETTER_POW_MAX = '2000'
    process.env.LETTER_SUBMIT_LIMIT = '1000'
    smtp = await startSmtp()
    ctx = await useTestContext()
    wf = workflowClient(ctx)
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    process.env.MAIL_FROM = '郴州市网站群 <web@czs.example.gov.cn>'
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
    await smtp?.close()
  })

  const solved = async () => {
    const c = (await ctx.api().get('/api/letters/challenge')).body.altcha
    const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise
    return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution!.number, salt: c.salt, signature: c.signature })).toString('base64')
  }
  const application = (extra: Record<string, unknown> = {}) => ({
    site: sites.department.slug, applicantKind: 'natural', name: '孙申请', idNumber: '43100219800101123X', phone: '13700137000', email: 'applicant@example.com',
    description: '申请公开2025年市级重大项目投资计划及其调整情况。', documentNumber: '郴发改〔2025〕12号', purpose: '学习研究', form: 'email', delivery: 'email', ...extra,
  })
  const step = async (email: string, id: unknown, body: Record<string, unknown>) => ctx.api().post(`/api/requests/${id}/step`).set(await wf.auth(email)).send(body)
  const runMail = async (done: () => boolean) => {
    for (let i = 0; i < 40 && !done(); i++) {
      await ctx.payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'sendMail' } }, limit: 100 })
      if (!done()) await sleep(50)
    }
  }
  const mailTo = (address: string, subject: RegExp) => smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address) && subject.test(m.subject ?? ''))

  it('takes an application, asks for clarification, consults, extends and answers, telling the applicant each time', async () => {
    const res = await ctx.api().post('/api/requests/submit').send(application({ altcha: await solved() }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.trackingCode).toMatch(/^YS\d{8}/)
    expect(res.body.due).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const { trackingCode, password } = res.body
    const id = (await ctx.payload.find({ collection: 'requests', where: { trackingCode: { equals: trackingCode } } })).docs[0].id
    const listed = await ctx.api().get(`/api/requests/${id}`).set(await wf.auth(users.editor))
    expect(listed.body.daysLeft).toBeGreaterThanOrEqual(19)
    expect(listed.body.overdue).toBe(false)
    await runMail(() => Boolean(mailTo('applicant@example.com', /申请已收到/)))
    expect(mailTo('applicant@example.com', /申请已收到/)!.text).toContain(password)

    // The county may not touch the department's application; the department's editor handles it.
    expect((await step(users.countyEditor, id, { step: 'clarify', asked: 'x' })).status).toBe(404)
    expect((await step(users.editor, id, { step: 'clarify' })).status).toBe(400)
    expect((await step(users.editor, id, { step: 'clarify', asked: '请明确所需计划的年份和项目范围。' })).status).toBe(200)
    expect((await step(users.editor, id, { step: 'answer', outcome: 'open', answer: 'x' })).status).toBe(409)
    const clarified = await step(users.editor, id, { step: 'clarified' })
    expect(clarified.status).toBe(200)
    expect(clarified.body.doc.status).toBe('registered')
    expect((await step(users.editor, id, { step: 'consult', party: '市财政局' })).status).toBe(200)
    expect((await step(users.editor, id, { step: 'extend', reason: '需征求其他机关意见' })).status).toBe(400)
    const extended = await step(users.editor, id, { step: 'extend', reason: '需征求其他机关意见', approver: '办公室主任 刘某' })
    expect(extended.status, JSON.stringify(extended.body)).toBe(200)
    expect((await step(users.editor, id, { step: 'extend', reason: '再延', approver: '刘某' })).status).toBe(409)
    expect((await step(users.editor, id, { step: 'consulted' })).status).toBe(200)
    const answered = await step(users.editor, id, { step: 'answer', outcome: 'partial', answer: '经审查，现将可以公开的部分提供给您，涉及第三方商业秘密的部分不予公开。' })
    expect(answered.status, JSON.stringify(answered.body)).toBe(200)
    expect(answered.body.doc).toMatchObject({ status: 'answered', outcome: 'partial', due: null })

    await runMail(() => Boolean(mailTo('applicant@example.com', /答复书/)))
    expect(mailTo('applicant@example.com', /补正申请告知书/)).toBeTruthy()
    expect(mailTo('applicant@example.com', /延期答复告知书/)).toBeTruthy()
    expect(mailTo('applicant@example.com', /答复书/)!.text).toContain('部分公开')

    const tracked = await ctx.api().post('/api/requests/track').send({ code: trackingCode, password })
    expect(tracked.status).toBe(200)
    expect(tracked.body).toMatchObject({ status: 'answered', outcome: '部分公开', extended: true })
    expect(JSON.stringify(tracked.body)).not.toMatch(/43100219800101123X/)
    expect((await ctx.api().post('/api/requests/track').send({ code: trackingCode, password: 'WRONG123' })).status).toBe(404)

    const table = await ctx.api().get(`/api/requests/table3?year=${new Date().getFullYear()}`).set(await wf.auth(users.webmaster))
    expect(table.status).toBe(200)
    expect(table.body.checks).toBe(true)
    expect(table.body.rows.find((r: { key: string }) => r.key === 'partial').values.natural).toBeGreaterThanOrEqual(1)
    const csv = await ctx.api().get(`/api/requests/table3?year=${new Date().getFullYear()}&format=csv`).set(await wf.auth(hubEditor))
    expect(csv.text).toContain('一、本年新收政府信息公开申请数量')
  })

  it('registers paper applications with their receipt day, and lets the applicant withdraw', async () => {
    const dept = sites.department.slug
    const paper = await ctx.api().post('/api/requests/register').set(await wf.auth(users.editor))
      .send({ ...application({ site: dept, email: '', delivery: 'post', form: 'paper', address: '郴州市北湖区人民西路1号' }), channel: 'registered-post', receivedDay: '2026-10-01' })
    expect(paper.status, JSON.stringify(paper.body)).toBe(201)
    // Received on National Day: counted from the next working day.
    expect(paper.body.due > '2026-10-28').toBe(true)
    // The printed receipt names where to check progress: the unit's own site.
    expect(paper.body.trackUrl).toMatch(new RegExp(`/sites/${dept}/xxgk/apply/track$`))
    expect((await ctx.api().post('/api/requests/register').set(await wf.auth(users.countyEditor)).send({ ...application({ site: dept }), channel: 'fax' })).status).toBe(403)
    expect((await ctx.api().post('/api/requests/register').set(await wf.auth(users.editor)).send({ ...application({ site: dept }), channel: 'fax', receivedDay: '2999-01-01' })).status).toBe(400)

    const online = await ctx.api().post('/api/requests/submit').send(application({ altcha: await solved(), applicantKind: 'commercial', name: '郴州某某科技有限公司', idNumber: '91431000MA4L12345X', contactPerson: '周经理' }))
    expect(online.status, JSON.stringify(online.body)).toBe(201)
    const withdrawn = await ctx.api().post('/api/requests/withdraw').send({ code: online.body.trackingCode, password: online.body.password })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.status).toBe('withdrawn')
    expect((await ctx.api().post('/api/requests/withdraw').send({ code: online.body.trackingCode, password: online.body.password })).status).toBe(409)
  })

  it('answers with documents the applicant downloads with code and password, and nobody else', async () => {
    const res = await ctx.api().post('/api/requests/submit').send(application({ altcha: await solved(), email: 'docs@example.com' }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { trackingCode, password } = res.body
    const id = (await ctx.payload.find({ collection: 'requests', where: { trackingCode: { equals: trackingCode } } })).docs[0].id
    const pdf = demoPdf('Answer document')
    const editor = await wf.auth(users.editor)
    const answer = (file: Buffer, name: string) => ctx.api().post(`/api/requests/${id}/step`).set(editor)
      .field('step', 'answer').field('outcome', 'open').field('answer', '现将所申请的信息提供给您，详见答复文书。').attach('documents', file, name)

    // A file that is not what it claims is refused, and the application is not answered half-way.
    const before = await ctx.payload.count({ collection: 'request-documents' })
    const html = await answer(Buffer.from('<html><script>alert(1)</script></html>'), '答复书.pdf')
    expect(html.status, JSON.stringify(html.body)).toBe(415)
    expect(html.body.errors[0].message).toMatch(/类型不允许.*not an allowed type/s)
    expect((await ctx.payload.count({ collection: 'request-documents' })).totalDocs).toBe(before.totalDocs)
    expect((await ctx.payload.findByID({ collection: 'requests', id })).status).toBe('registered')
    // Files belong to the answer only.
    const clarify = await ctx.api().post(`/api/requests/${id}/step`).set(editor).field('step', 'clarify').field('asked', '年份').attach('documents', pdf, 'a.pdf')
    expect(clarify.status).toBe(400)

    const done = await answer(pdf, '政府信息公开申请答复书.pdf')
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'requests', id, depth: 1 })
    expect(stored.status).toBe('answered')
    const document = stored.documents?.[0] as { id: number | string; filename: string; url: string }
    expect(document.filename).toMatch(/\.pdf$/)
    await runMail(() => Boolean(mailTo('docs@example.com', /答复书/)))
    expect(mailTo('docs@example.com', /答复书/)!.text).toContain(document.filename)

    // The unit's staff read it; another unit's staff and anonymous visitors do not, by record or by file.
    expect((await ctx.api().get(document.url).set(await wf.auth(users.editor))).status).toBe(200)
    expect((await ctx.api().get(document.url).set(await wf.auth(users.countyWebmaster))).status).toBe(403)
    expect((await ctx.api().get(document.url)).status).toBe(403)
    expect((await ctx.api().get(`/api/request-documents/${document.id}`).set(await wf.auth(users.countyEditor))).status).toBe(404)

    // The applicant: listed with the tracked application, downloaded by API and from the site's form.
    const tracked = await ctx.api().post('/api/requests/track').send({ code: trackingCode, password })
    expect(tracked.body.documents).toEqual([{ id: String(document.id), filename: document.filename, filesize: pdf.length }])
    const file = await ctx.api().post('/api/requests/track/document').send({ code: trackingCode, password, document: document.id }).buffer(true)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('application/pdf')
    expect(file.headers['cache-control']).toContain('no-store')
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0)
    expect((await ctx.api().post('/api/requests/track/document').send({ code: trackingCode, password: 'WRONG123', document: document.id })).status).toBe(404)
    const other = await ctx.api().post('/api/requests/submit').send(application({ altcha: await solved() }))
    expect((await ctx.api().post('/api/requests/track/document').send({ code: other.body.trackingCode, password: other.body.password, document: document.id })).status).toBe(404)
    const page = await ctx.api().post(`/sites/${sites.department.slug}/xxgk/apply/track`).type('form').send({ code: trackingCode, password })
    expect(page.text).toContain(document.filename)
    const viaSite = await ctx.api().post(`/sites/${sites.department.slug}/xxgk/apply/track/document`).type('form').send({ code: trackingCode, password, document: String(document.id) }).buffer(true)
    expect(viaSite.status).toBe(200)
    expect(viaSite.headers['content-disposition']).toContain('attachment')
  })

  it('refuses bad applications with a clear 4xx and stores nothing', async () => {
    const before = await ctx.payload.count({ collection: 'requests' })
    for (const [extra, pattern] of [
      [{}, /安全验证/],
      [{ applicantKind: 'alien' }, /申请人类型/],
      [{ applicantKind: 'commercial', idNumber: '123' }, /统一社会信用代码/],
      [{ description: '短' }, /至少 10 字/],
      [{ email: '', delivery: 'email' }, /电子邮箱/],
      [{ delivery: 'post', address: '' }, /通信地址/],
      [{ phone: 'abc' }, /联系电话/],
    ] as [Record<string, unknown>, RegExp][]) {
      const withCheck = Object.keys(extra).length ? { altcha: await solved() } : {}
      const res = await ctx.api().post('/api/requests/submit').send(application({ ...withCheck, ...extra }))
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.errors[0].message).toMatch(pattern)
      expect(res.body.errors[0].message).toMatch(/ \/ [a-z]/i)
    }
    expect((await ctx.payload.count({ collection: 'requests' })).totalDocs).toBe(before.totalDocs)
  })

  it('reminds the unit and the hub of applications overdue or due soon, once a day', async () => {
    const res = await ctx.api().post('/api/requests/submit').send(application({ altcha: await solved() }))
    const id = (await ctx.payload.find({ collection: 'requests', where: { trackingCode: { equals: res.body.trackingCode } } })).docs[0].id
    await ctx.payload.update({ collection: 'requests', id, data: { due: '2026-01-05' }, overrideAccess: true })
    expect((await ctx.api().get(`/api/requests/${id}`).set(await wf.auth(users.editor))).body.overdue).toBe(true)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const first = await sendOverdueDigest(ctx.payload)
    expect(first.mails, JSON.stringify(first)).toBeGreaterThan(0)
    await runMail(() => Boolean(mailTo(users.editor, /逾期提醒/)))
    expect(mailTo(users.editor, /逾期提醒/)!.text).toContain(res.body.trackingCode)
    expect(mailTo(users.editor, /逾期提醒/)!.text).toContain('依申请公开·已逾期')
  })

  it('keeps applicants’ data from other units and anonymous visitors', async () => {
    const res = await ctx.api().post('/api/requests/submit').send(application({ altcha: await solved() }))
    const id = (await ctx.payload.find({ collection: 'requests', where: { trackingCode: { equals: res.body.trackingCode } } })).docs[0].id
    expect((await ctx.api().get('/api/requests')).status).toBe(403)
    const county = await ctx.api().get('/api/requests?limit=100').set(await wf.auth(users.countyEditor))
    expect(county.status).toBe(200)
    expect(county.body.docs.map((d: { id: unknown }) => d.id)).not.toContain(id)
    const gql = await ctx.api().post('/api/graphql').set(await wf.auth(users.countyWebmaster)).send({ query: '{ DisclosureRequests(limit: 100) { docs { id applicant { idNumber } } } }' })
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.DisclosureRequests.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(String(id))
    const own = await ctx.api().get(`/api/requests/${id}`).set(await wf.auth(users.editor))
    expect(own.status).toBe(200)
    expect(own.body.applicant.idNumber).toBe('43100219800101123X')
    expect(own.body.passwordHash).toBeUndefined()
  })
})
