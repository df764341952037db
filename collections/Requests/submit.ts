import type { Payload, PayloadRequest, Where } from 'payload'
import { chinaDate } from '../../src/calendar/working-calendar'
import { inTransaction } from '../../src/db/transaction'
import { requestNoticeMail } from '../../src/mail/letter-templates'
import { answerDeadline } from '../../src/requests/deadlines'
import { RequestError } from '../../src/requests/state-machine'
import { channels, readRequestInput, type Channel } from '../../src/requests/submission'
import { challengeOptions, verifyChallenge } from '../../src/shared/challenge'
import { hashPassword, newQueryPassword, newTrackingCode } from '../../src/shared/credentials'
import { recordAudit } from '../AuditLog/record'
import { workingCalendar } from '../CalendarOverrides/calendar-cache'
import { siteHref } from '../Letters/site-links'
import { queueMail } from '../MailOutbox/queue-mail'
import { actorName } from '../shared/workflow/review-hook'

export interface RequestSite {
  id: number | string
  slug: string
  name: string
  kind: string
}

/** Any unit takes applications (every unit has the 依申请公开 column); by slug, the hub's when none is named. */
export async function findRequestSite(payload: Payload, slug: unknown): Promise<RequestSite> {
  const where: Where = typeof slug === 'string' && slug ? { slug: { equals: slug.slice(0, 60) } } : { kind: { equals: 'hub' } }
  const found = await payload.find({ collection: 'tenants', where, limit: 1, depth: 0, overrideAccess: true, select: { slug: true, name: true, kind: true } })
  const unit = found.docs[0] as RequestSite | undefined
  if (!unit) throw new RequestError('missing', '受理单位不存在', 'no such unit', 404)
  return unit
}

export interface RequestReceipt {
  trackingCode: string
  password: string
  receivedDay: string
  due: string
  unit: string
  /** Where the applicant checks progress with the code and password (printed on the paper receipt). */
  trackUrl: string
}

/**
 * Stores an application: from the public form (anti-abuse checked, received today) or registered by
 * staff of the unit for an application that came in person, by post or fax (received on the day Art. 31 names).
 */
export async function createRequest(
  payload: Payload, site: RequestSite, fields: Record<string, unknown>,
  by: { staff?: PayloadRequest; channel?: Channel; receivedDay?: string } = {},
): Promise<RequestReceipt> {
  const input = readRequestInput(fields)
  const today = chinaDate(new Date())
  let verification: 'pow' | 'question' | 'staff' = 'staff'
  let replayKey: string | undefined
  if (!by.staff) {
    const passed = await verifyChallenge(challengeOptions(payload.secret), { altcha: fields.altcha, questionToken: fields.questionToken, answer: fields.answer })
    const used = await payload.count({ collection: 'requests', where: { replayKey: { equals: passed.replayKey } }, overrideAccess: true })
    if (used.totalDocs > 0) throw new RequestError('missing', '该安全验证已使用过，请刷新页面后重新提交', 'this anti-abuse check was already used; reload the page and submit again')
    verification = passed.method
    replayKey = passed.replayKey
  }
  const channel = by.channel ?? 'online'
  if (!channels.some((c) => c.value === channel)) throw new RequestError('missing', '申请渠道不正确', 'unknown channel')
  const receivedDay = by.receivedDay ?? today
  if (!/^\d{4}-\d{2}-\d{2}$/.test(receivedDay) || receivedDay > today) throw new RequestError('missing', '收到申请之日须为不晚于今天的日期（YYYY-MM-DD）', 'the day received must be a date not after today (YYYY-MM-DD)')
  const calendar = await workingCalendar(payload)
  const deadline = answerDeadline(calendar, { receivedDay }, today)
  const password = newQueryPassword()
  const trackingCode = newTrackingCode(today, 'YS')
  let trackUrl = ''
  const write = async (req: PayloadRequest) => {
    trackUrl = siteHref(req, site, '/xxgk/apply/track')
    const doc = await payload.create({
      collection: 'requests', overrideAccess: true, depth: 0, req,
      data: {
        trackingCode, applicant: input.applicant, description: input.description, documentNumber: input.documentNumber, purpose: input.purpose,
        form: input.form, delivery: input.delivery, channel, site: site.id as number, unit: site.id as number, status: 'registered',
        receivedDay, due: deadline.due, dueEstimated: deadline.estimated, regime: deadline.regime, pausedDays: 0, verification, replayKey, passwordHash: hashPassword(password),
        history: [{ step: 'receive', byName: by.staff ? actorName(by.staff).byName : input.applicant.name, at: new Date().toISOString(), comment: channels.find((c) => c.value === channel)!.zh }],
      },
    })
    await recordAudit(req, { action: 'receive', tenant: site.id, collectionSlug: 'requests', documentId: doc.id, summary: `${trackingCode} 依申请公开`, ...(by.staff ? {} : { actor: { name: input.applicant.name } }) })
    if (input.applicant.email) {
      const content = requestNoticeMail({
        name: input.applicant.name, unitName: site.name, title: `政府信息公开申请已收到，查询码 ${trackingCode}`,
        trackUrl,
        blocks: [
          { text: `您向${site.name}提出的政府信息公开申请已于 ${receivedDay} 收到。除可当场答复的以外，我们将在 ${deadline.due} 前答复（依《中华人民共和国政府信息公开条例》第三十三条，按工作日计算）。` },
          { label: '查询码', text: trackingCode }, { label: '查询密码', text: password },
        ],
      })
      await queueMail(req, { to: input.applicant.email, content, kind: 'request-receipt', related: { collection: 'requests', id: doc.id }, sensitive: true })
    }
  }
  if (by.staff) await write(by.staff)
  else await inTransaction(payload, write)
  return { trackingCode, password, receivedDay, due: deadline.due, unit: site.name, trackUrl }
}
