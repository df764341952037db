import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { unitUsersWithRole } from '../../src/access/reads/unit-users'
import { chinaDate } from '../../src/calendar/working-calendar'
import { inTransaction } from '../../src/db/transaction'
import { newFindingsMail, type FindingLine } from '../../src/mail/monitoring-templates'
import { findingKey, findingKeys, type MonitoringReport, type UnitReport } from '../../src/monitoring/report'
import { monitorUnits } from '../../src/monitoring/reads/report'
import { publicOrigin, queueMail } from '../MailOutbox/queue-mail'

const monthOf = (now: Date) => chinaDate(now).slice(0, 7)
const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

interface Stored { unit: UnitReport; rowId: number | string; mailedKeys: string[] }
interface Existing { current?: { id: number | string; rank?: number | null }; mailedKeys: string[] }

/** Each unit's row of this month (if any) and the finding keys last mailed to it (this or last month's row). */
async function existingRows(req: PayloadRequest, report: MonitoringReport, now: Date): Promise<Map<string, Existing>> {
  const month = monthOf(now)
  const rows = await req.payload.find({
    collection: 'monitoring-snapshots', depth: 0, pagination: false, overrideAccess: true, req, sort: '-checkedAt',
    where: { and: [{ tenant: { in: report.units.map((u) => u.id) } }, { month: { in: [month, previousMonth(month)] } }] },
    select: { tenant: true, month: true, rank: true, mailedKeys: true },
  })
  const out = new Map<string, Existing>()
  for (const r of rows.docs) {
    const unit = String(typeof r.tenant === 'object' ? r.tenant?.id : r.tenant)
    const entry = out.get(unit) ?? { mailedKeys: Array.isArray(r.mailedKeys) ? (r.mailedKeys as string[]) : [] }
    if (r.month === month && !entry.current) entry.current = { id: r.id, rank: r.rank }
    out.set(unit, entry)
  }
  return out
}

/** Writes a unit's result into its row of this month (created on the month's first check). */
async function storeSnapshot(req: PayloadRequest, unit: UnitReport, ranked: boolean, existing: Existing | undefined, now: Date, dailyDay?: string): Promise<Stored> {
  const month = monthOf(now)
  const mailedKeys = existing?.mailedKeys ?? []
  const data = {
    tenant: unit.id as number, month, title: `${unit.name} ${month}`, checkedAt: now.toISOString(), score: unit.score.score, vetoed: unit.score.vetoed,
    rank: ranked ? unit.rank : (existing?.current?.rank ?? null), findingCount: unit.findings.reduce((n, f) => n + f.count, 0),
    findings: unit.findings as never, mailedKeys, ...(dailyDay ? { dailyDay } : {}),
  }
  const row = existing?.current
    ? await req.payload.update({ collection: 'monitoring-snapshots', id: existing.current.id, data, overrideAccess: true, req, depth: 0 })
    : await req.payload.create({ collection: 'monitoring-snapshots', data, overrideAccess: true, req, depth: 0 })
  return { unit, rowId: row.id, mailedKeys }
}

/**
 * Checks units (the whole group when none given) and stores the results; the group's check also ranks.
 * `mail`: mails each unit its new findings; `dailyDay`: marks the rows as that day's daily check.
 * The check reads outside any transaction; each unit's row and mail are then written in a short
 * transaction of their own, so publishing never waits long behind the group's check (SQLite).
 */
export async function refreshMonitoring(payload: Payload, opts: { units?: (number | string)[]; now?: Date; mail?: boolean; dailyDay?: string } = {}) {
  const now = opts.now ?? new Date()
  const report = await monitorUnits(payload, { units: opts.units, now })
  let mails = 0
  const existing = await inTransaction(payload, (req) => existingRows(req, report, now))
  for (const unit of report.units) {
    await inTransaction(payload, async (req) => {
      const stored = await storeSnapshot(req, unit, report.ranked, existing.get(String(unit.id)), now, opts.dailyDay)
      if (opts.mail) mails += await mailNewFindings(req, stored, now)
    })
  }
  return { report, mails }
}

