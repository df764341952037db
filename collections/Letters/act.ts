import type { PayloadRequest } from 'payload'
import { unitUsersWithRole } from '../../src/access/reads/unit-users'
import { idOf, type ID } from '../../src/access/roles'
import { chinaDate } from '../../src/calendar/working-calendar'
import { inRequestTransaction } from '../../src/db/transaction'
import { letterArrivedMail, letterReplyMail } from '../../src/mail/letter-templates'
import { reviewSubmittedMail, reviewDecidedMail } from '../../src/mail/templates'
import { dueAfter, workingDaysTaken } from '../../src/calendar/estimate'
import { checkAction, letterActions, LetterError, type LetterStatus } from '../../src/letters/rules'
import type { Letter } from '../../src/payload-types'
import { relationId } from '../../src/shared/ids'
import { recordAudit } from '../AuditLog/record'
import { workingCalendar } from '../CalendarOverrides/calendar-cache'
import { mailboxDeadlines } from '../MailboxSettings'
import { publicOrigin, queueMail } from '../MailOutbox/queue-mail'
import { purgeUnitPages } from '../shared/hooks/purge-public-cache'
import { actorName } from '../shared/workflow/review-hook'
import { actorKindsOf } from './access'
import { siteHref } from './site-links'

const unitOf = (req: PayloadRequest, id: ID) =>
  req.payload.findByID({ collection: 'tenants', id, depth: 0, req, disableErrors: true, overrideAccess: true, select: { name: true, slug: true, kind: true } }).catch(() => null)

/** One step of a letter's handling, checked against its status and the actor's roles, stored with its audit entry and mails. */
export async function actOnLetter(req: PayloadRequest, id: string, body: Record<string, unknown>): Promise<Letter> {
  // Read as the user: a letter they may not read does not exist for them.
  const letter = await req.payload.findByID({ collection: 'letters', id, depth: 0, req, overrideAccess: false, disableErrors: true, showHiddenFields: true }).catch(() => null)
  if (!letter) throw new LetterError('missing', '来信不存在', 'letter not found', 404)
  const { action, to, input } = checkAction(letter.status as LetterStatus, body.action, body)
  const site = idOf(letter.site)!
  const unit = idOf(letter.unit)!
  const kinds = await actorKindsOf(req, { site, unit })
  if (!kinds.has(letterActions[action].actor)) {
    throw new LetterError('forbidden', `您无权对这封来信执行“${letterActions[action].zh}”`, `you may not “${letterActions[action].en}” this letter`, 403)
  }
  const actor = actorName(req)
  if (action === 'approve' && letter.replySubmittedBy === actor.byId) {
    throw new LetterError('forbidden', '不能审核自己送审的答复', 'you cannot approve a reply you submitted', 403)
  }

  const now = new Date()
  const today = chinaDate(now)
  const calendar = await workingCalendar(req.payload)
  const deadlines = await mailboxDeadlines(req.payload)
  const data: Partial<Letter> & Record<string, unknown> = { status: to }
  let note = input.reason ?? input.comment
  let newUnit: { id: ID; name: string; slug: string; kind: string } | null = null
  const accepting = letter.status === 'received' && to === 'accepted'
  if (accepting) {
    const { due, estimated } = dueAfter(calendar, today, deadlines.replyDays)
    Object.assign(data, { acceptedAt: now.toISOString(), replyDue: due, due, dueEstimated: estimated })
  }
  if (action === 'reject') Object.assign(data, { rejectReason: input.reason, due: null })
  if (action === 'route') {
    const target = await unitOf(req, input.unit!)
    if (!target) throw new LetterError('bad-value', '承办单位不存在', 'no such unit')
    newUnit = { id: target.id, name: String(target.name), slug: String(target.slug), kind: String(target.kind) }
    data.unit = relationId(target.id)
    note = `转至 ${target.name}`
  }
  if (action === 'merge') {
    const kept = await req.payload.findByID({ collection: 'letters', id: input.into!, depth: 0, req, overrideAccess: false, disableErrors: true }).catch(() => null)
    if (!kept || String(kept.id) === String(letter.id) || kept.status === 'merged' || String(idOf(kept.site)) !== String(site)) {
      throw new LetterError('bad-value', '只能合并到同一信箱中另一封未合并的来信', 'a letter merges only into another, unmerged letter of the same mailbox')
    }
    Object.assign(data, { duplicateOf: kept.id, due: null })
    note = `合并到 ${kept.trackingCode}`
  }
  if (action === 'draft' || action === 'submit') data.replyDraft = input.reply ?? letter.replyDraft
  if (action === 'submit') {
    if (!data.replyDraft) throw new LetterError('missing', '请填写答复内容', 'reply is required')
    data.replySubmittedBy = actor.byId
  }
  if (action === 'approve') {
    const accepted = chinaDate(new Date(letter.acceptedAt ?? letter.receivedAt))
    Object.assign(data, {
      reply: letter.replyDraft, repliedAt: now.toISOString(), due: null,
      replyDays: workingDaysTaken(calendar, accepted, today), onTime: !letter.replyDue || today <= letter.replyDue,
    })
  }
  data.history = [...(letter.history ?? []).map(({ id: _id, ...row }) => row), { action, byName: actor.byName, at: now.toISOString(), comment: note }]

  return inRequestTransaction(req, async () => {
    const updated = await req.payload.update({ collection: 'letters', id: letter.id, data, depth: 0, overrideAccess: true, req })
    await recordAudit(req, { action: auditActionOf[action], tenant: unit, collectionSlug: 'letters', documentId: letter.id, summary: `${letter.trackingCode} ${letter.subject}`, comment: note })
    await mailStep(req, action, updated, { site, unit, newUnit, actorId: actor.byId, actorName: actor.byName, note })
    if (action === 'approve') await purgeUnitPages({ doc: { tenant: site }, req, collection: { slug: 'letters' } })
    return updated
  })
}

