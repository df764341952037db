import type { PayloadRequest } from 'payload'
import { idOf } from '../../src/access/roles'
import { chinaDate } from '../../src/calendar/working-calendar'
import { inRequestTransaction } from '../../src/db/transaction'
import { requestNoticeMail } from '../../src/mail/letter-templates'
import { answerDeadline, clarificationBy, consultationBy } from '../../src/requests/deadlines'
import { processingFee, type FeeMethod } from '../../src/requests/fees'
import { outcomeLabel } from '../../src/requests/outcomes'
import { RequestError, requestSteps, takeStep, type RequestStatus, type RequestStep } from '../../src/requests/state-machine'
import type { Request as DisclosureRequest } from '../../src/payload-types'
import { relationId } from '../../src/shared/ids'
import { recordAudit } from '../AuditLog/record'
import { workingCalendar } from '../CalendarOverrides/calendar-cache'
import { actorKindsOf } from '../Letters/access'
import { siteHref } from '../Letters/site-links'
import { queueMail } from '../MailOutbox/queue-mail'
import { checkedFiles, DOCUMENT_LIMITS, uploadOf, type CheckedFile, type SubmittedFile } from '../shared/read-submission'
import { actorName } from '../shared/workflow/review-hook'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const dayOr = (raw: unknown, fallback: string) => {
  if (raw === undefined || raw === null || raw === '') return fallback
  if (typeof raw !== 'string' || !DAY.test(raw)) throw new RequestError('missing', '日期须为 YYYY-MM-DD', 'dates are YYYY-MM-DD')
  return raw
}
const textOf = (raw: unknown, max = 5000) => (typeof raw === 'string' ? raw.trim().slice(0, max) : '')

// Who may take a step: routing by whoever runs the site applied to (hub staff, the unit's webmaster);
// everything else by the answering unit's editors and webmasters; the applicant's withdrawal is recorded by either.
const routingSteps: readonly RequestStep[] = ['route']

/**
 * One step of an application, checked against its state, its deadlines and the actor; with its notice to the
 * applicant. The answer may carry its documents (答复文书) as files; no other step takes files.
 */
