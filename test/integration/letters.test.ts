import { solveChallenge } from 'altcha-lib/v1'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { users, workflowClient } from '../helpers/workflow'
import { demoSites } from '../../src/seed'
import { sendOverdueDigest } from '../../collections/Letters/overdue-digest'
import { workingCalendar } from '../../collections/CalendarOverrides/calendar-cache'
import { chinaDate } from '../../src/calendar/working-calendar'
import { dueAfter } from '../../src/calendar/estimate'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const hubEditor = 'hub.editor@demo.zhanqun.cn'

describe('mayor’s mailbox (市长信箱) over REST, with real mail', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  let smtp: TestSmtp

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

  /** A solved proof-of-work, as the page's script makes it. */
  const solved = async () => {
    const res = await ctx.api().get('/api/letters/challenge')
    expect(res.status).toBe(200)
    const c = res.body.altcha
    const { promise } = solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber)
    const solution = await promise
    expect(solution).toBeTruthy()
    return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution!.number, salt: c.salt, signature: c.signature })).toString('base64')
  }
  const letter = (extra: Record<string, unknown> = {}) => ({
    name: '李市民', phone: '13800138000', email: 'citizen@example.com', subject: '关于北湖区路灯不亮的问题', category: 'complain',
    body: '北湖区人民西路一段的路灯已经一周不亮，夜间出行很不安全，请有关部门尽快维修。', allowPublish: true, ...extra,
  })
  const runMail = async (done: () => boolean) => {
    for (let i = 0; i < 40 && !done(); i++) {
      await ctx.payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'sendMail' } }, limit: 100 })
      if (!done()) await sleep(50)
    }
  }
  const mailTo = (address: string, subject: RegExp) => smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address) && subject.test(m.subject ?? ''))
  const act = async (email: string, id: unknown, body: Record<string, unknown>) => ctx.api().post(`/api/letters/${id}/act`).set(await wf.auth(email)).send(body)

  it('takes a letter, routes it, drafts, reviews and releases the reply, and mails each step', async () => {
    const submit = await ctx.api().post('/api/letters/submit').send(letter({ altcha: await solved() }))
    expect(submit.status, JSON.stringify(submit.body)).toBe(201)
    const { trackingCode, password, acceptDue } = submit.body
    expect(trackingCode).toMatch(/^XX\d{8}[2-9A-Z]{6}$/)
    expect(acceptDue).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await runMail(() => Boolean(mailTo('citizen@example.com', /来信已收到/)))
    const receipt = mailTo('citizen@example.com', /来信已收到/)!
    expect(receipt.text).toContain(trackingCode)
    expect(receipt.text).toContain(password)

    const stored = (await ctx.payload.find({ collection: 'letters', where: { trackingCode: { equals: trackingCode } }, depth: 0 })).docs[0]
    expect(stored.status).toBe('received')
    expect((stored as unknown as Record<string, unknown>).passwordHash).toBeUndefined()
    const id = stored.id
    const dept = await ctx.tenantId('department')

    // The department may not accept the hub's letter; hub staff route it to the department.
    expect((await act(users.webmaster, id, { action: 'accept' })).status).toBe(404)
    const routed = await act(hubEditor, id, { action: 'route', unit: dept })
    expect(routed.status, JSON.stringify(routed.body)).toBe(200)
    expect(routed.body.doc.status).toBe('accepted')
    expect(routed.body.doc.due).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // The department sees it now, drafts and submits a reply; its reviewer approves; the editor cannot approve their own.
    const seen = await ctx.api().get(`/api/letters/${id}`).set(await wf.auth(users.editor))
    expect(seen.status).toBe(200)
    expect(seen.body.writer.phone).toBe('13800138000')
    expect((await act(users.editor, id, { action: 'approve' })).status).toBe(409)
    expect((await act(users.editor, id, { action: 'submit', reply: '' })).status).toBe(400)
    expect((await act(users.editor, id, { action: 'submit', reply: '您反映的路灯问题已于次日修复。感谢您的监督。' })).status).toBe(200)
    expect((await act(users.editor, id, { action: 'approve' })).status).toBe(403)
    const returned = await act(users.reviewer, id, { action: 'return', comment: '请写明修复日期' })
    expect(returned.status).toBe(200)
    expect(returned.body.doc.status).toBe('accepted')
    expect((await act(users.editor, id, { action: 'submit', reply: '您反映的路灯问题已于11月20日修复。感谢您的监督。' })).status).toBe(200)
    const approved = await act(users.reviewer, id, { action: 'approve' })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body.doc.status).toBe('replied')

    await runMail(() => Boolean(mailTo('citizen@example.com', /已答复/)))
    expect(mailTo('citizen@example.com', /已答复/)!.text).toContain('11月20日修复')

    // Every step is in the audit log.
    const audit = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'letters' } }, { documentId: { equals: String(id) } }] }, pagination: false })
    expect(audit.docs.map((d) => d.action).sort()).toEqual(['approve', 'receive', 'return', 'route', 'submit', 'submit'].sort())

    // Tracking: the writer sees the reply; a wrong password answers as an unknown code does.
    const tracked = await ctx.api().post('/api/letters/track').send({ code: trackingCode.toLowerCase(), password })
    expect(tracked.status).toBe(200)
    expect(tracked.body.reply).toContain('11月20日')
    expect(tracked.body.canRate).toBe(true)
    const wrong = await ctx.api().post('/api/letters/track').send({ code: trackingCode, password: 'WRONGPW1' })
    const unknown = await ctx.api().post('/api/letters/track').send({ code: 'XX20260101ABCDEF', password: 'WRONGPW1' })
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrong.body).toEqual(unknown.body)

    // One rating.
    expect((await ctx.api().post('/api/letters/rate').send({ code: trackingCode, password, rating: 'great' })).status).toBe(400)
    expect((await ctx.api().post('/api/letters/rate').send({ code: trackingCode, password, rating: 'satisfied' })).status).toBe(200)
    expect((await ctx.api().post('/api/letters/rate').send({ code: trackingCode, password, rating: 'unsatisfied' })).status).toBe(409)

    // Public list: the letter and its reply, and no personal data.
    const list = await ctx.api().get('/api/letters/public')
    expect(list.status).toBe(200)
    const shown = list.body.docs.find((d: { trackingCode: string }) => d.trackingCode === trackingCode)
    expect(shown.reply).toContain('11月20日')
    expect(JSON.stringify(list.body)).not.toMatch(/13800138000|citizen@example\.com|李市民/)
    const page = await ctx.api().get(`/letters/${trackingCode}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('11月20日修复')
    expect(page.text).not.toMatch(/13800138000|citizen@example\.com|李市民/)

    // Statistics count it.
    const stats = await ctx.api().get('/api/letters/stats').set(await wf.auth(hubEditor))
    expect(stats.status).toBe(200)
    const row = stats.body.units.find((u: { unit: string }) => u.unit === String(dept))
    expect(row.replied).toBeGreaterThanOrEqual(1)
    expect(row.satisfied).toBeGreaterThanOrEqual(1)
    const csv = await ctx.api().get('/api/letters/stats?format=csv').set(await wf.auth(users.webmaster))
    expect(csv.status).toBe(200)
    expect(csv.text).toContain('答复率')
  })

  it('refuses what a writer gets wrong with a clear 4xx, and stores nothing', async () => {
    const before = await ctx.payload.count({ collection: 'letters' })
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [letter({ altcha: undefined }), 400, /安全验证/],
      [letter({ altcha: 'bm90LWEtc29sdXRpb24=' }), 400, /安全验证/],
      [letter({ altcha: await solved(), body: '太短' }), 400, /至少/],
      [letter({ altcha: await solved(), body: '长'.repeat(5001) }), 400, /5000/],
      [letter({ altcha: await solved(), phone: '', email: '' }), 400, /联系电话或电子邮箱/],
      [letter({ altcha: await solved(), subject: { $ne: 1 } }), 400, /文本/],
      [letter({ altcha: await solved(), category: 'bribe' }), 400, /类别/],
      [letter({ altcha: await solved(), site: 'no-such-unit' }), 404, /未开设信箱/],
    ]
    for (const [body, status, message] of cases) {
      const res = await ctx.api().post('/api/letters/submit').send(body)
      expect(res.status, JSON.stringify(res.body)).toBe(status)
      expect(res.body.errors[0].message).toMatch(message)
      expect(res.body.errors[0].message).toMatch(/ \/ [a-z]/i) // and in English
    }
    expect((await ctx.api().post('/api/letters/submit').set('Content-Type', 'text/plain').send('hello')).status).toBe(415)
    // A challenge admits one letter.
    const once = await solved()
    expect((await ctx.api().post('/api/letters/submit').send(letter({ altcha: once }))).status).toBe(201)
    const replay = await ctx.api().post('/api/letters/submit').send(letter({ altcha: once }))
    expect(replay.status).toBe(400)
    expect(replay.body.errors[0].message).toMatch(/已使用/)
    expect((await ctx.payload.count({ collection: 'letters' })).totalDocs).toBe(before.totalDocs + 1)
  })

  it('takes attachments by their content, and refuses other types', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    const ok = await ctx.api().post('/api/letters/submit')
      .field('name', '王五').field('email', 'wang@example.com').field('subject', '附件测试').field('category', 'suggest')
      .field('body', '请见附件中的建议书，谢谢。这是一封带附件的来信。').field('altcha', await solved())
      .attach('attachments', pdf, 'proposal.pdf')
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const stored = (await ctx.payload.find({ collection: 'letters', where: { trackingCode: { equals: ok.body.trackingCode } }, depth: 1 })).docs[0]
    const files = await ctx.payload.find({ collection: 'letter-attachments', where: { letter: { equals: stored.id } } })
    expect(files.docs).toHaveLength(1)
    expect(files.docs[0].mimeType).toBe('application/pdf')
    // Nobody but the handlers downloads it.
    const url = `/api/letter-attachments/file/${files.docs[0].filename}`
    expect((await ctx.api().get(url)).status).toBe(403)
    expect((await ctx.api().get(url).set(await wf.auth(users.countyEditor))).status).toBe(403)
    expect((await ctx.api().get(url).set(await wf.auth(hubEditor))).status).toBe(200)

    const html = await ctx.api().post('/api/letters/submit')
      .field('name', '王五').field('email', 'wang@example.com').field('subject', '附件测试').field('body', '这是一个伪装成 PDF 的网页文件。')
      .field('altcha', await solved()).attach('attachments', Buffer.from('<html><script>alert(1)</script></html>'), 'fake.pdf')
    expect(html.status).toBe(415)

    // (A supertest request is sent when awaited: build it whole first.)
    const form = (altcha: string) => ctx.api().post('/api/letters/submit')
      .field('name', '王五').field('email', 'wang@example.com').field('subject', '附件过多').field('body', '这封来信的附件超过了限制。').field('altcha', altcha)
    const before = await ctx.payload.count({ collection: 'letter-attachments' })
    const four = form(await solved())
    for (let i = 0; i < 4; i++) four.attach('attachments', pdf, `p${i}.pdf`)
    expect((await four).status).toBe(400)
    const big = await form(await solved()).attach('attachments', Buffer.concat([pdf, Buffer.alloc(6 * 1024 * 1024)]), 'big.pdf')
    expect(big.status).toBe(413)
    expect(big.body.errors[0].message).toMatch(/5 MB/)
    expect((await ctx.payload.count({ collection: 'letter-attachments' })).totalDocs).toBe(before.totalDocs)
  })

  it('keeps letters from other units and from anonymous visitors', async () => {
    const sites = demoSites()
    const res = await ctx.api().post('/api/letters/submit').send(letter({ altcha: await solved(), site: sites.department.slug, allowPublish: false }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = (await ctx.payload.find({ collection: 'letters', where: { trackingCode: { equals: res.body.trackingCode } } })).docs[0].id
    const anonymousList = await ctx.api().get('/api/letters')
    expect(anonymousList.status).toBe(403)
    const county = await ctx.api().get('/api/letters?limit=100').set(await wf.auth(users.countyEditor))
    expect(county.status).toBe(200)
    expect(county.body.docs.map((d: { id: unknown }) => d.id)).not.toContain(id)
    expect((await ctx.api().get(`/api/letters/${id}`).set(await wf.auth(users.countyEditor))).status).toBe(404)
    const gql = await ctx.api().post('/api/graphql').set(await wf.auth(users.countyWebmaster)).send({ query: '{ Letters(limit: 100) { docs { id writer { phone } } } }' })
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.Letters.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(String(id))
    // The department's own webmaster, whose mailbox it is, handles it; the county cannot.
    expect((await act(users.countyWebmaster, id, { action: 'accept' })).status).toBe(404)
    expect((await act(users.webmaster, id, { action: 'accept' })).status).toBe(200)
    // A private letter is never public, even when replied.
    expect((await ctx.api().get('/api/letters/public?limit=100')).body.docs.map((d: { trackingCode: string }) => d.trackingCode)).not.toContain(res.body.trackingCode)
  })

  it('takes its deadlines from the group’s mailbox-settings, which only a super-admin changes', async () => {
    expect((await ctx.api().get('/api/globals/mailbox-settings')).status).toBe(403)
    const denied = await ctx.api().post('/api/globals/mailbox-settings').set(await wf.auth(hubEditor)).send({ acceptDays: 1 })
    expect(denied.status).toBe(403)
    // Working days are whole: 1.5 is refused in both languages, and nothing is stored.
    const half = await ctx.api().post('/api/globals/mailbox-settings').set(await wf.auth(users.admin)).send({ acceptDays: 1.5, replyDays: 15 })
    expect(half.status).toBe(400)
    expect(JSON.stringify(half.body)).toMatch(/须为整数.*must be a whole number/)
    expect((await ctx.payload.findGlobal({ slug: 'mailbox-settings', overrideAccess: true })).acceptDays).toBe(3)
    const set = await ctx.api().post('/api/globals/mailbox-settings').set(await wf.auth(users.admin)).send({ acceptDays: 10, replyDays: 15 })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    try {
      const res = await ctx.api().post('/api/letters/submit').send(letter({ altcha: await solved(), subject: '时限设置检查' }))
      expect(res.status).toBe(201)
      expect(res.body.acceptDue).toBe(dueAfter(await workingCalendar(ctx.payload), chinaDate(new Date()), 10).due)
    } finally {
      await ctx.payload.updateGlobal({ slug: 'mailbox-settings', data: { acceptDays: 3, replyDays: 15 }, overrideAccess: true })
    }
  })

  it('mails overdue letters to the answering unit and the hub once a day', async () => {
    const dept = await ctx.tenantId('department')
    const old = await ctx.api().post('/api/letters/submit').send(letter({ altcha: await solved(), subject: '逾期未受理的来信' }))
    const id = (await ctx.payload.find({ collection: 'letters', where: { trackingCode: { equals: old.body.trackingCode } } })).docs[0].id
    await act(hubEditor, id, { action: 'route', unit: dept })
    await ctx.payload.update({ collection: 'letters', id, data: { due: '2026-01-05', replyDue: '2026-01-05' }, overrideAccess: true })
    const listed = await ctx.api().get(`/api/letters/${id}`).set(await wf.auth(users.editor))
    expect(listed.body.overdue).toBe(true)
    const first = await sendOverdueDigest(ctx.payload)
    expect(first.overdue).toBeGreaterThanOrEqual(1)
    expect(first.mails).toBeGreaterThan(0)
    expect((await sendOverdueDigest(ctx.payload)).mails).toBe(0) // once a day
    await runMail(() => Boolean(mailTo(users.editor, /逾期提醒/) && mailTo(hubEditor, /逾期提醒/)))
    expect(mailTo(users.editor, /逾期提醒/)!.text).toContain(old.body.trackingCode)
    expect(mailTo(hubEditor, /逾期提醒/)!.text).toContain(old.body.trackingCode)
  })
})