/** Mails each unit's webmasters and editors the findings not in their last mail, then remembers them as mailed. */
async function mailNewFindings(req: PayloadRequest, { unit, rowId, mailedKeys }: Stored, now: Date): Promise<number> {
  const day = chinaDate(now)
  const origin = publicOrigin(req)
  const monitoringUrl = `${origin}${req.payload.config.routes.admin}/collections/monitoring-snapshots`
  const seen = new Set(mailedKeys)
  const lines: FindingLine[] = unit.findings.flatMap((f) =>
    f.evidence.filter((e) => !seen.has(findingKey(f.rule, e))).map((e) => ({ title: f.title, veto: f.veto, label: e.label, detail: e.detail, adminUrl: `${origin}${e.adminUrl}` })),
  )
  let mails = 0
  if (lines.length) {
    for (const user of await unitUsersWithRole(req, unit.id, ['webmaster', 'editor'])) {
      const content = newFindingsMail({ recipient: `${unit.name} ${user.name ?? ''}`.trim(), unitName: unit.name, day, score: unit.score.score, vetoed: unit.score.vetoed, lines, monitoringUrl })
      await queueMail(req, { to: String(user.email), content, kind: 'monitoring-findings', related: { collection: 'monitoring-snapshots', id: `${unit.id}:${day}` } })
      mails++
    }
  }
  await req.payload.update({ collection: 'monitoring-snapshots', id: rowId, data: { mailedKeys: findingKeys(unit) }, overrideAccess: true, req, depth: 0 })
  return mails
}

export const monitoringDailyTask: TaskConfig<{ input: { day: string }; output: { units: number; vetoed: number; mails: number } }> = {
  slug: 'monitoringDaily',
  label: '网站监测日检 / daily monitoring',
  retries: 2,
  inputSchema: [{ name: 'day', type: 'text', required: true }],
  outputSchema: [{ name: 'units', type: 'number' }, { name: 'vetoed', type: 'number' }, { name: 'mails', type: 'number' }],
  handler: async ({ input, req }) => {
    const { report, mails } = await refreshMonitoring(req.payload, { mail: true, dailyDay: input.day })
    return { output: { units: report.units.length, vetoed: report.vetoedUnits, mails } }
  },
}

export const monitorUnitTask: TaskConfig<{ input: { unit: string }; output: { score: number } }> = {
  slug: 'monitorUnit',
  label: '发布后复查本单位 / re-check a unit after publishing',
  retries: 2,
  inputSchema: [{ name: 'unit', type: 'text', required: true }],
  outputSchema: [{ name: 'score', type: 'number' }],
  handler: async ({ input, req }) => {
    const { report } = await refreshMonitoring(req.payload, { units: [Number.isNaN(Number(input.unit)) ? input.unit : Number(input.unit)] })
    return { output: { score: report.units[0]?.score.score ?? 0 } }
  },
}

/**
 * From 06:00 China time, queues the day's check unless it ran or is queued already (asked every hour by
 * the server; on start with a delay, so the check never competes with the start itself).
 */
export async function queueMonitoringIfDue(payload: Payload, now = new Date(), { delayMs = 0 } = {}): Promise<boolean> {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hour12: false }).format(now))
  if (hour < 6) return false
  const day = chinaDate(now)
  // Finished jobs are deleted: the day's rows say it ran.
  const done = await payload.count({ collection: 'monitoring-snapshots', overrideAccess: true, where: { dailyDay: { equals: day } } })
  const queued = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'monitoringDaily' } }, { 'input.day': { equals: day } }] } })
  if (done.totalDocs > 0 || queued.totalDocs > 0) return false
  await payload.jobs.queue({ task: 'monitoringDaily', input: { day }, ...(delayMs ? { waitUntil: new Date(Date.now() + delayMs) } : {}) })
  return true
}
