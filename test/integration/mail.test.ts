import { relationId } from '../../src/shared/ids'
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAIL_RETRIES } from '../../src/jobs/send-mail'
import { useTestContext, type TestContext } from '../helpers/context'
import { closedPort, startSmtp, type TestSmtp } from '../helpers/smtp'
import { users, workflowClient } from '../helpers/workflow'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('e-mail through the outbox and a real SMTP server', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  let smtp: TestSmtp

  beforeAll(async () => {
    smtp = await startSmtp()
    ctx = await useTestContext()
    wf = workflowClient(ctx)
    // Read when each mail job runs.
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    process.env.MAIL_FROM = '郴州市网站群 <web@czs.example.gov.cn>'
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
    await smtp?.close()
  })

  const runJobsUntil = async (done: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 40 && !(await done()); i++) {
      // Only mail jobs: the run's shared database may hold many older jobs of other kinds.
      await ctx.payload.jobs.run({ silent: true, limit: 100, where: { taskSlug: { equals: 'sendMail' } } })
      if (!(await done())) await sleep(60)
    }
  }
  const mailTo = (address: string, subject: string | RegExp) =>
    smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address) && (typeof subject === 'string' ? m.subject?.includes(subject) : subject.test(m.subject ?? '')))
  // Only this file's mail: SQLite gives a deleted last row's id to the next row, so an item of an earlier
  // file (submitted, then deleted) may have had the id of an item made here.
  const fileStart = new Date().toISOString()
  const outbox = async (relatedId: unknown, kind: string) => {
    const relatedCollection = kind === 'password-reset' ? 'users' : 'disclosures'
    const where: Where = { and: [{ relatedCollection: { equals: relatedCollection } }, { relatedId: { equals: String(relatedId) } }, { kind: { equals: kind } }, { createdAt: { greater_than_equal: fileStart } }] }
    return (await ctx.payload.find({ collection: 'mail-outbox', where, depth: 0 })).docs
  }

  it('sends the password reset in Chinese with a link whose token resets the password', async () => {
    const email = 'reset.test@demo.zhanqun.cn'
    const user = await ctx.payload.create({ collection: 'users', data: { email, name: '重置测试', password: 'Old-pass-2026!' } })
    const res = await ctx.api().post('/api/users/forgot-password').send({ email })
    expect(res.status).toBe(200)
    const [row] = await outbox(user.id, 'password-reset')
    expect(row).toMatchObject({ to: email, status: 'queued', sensitive: true })

    await runJobsUntil(() => Boolean(mailTo(email, '重置密码')))
    const mail = mailTo(email, '重置密码')!
    expect(mail.subject).toBe('【站群管理平台】重置密码')
    expect(mail.from?.value[0]).toMatchObject({ name: '郴州市网站群', address: 'web@czs.example.gov.cn' })
    expect(mail.text).toContain('重置测试，您好')
    expect(mail.html).toContain('重置密码')
    const token = /\/admin\/reset\/([0-9a-f]+)/.exec(mail.text ?? '')?.[1]
    expect(token).toBeTruthy()
    const reset = await ctx.api().post('/api/users/reset-password').send({ token, password: 'New-pass-2026!' })
    expect(reset.status).toBe(200)
    expect((await ctx.api().post('/api/users/login').send({ email, password: 'New-pass-2026!' })).status).toBe(200)

    const sent = await ctx.payload.findByID({ collection: 'mail-outbox', id: row.id, depth: 0 })
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 })
    expect(sent.text).not.toContain(token) // the one-time link is not kept once sent
  })

  it('queues nothing for an unknown address (and says the same)', async () => {
    const before = (await ctx.payload.count({ collection: 'mail-outbox' })).totalDocs
    const res = await ctx.api().post('/api/users/forgot-password').send({ email: 'nobody@demo.zhanqun.cn' })
    expect(res.status).toBe(200)
    expect((await ctx.payload.count({ collection: 'mail-outbox' })).totalDocs).toBe(before)
  })

  it('tells the unit’s reviewers of a submission, and the editor of a return with the comment and of an approval', async () => {
    const deptId = await ctx.tenantId('department')
    const dept = String(deptId)
    const second = 'reviewer2.mail@demo.zhanqun.cn'
    await ctx.payload.create({ collection: 'users', data: { email: second, name: '第二审核员', password: 'Second-2026!', tenants: [{ tenant: relationId(deptId), roles: ['reviewer'] }] } })
    // A super-admin who is an editor of the unit is not one of its reviewers.
    const superEditor = 'super.editor.mail@demo.zhanqun.cn'
    await ctx.payload.create({ collection: 'users', data: { email: superEditor, name: '全站管理员兼编辑', password: 'Super-2026!', roles: ['super-admin'], tenants: [{ tenant: relationId(deptId), roles: ['editor'] }] } })
    const id = await wf.draft(users.editor, '邮件通知测试条目')
    expect((await wf.act(users.editor, id, 'submit', '请审核')).status).toBe(200)
    // Every reviewer of the unit (other test files may add some), each once; never the submitter.
    const recipients = (await outbox(id, 'review-submitted')).map((r) => String(r.to))
    expect(recipients).toEqual(expect.arrayContaining([users.reviewer, second]))
    expect(recipients).not.toContain(users.editor)
    expect(recipients).not.toContain(users.webmaster)
    expect(recipients).not.toContain(superEditor)
    expect(new Set(recipients).size).toBe(recipients.length)
    for (const to of recipients) {
      const [user] = (await ctx.payload.find({ collection: 'users', where: { email: { equals: to } }, depth: 0 })).docs
      const rows = (user.tenants ?? []) as { tenant: unknown; roles?: string[] }[]
      expect(rows.some((row) => String(row.tenant) === dept && row.roles?.includes('reviewer')), to).toBe(true)
    }
    await runJobsUntil(() => Boolean(mailTo(users.reviewer, '邮件通知测试条目')))
    const notice = mailTo(users.reviewer, '邮件通知测试条目')!
    expect(notice.subject).toBe('【待审核】信息公开条目《邮件通知测试条目》')
    expect(notice.text).toContain('市发展和改革委员会')
    expect(notice.text).toContain(`/admin/collections/disclosures/${id}`)

    expect((await wf.act(users.reviewer, id, 'return', '请补充文号 <及依据>')).status).toBe(200)
    await runJobsUntil(() => Boolean(mailTo(users.editor, /审核退回.*邮件通知测试条目/)))
    const returned = mailTo(users.editor, /审核退回.*邮件通知测试条目/)!
    expect(returned.text).toContain('> 请补充文号 <及依据>')
    expect(returned.html).toContain('请补充文号 &lt;及依据&gt;')

    expect((await wf.act(users.editor, id, 'submit')).status).toBe(200)
    expect((await wf.act(users.reviewer, id, 'approve', '同意')).status).toBe(200)
    await runJobsUntil(() => Boolean(mailTo(users.editor, /审核通过.*邮件通知测试条目/)))
    expect(mailTo(users.editor, /审核通过.*邮件通知测试条目/)!.text).toContain('审核通过，可以发布')
    expect((await outbox(id, 'review-submitted')).every((r) => r.status === 'sent')).toBe(true)
  })

  it('queues no mail for a refused step', async () => {
    const id = await wf.draft(users.editor, '越权审核')
    expect((await wf.act(users.editor, id, 'submit')).status).toBe(200)
    expect((await wf.act(users.editor, id, 'approve')).status).toBe(403)
    expect(await outbox(id, 'review-approved')).toHaveLength(0)
  })

  it('without SMTP settings keeps the mail in the outbox as logged', async () => {
    delete process.env.SMTP_URL
    try {
      const id = await wf.draft(users.editor, '无邮件服务器')
      expect((await wf.act(users.editor, id, 'submit')).status).toBe(200)
      const rows = () => outbox(id, 'review-submitted')
      await runJobsUntil(async () => (await rows()).every((r) => r.status === 'logged'))
      const row = (await rows()).find((r) => r.to === users.reviewer)!
      expect(row).toMatchObject({ status: 'logged', attempts: 1 })
      expect(row.text).toContain('无邮件服务器')
      expect(mailTo(users.reviewer, '无邮件服务器')).toBeUndefined()
    } finally {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    }
  })

  it('retries while the SMTP server is down, then records the failure', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`
    try {
      const id = await wf.draft(users.editor, 'SMTP 故障')
      expect((await wf.act(users.editor, id, 'submit')).status).toBe(200)
      const attemptsSeen = new Set<number>()
      const mine = async () => (await outbox(id, 'review-submitted')).find((r) => r.to === users.reviewer)!
      await runJobsUntil(async () => {
        const row = await mine()
        attemptsSeen.add(row.attempts as number)
        return row.status === 'failed'
      })
      const row = await mine()
      expect(row).toMatchObject({ status: 'failed', attempts: MAIL_RETRIES + 1 })
      expect(row.error).toMatch(/ECONNREFUSED|connect/i)
      expect(attemptsSeen.size).toBeGreaterThan(2) // retried, one try per run
      const jobs = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendMail' }, hasError: { equals: true } }, depth: 0, limit: 100 })
      expect(jobs.docs.some((j) => (j.input as { outboxId?: string }).outboxId === String(row.id))).toBe(true)
    } finally {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    }
  })

  describe('the outbox is for super-admins only', () => {
    const gql = (query: string, headers: Record<string, string> = {}) => ctx.api().post('/api/graphql').set(headers).send({ query })

    it('refuses anonymous visitors and unit users over REST and GraphQL', async () => {
      const one = (await ctx.payload.find({ collection: 'mail-outbox', limit: 1, depth: 0 })).docs[0]
      expect(one).toBeTruthy()
      for (const headers of [{}, await wf.auth(users.editor), await wf.auth(users.webmaster), await wf.auth(users.reviewer)]) {
        expect((await ctx.api().get('/api/mail-outbox').set(headers)).status).toBe(403)
        expect((await ctx.api().get(`/api/mail-outbox/${one.id}`).set(headers)).status).toBe(403)
        const res = await gql('{ OutboxMails { docs { to subject text } } }', headers)
        expect(res.status).toBeLessThan(500)
        expect(res.body.errors?.length).toBeGreaterThan(0)
        expect(res.body.data?.OutboxMails ?? null).toBeNull()
        const byId = await gql(`{ OutboxMail(id: ${JSON.stringify(one.id)}) { to text } }`, headers)
        expect(byId.body.errors?.length).toBeGreaterThan(0)
        expect(byId.body.data?.OutboxMail ?? null).toBeNull()
      }
    })

    it('lets a super-admin read it, and nobody write it', async () => {
      const admin = await wf.auth(users.admin)
      const res = await gql('{ OutboxMails(limit: 100) { totalDocs docs { to status } } }', admin)
      expect(res.body.errors).toBeUndefined()
      expect(res.body.data.OutboxMails.totalDocs).toBeGreaterThan(0)
      const rest = await ctx.api().get('/api/mail-outbox?limit=5').set(admin)
      expect(rest.status).toBe(200)
      const one = rest.body.docs[0]
      expect((await ctx.api().post('/api/mail-outbox').set(admin).send({ to: 'x@example.com', subject: 'forged', status: 'sent' })).status).toBe(403)
      expect((await ctx.api().patch(`/api/mail-outbox/${one.id}`).set(admin).send({ status: 'sent' })).status).toBe(403)
      expect((await ctx.api().delete(`/api/mail-outbox/${one.id}`).set(admin)).status).toBe(403)
      const forged = await gql(`mutation { updateOutboxMail(id: ${JSON.stringify(one.id)}, data: { subject: "forged" }) { id } }`, await wf.auth(users.editor))
      expect(forged.body.errors?.length).toBeGreaterThan(0)
      expect((await ctx.payload.findByID({ collection: 'mail-outbox', id: one.id, depth: 0 })).subject).toBe(one.subject)
    })
  })
})
