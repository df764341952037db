import type { Payload, PayloadRequest, Where } from 'payload'
import { chinaDate } from '../../src/calendar/working-calendar'
import { inTransaction } from '../../src/db/transaction'
import { letterArrivedMail, letterReceiptMail } from '../../src/mail/letter-templates'
import { challengeOptions, verifyChallenge } from '../../src/shared/challenge'
import { hashPassword, newQueryPassword, newTrackingCode } from '../../src/shared/credentials'
import { dueAfter } from '../../src/calendar/estimate'
import { LetterError } from '../../src/letters/rules'
import { readLetterInput } from '../../src/letters/submission'
import { unitUsersWithRole } from '../../src/access/reads/unit-users'
import { recordAudit } from '../AuditLog/record'
import { workingCalendar } from '../CalendarOverrides/calendar-cache'
import { mailboxDeadlines } from '../MailboxSettings'
import { publicOrigin, queueMail } from '../MailOutbox/queue-mail'
import { checkedFiles, uploadOf, type SubmittedFile } from '../shared/read-submission'
import { siteHref } from './site-links'


export interface Mailbox {
  id: number | string
  slug: string
  name: string
  kind: string
  mailbox?: boolean | null
}

export const hasMailbox = (unit: Pick<Mailbox, 'kind' | 'mailbox'>) => unit.kind === 'hub' || unit.mailbox === true


/** The mailbox a letter is written to: a unit with a mailbox, by slug (the hub's when none is named). */
export async function findMailbox(payload: Payload, slug: unknown): Promise<Mailbox> {
  const where: Where = typeof slug === 'string' && slug ? { slug: { equals: slug.slice(0, 60) } } : { kind: { equals: 'hub' } }
  const found = await payload.find({ collection: 'tenants', where, limit: 1, depth: 0, overrideAccess: true, select: { slug: true, name: true, kind: true, mailbox: true } })
  const unit = found.docs[0] as Mailbox | undefined
  if (!unit || !hasMailbox(unit)) throw new LetterError('missing', '该单位未开设信箱', 'this unit has no mailbox', 404)
  return unit
}

export interface Receipt {
  trackingCode: string
  password: string
  acceptDue: string
  mailbox: string
}

/**
 * Takes a letter from the public form or the API. Everything is checked before anything is written;
 * the letter, its files, its audit entry and its mails are then stored in one transaction.
 */
export async function submitLetter(payload: Payload, mailbox: Mailbox, fields: Record<string, unknown>, files: readonly SubmittedFile[]): Promise<Receipt> {
  const input = readLetterInput(fields)
  const facts = await checkedFiles(files)
  const passed = await verifyChallenge(challengeOptions(payload.secret), { altcha: fields.altcha, questionToken: fields.questionToken, answer: fields.answer })
  const used = await payload.count({ collection: 'letters', where: { replayKey: { equals: passed.replayKey } }, overrideAccess: true })
  if (used.totalDocs > 0) throw new LetterError('forbidden', '该安全验证已使用过，请刷新页面后重新提交', 'this anti-abuse check was already used; reload the page and submit again')

  const now = new Date()
  const today = chinaDate(now)
  const { due, estimated } = dueAfter(await workingCalendar(payload), today, (await mailboxDeadlines(payload)).acceptDays)
  const password = newQueryPassword()
  const trackingCode = newTrackingCode(today)
  await inTransaction(payload, async (req) => {
    const letter = await payload.create({
      collection: 'letters',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        trackingCode, subject: input.subject, category: input.category, body: input.body, allowPublish: input.allowPublish,
        writer: { name: input.name, phone: input.phone, email: input.email },
        site: mailbox.id as number, unit: mailbox.id as number, status: 'received', receivedAt: now.toISOString(),
        acceptDue: due, due, dueEstimated: estimated, verification: passed.method, passwordHash: hashPassword(password), replayKey: passed.replayKey,
        history: [{ action: 'receive', byName: input.name, at: now.toISOString() }],
      },
    })
    for (const f of facts) {
      await payload.create({ collection: 'letter-attachments', overrideAccess: true, depth: 0, req, data: { letter: letter.id }, file: uploadOf(f) })
    }
    await recordAudit(req, { action: 'receive', tenant: mailbox.id, collectionSlug: 'letters', documentId: letter.id, summary: `${trackingCode} ${input.subject}`, actor: { name: input.name } })
    await mailOnArrival(req, { mailbox, letterId: letter.id, subject: input.subject, due, trackingCode, password, name: input.name, email: input.email })
  })
  return { trackingCode, password, acceptDue: due, mailbox: mailbox.name }
}

async function mailOnArrival(
  req: PayloadRequest,
  a: { mailbox: Mailbox; letterId: number | string; subject: string; due: string; trackingCode: string; password: string; name: string; email?: string },
): Promise<void> {
  const related = { collection: 'letters', id: a.letterId }
  if (a.email) {
    const content = letterReceiptMail({ name: a.name, mailbox: a.mailbox.name, subject: a.subject, trackingCode: a.trackingCode, password: a.password, acceptDue: a.due, trackUrl: siteHref(req, a.mailbox, '/letters/track') })
    await queueMail(req, { to: a.email, content, kind: 'letter-receipt', related, sensitive: true })
  }
  const roles = a.mailbox.kind === 'hub' ? (['hub-editor', 'webmaster'] as const) : (['webmaster'] as const)
  const adminUrl = `${publicOrigin(req)}${req.payload.config.routes.admin}/collections/letters/${a.letterId}`
  for (const user of await unitUsersWithRole(req, a.mailbox.id, roles)) {
    await queueMail(req, { to: String(user.email), content: letterArrivedMail({ mailbox: a.mailbox.name, subject: a.subject, acceptDue: a.due, adminUrl }), kind: 'letter-arrived', related })
  }
}