const auditActionOf = { accept: 'accept', reject: 'reject', merge: 'merge', route: 'route', draft: 'update', submit: 'submit', approve: 'approve', return: 'return' } as const

async function mailStep(
  req: PayloadRequest, action: keyof typeof letterActions, letter: Letter,
  ctx: { site: ID; unit: ID; newUnit: { id: ID; name: string } | null; actorId?: string; actorName: string; note?: string },
): Promise<void> {
  const related = { collection: 'letters', id: letter.id }
  const adminUrl = `${publicOrigin(req)}${req.payload.config.routes.admin}/collections/letters/${letter.id}`
  const mailbox = await unitOf(req, ctx.site)
  const mailboxName = String(mailbox?.name ?? '')
  const item = { title: letter.subject, kindLabel: '来信答复', unitName: '', url: adminUrl }
  if (action === 'route' && ctx.newUnit) {
    const content = letterArrivedMail({ mailbox: mailboxName, subject: letter.subject, acceptDue: String(letter.replyDue ?? ''), adminUrl, routed: true, unitName: ctx.newUnit.name })
    for (const u of await unitUsersWithRole(req, ctx.newUnit.id, ['webmaster', 'editor'])) await queueMail(req, { to: String(u.email), content, kind: 'letter-routed', related })
  }
  if (action === 'submit') {
    for (const u of await unitUsersWithRole(req, ctx.unit, ['reviewer', 'webmaster'], ctx.actorId)) {
      await queueMail(req, { to: String(u.email), content: reviewSubmittedMail({ ...item, reviewerName: u.name, submitterName: ctx.actorName }), kind: 'review-submitted', related })
    }
  }
  if (action === 'return' && letter.replySubmittedBy) {
    const editor = await req.payload.findByID({ collection: 'users', id: letter.replySubmittedBy, depth: 0, req, disableErrors: true, overrideAccess: true })
    if (editor?.email) {
      await queueMail(req, { to: editor.email, content: reviewDecidedMail({ ...item, decision: 'return', editorName: editor.name, reviewerName: ctx.actorName, comment: ctx.note }), kind: 'review-returned', related })
    }
  }
  const writer = letter.writer
  if ((action === 'approve' || action === 'reject') && writer?.email && mailbox) {
    const answering = await unitOf(req, ctx.unit)
    const content = letterReplyMail({
      name: String(writer.name ?? ''), mailbox: mailboxName, subject: letter.subject, status: action === 'approve' ? 'replied' : 'rejected',
      text: String((action === 'approve' ? letter.reply : letter.rejectReason) ?? ''), unitName: String(answering?.name ?? mailboxName),
      trackUrl: siteHref(req, { slug: String(mailbox.slug), kind: String(mailbox.kind) }, '/letters/track'),
    })
    await queueMail(req, { to: writer.email, content, kind: action === 'approve' ? 'letter-replied' : 'letter-rejected', related })
  }
}