export async function stepRequest(req: PayloadRequest, id: string, body: Record<string, unknown>, files: readonly SubmittedFile[] = []): Promise<DisclosureRequest> {
  const doc = await req.payload.findByID({ collection: 'requests', id, depth: 0, req, overrideAccess: false, disableErrors: true }).catch(() => null)
  if (!doc) throw new RequestError('missing', '申请不存在', 'application not found', 404)
  const step = body.step
  const { to, outcome } = takeStep(doc.status as RequestStatus, step, { outcome: body.outcome, reason: body.reason, approver: body.approver, alreadyExtended: Boolean(doc.extension?.extended) })
  const s = step as RequestStep
  const kinds = await actorKindsOf(req, { site: idOf(doc.site)!, unit: idOf(doc.unit)! })
  if (!kinds.has(routingSteps.includes(s) ? 'manager' : 'writer')) {
    throw new RequestError('missing', `您无权对该申请执行“${requestSteps[s].zh}”`, `you may not take “${requestSteps[s].en}” on this application`, 403)
  }
  if (files.length > 0 && s !== 'answer') throw new RequestError('missing', '只有答复可以附带文书', 'only the answer takes documents')
  let documents: CheckedFile[] = []
  const calendar = await workingCalendar(req.payload)
  const today = chinaDate(new Date())
  const data: Record<string, unknown> = { status: to }
  const notice: { label?: string; text: string }[] = []
  let title = ''
  let comment = textOf(body.comment, 1000) || undefined
  const pauses = (doc.pauses ?? []).map(({ id: _id, ...p }) => p)
  switch (s) {
    case 'route': {
      const unit = await req.payload.findByID({ collection: 'tenants', id: body.unit as string, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => null)
      if (!unit) throw new RequestError('missing', '请选择存在的承办单位', 'choose an existing unit')
      data.unit = relationId(unit.id)
      comment = `转至 ${unit.name}`
      break
    }
    case 'clarify': {
      const asked = textOf(body.asked)
      if (!asked) throw new RequestError('missing', '请写明需要补正的内容', 'say what is to be clarified')
      if (today > clarificationBy(calendar, doc.receivedDay)) throw new RequestError('once', '已超过收到申请后7个工作日的补正告知期限（条例第三十条）', 'the 7 working days to ask for a clarification have passed (Art. 30)', 409)
      const byDay = dayOr(body.byDay, calendar.addWorkingDays(today, 15))
      data.clarification = { asked, askedDay: today, byDay }
      title = '补正申请告知书'
      notice.push({ text: `您的申请内容不够明确，请在 ${byDay} 前补正下列内容。答复期限自收到补正之日起重新计算；无正当理由逾期不补正的，视为放弃申请。` }, { label: '需补正的内容', text: asked })
      break
    }
    case 'clarified':
      data.clarification = { ...doc.clarification, clarifiedDay: dayOr(body.day, today) }
      break
    case 'clarification-lapsed':
      if (!doc.clarification?.byDay || today <= doc.clarification.byDay) throw new RequestError('once', `补正期限（${doc.clarification?.byDay ?? '—'}）尚未届满`, 'the period to clarify has not ended', 409)
      title = '申请终止告知'
      notice.push({ text: '您未在补正期限内补正申请内容，本机关不再处理该政府信息公开申请。' })
      break
    case 'consult': {
      const party = textOf(body.party, 200)
      if (!party) throw new RequestError('missing', '请写明征求意见的第三方或机关', 'name the third party or organ consulted')
      pauses.push({ party, from: today, to: null })
      comment = `征求 ${party} 意见，答复期限 ${consultationBy(calendar, today)}；期间不计入答复期限`
      break
    }
    case 'consulted': {
      const last = pauses.at(-1)
      if (last) last.to = dayOr(body.day, today)
      break
    }
    case 'extend':
      data.extension = { extended: true, reason: textOf(body.reason, 1000), approver: textOf(body.approver, 100) }
      title = '延期答复告知书'
      comment = `${textOf(body.reason, 1000)}（批准人：${textOf(body.approver, 100)}）`
      break
    case 'fee-notice': {
      const method: FeeMethod = body.method === 'pages' ? 'pages' : 'count'
      const month = doc.receivedDay.slice(0, 7)
      const earlier = await req.payload.count({
        collection: 'requests', overrideAccess: true, req,
        where: { and: [{ 'applicant.idNumber': { equals: doc.applicant.idNumber } }, { unit: { equals: idOf(doc.unit) } }, { receivedDay: { like: `${month}-` } }, { receivedDay: { less_than_equal: doc.receivedDay } }] },
      })
      const pages = Number(body.pages ?? 0)
      if (method === 'pages' && (!Number.isSafeInteger(pages) || pages < 0 || pages > 1_000_000)) throw new RequestError('missing', '页数须为非负整数', 'pages must be a whole number')
      const amount = processingFee(method, { nthThisMonth: Math.max(1, earlier.totalDocs), pages })
      if (amount === 0) throw new RequestError('missing', '按规定该申请不收取信息处理费', 'no processing fee is due for this application')
      const byDay = dayOr(body.byDay, calendar.addWorkingDays(today, 20))
      data.fee = { amount, method, byDay }
      title = '收取信息处理费通知书'
      notice.push({ text: `依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本申请应缴纳信息处理费 ${amount} 元，请在 ${byDay} 前缴纳；逾期未缴纳的，视为放弃申请。` })
      break
    }
    case 'fee-paid':
      data.fee = { ...doc.fee, paidDay: dayOr(body.day, today) }
      break
    case 'fee-lapsed':
      if (!doc.fee?.byDay || today <= doc.fee.byDay) throw new RequestError('once', `缴费期限（${doc.fee?.byDay ?? '—'}）尚未届满`, 'the period to pay has not ended', 409)
      title = '申请终止告知'
      notice.push({ text: '您未在缴费期限内缴纳信息处理费，本机关不再处理该政府信息公开申请。' })
      break
    case 'answer': {
      const answer = textOf(body.answer, 10_000)
      if (!answer) throw new RequestError('missing', '请填写答复内容', 'the answer is required')
      documents = await checkedFiles(files, DOCUMENT_LIMITS)
      data.answer = answer
      title = '政府信息公开申请答复书'
      notice.push({ label: '办理结果', text: outcomeLabel(String(outcome)) }, { text: answer })

      break
    }
    case 'withdraw':
      comment = comment ?? '申请人撤回申请'
      break
  }
  if (outcome) Object.assign(data, { outcome, endedDay: today, due: null })
  if (s === 'consult' || s === 'consulted') data.pauses = pauses
  if (!outcome) {
    const extended = Boolean((data.extension as { extended?: boolean } | undefined)?.extended ?? doc.extension?.extended)
    const clarifiedDay = (data.clarification as { clarifiedDay?: string } | undefined)?.clarifiedDay ?? doc.clarification?.clarifiedDay
    const d = answerDeadline(calendar, { receivedDay: doc.receivedDay, clarifiedDay, pauses: pauses.filter((p) => p.from).map((p) => ({ from: p.from!, to: p.to })), extended }, today)
    Object.assign(data, { due: d.due, dueEstimated: d.estimated, pausedDays: d.pausedDays })
    if (s === 'extend') notice.push({ text: `因${textOf(body.reason, 1000)}，经本机关政府信息公开工作机构负责人同意，答复期限延长至 ${d.due}（条例第三十三条）。` })
  }
  const actor = actorName(req)
  data.history = [...(doc.history ?? []).map(({ id: _id, ...h }) => h), { step: s, byName: actor.byName, at: new Date().toISOString(), comment }]

  return inRequestTransaction(req, async () => {
    if (documents.length) {
      const stored = []
      for (const d of documents) stored.push(await req.payload.create({ collection: 'request-documents', data: { request: doc.id }, file: uploadOf(d), depth: 0, overrideAccess: true, req }))
      data.documents = stored.map((d) => d.id)
      notice.push({ label: '答复文书', text: `${stored.map((d) => d.filename).join('、')}（凭查询码和查询密码在网站查询页下载）` })
    }
    const updated = await req.payload.update({ collection: 'requests', id: doc.id, data, depth: 0, overrideAccess: true, req })
    await recordAudit(req, { action: s === 'answer' ? 'approve' : s === 'route' ? 'route' : 'update', tenant: idOf(updated.unit), collectionSlug: 'requests', documentId: doc.id, summary: `${doc.trackingCode} ${requestSteps[s].zh}`, comment })
    if (title && doc.applicant.email) {
      const site = await req.payload.findByID({ collection: 'tenants', id: idOf(doc.site)!, depth: 0, overrideAccess: true, req })
      const content = requestNoticeMail({ name: doc.applicant.name, unitName: String(site.name), title, blocks: [{ label: '查询码', text: doc.trackingCode }, ...notice], trackUrl: siteHref(req, { slug: String(site.slug), kind: String(site.kind) }, '/xxgk/apply/track') })
      await queueMail(req, { to: doc.applicant.email, content, kind: `request-${s}`, related: { collection: 'requests', id: doc.id } })
    }
    return updated
  })
}
