import { createHash } from 'node:crypto'
import type { Payload, TaskConfig } from 'payload'
import { unitUsersWithRole } from '../../src/access/reads/unit-users'
import { idOf } from '../../src/access/roles'
import { chinaDate } from '../../src/calendar/working-calendar'
import { inTransaction } from '../../src/db/transaction'
import { overdueDigestMail, type OverdueLine } from '../../src/mail/letter-templates'
import { openStatuses, statusLabels, type LetterStatus } from '../../src/letters/rules'
import { findHub } from '../../src/tenancy/reads/units'
import { publicOrigin, queueMail } from '../MailOutbox/queue-mail'
import { workingCalendar } from '../CalendarOverrides/calendar-cache'

/**
 * 逾期提醒: once a day, each unit with overdue letters, or applications overdue or due within three
 * working days, is mailed their list (its webmasters and editors), and hub staff the whole group's. Safe to run often and on several servers: a day's
 * digest of the same list to an address is queued once (the outbox remembers it).
 */
export async function sendOverdueDigest(payload: Payload, now = new Date()): Promise<{ day: string; overdue: number; mails: number }> {
  const day = chinaDate(now)
  const found = await payload.find({
    collection: 'letters', depth: 0, pagination: false, overrideAccess: true, sort: 'due',
    where: { and: [{ status: { in: [...openStatuses] } }, { due: { less_than: day } }] },
    select: { trackingCode: true, subject: true, due: true, status: true, unit: true },
  })
  // Applications too: overdue ones, and those due within 3 working days (a reminder before the statutory deadline).
  const soon = (await workingCalendar(payload)).addWorkingDays(day, 3)
  const applications = await payload.find({
    collection: 'requests', depth: 0, pagination: false, overrideAccess: true, sort: 'due',
    where: { and: [{ status: { in: ['registered', 'consulting'] } }, { due: { less_than_equal: soon } }] },
    select: { trackingCode: true, due: true, status: true, unit: true },
  })
  const names = new Map((await payload.find({ collection: 'tenants', pagination: false, depth: 0, overrideAccess: true, select: { shortName: true } })).docs.map((t) => [String(t.id), String(t.shortName)]))
  const lines = found.docs.map((d) => ({
    unit: String(idOf(d.unit)),
    line: { trackingCode: d.trackingCode, subject: d.subject, due: String(d.due), status: statusLabels[d.status as LetterStatus].zh, unitName: names.get(String(idOf(d.unit))) ?? '' } satisfies OverdueLine,
  }))
  for (const a of applications.docs) {
    const unit = String(idOf(a.unit))
    const late = String(a.due) < day
    lines.push({ unit, line: { trackingCode: a.trackingCode, subject: '依申请公开申请', due: String(a.due), status: late ? '依申请公开·已逾期' : '依申请公开·即将到期', unitName: names.get(unit) ?? '' } })
  }
  if (lines.length === 0) return { day, overdue: 0, mails: 0 }
  const hub = await findHub(payload)
  let mails = 0
  await inTransaction(payload, async (req) => {
    const adminUrl = `${publicOrigin(req)}${payload.config.routes.admin}/collections/letters?where[due][less_than]=${day}`
    const send = async (to: string, recipient: string, list: OverdueLine[], scope: string) => {
      // Once a day per address for the same list; a list that grew since (a new overdue item) goes out again.
      const listKey = createHash('sha1').update(list.map((l) => l.trackingCode).sort().join(',')).digest('hex').slice(0, 12)
      const related = { collection: 'letters-overdue', id: `${scope}:${day}:${to}:${listKey}` }
      const sent = await payload.count({ collection: 'mail-outbox', overrideAccess: true, req, where: { and: [{ relatedCollection: { equals: related.collection } }, { relatedId: { equals: related.id } }] } })
      if (sent.totalDocs > 0) return
      await queueMail(req, { to, content: overdueDigestMail({ recipient, day, lines: list, adminUrl }), kind: 'letters-overdue', related })
      mails++
    }
    for (const unit of new Set(lines.map((l) => l.unit))) {
      const list = lines.filter((l) => l.unit === unit).map((l) => l.line)
      for (const u of await unitUsersWithRole(req, unit, ['webmaster', 'editor'])) await send(String(u.email), `${names.get(unit) ?? ''} ${u.name ?? ''}`.trim(), list, unit)
    }
    if (hub) for (const u of await unitUsersWithRole(req, hub.id, ['hub-editor', 'webmaster'])) await send(String(u.email), `${hub.shortName} ${u.name ?? ''}`.trim(), lines.map((l) => l.line), 'group')
  })
  return { day, overdue: lines.length, mails }
}

export const letterDigestTask: TaskConfig<{ input: { day: string }; output: { overdue: number; mails: number } }> = {
  slug: 'letterDigest',
  label: '信箱逾期提醒 / overdue letters digest',
  retries: 2,
  inputSchema: [{ name: 'day', type: 'text', required: true }],
  outputSchema: [{ name: 'overdue', type: 'number' }, { name: 'mails', type: 'number' }],
  handler: async ({ req }) => {
    const { overdue, mails } = await sendOverdueDigest(req.payload)
    return { output: { overdue, mails } }
  },
}

/** From 09:00 China time, queues the day's digest unless it is queued already (checked each hour by the server). */
export async function queueDigestIfDue(payload: Payload, now = new Date()): Promise<boolean> {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hour12: false }).format(now))
  if (hour < 9) return false
  const day = chinaDate(now)
  const queued = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'letterDigest' } }, { 'input.day': { equals: day } }] } })
  if (queued.totalDocs > 0) return false
  await payload.jobs.queue({ task: 'letterDigest', input: { day } })
  return true
}
