import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { asRoleUser, tenantIdsWithRole, type ID } from '../../src/access/roles'
import { chinaDate } from '../../src/calendar/working-calendar'
import { monitorUnits } from '../../src/monitoring/reads/report'
import type { LinkedFinding, MonitoringReport } from '../../src/monitoring/report'
import { scoreUnit } from '../../src/monitoring/scoring'
import { readMonitoringSettings } from './settings'
import { refreshMonitoring } from './store'
import { ClientError } from '../shared/client-error'
import { isHubStaff } from '../Letters/access'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** The units `req` may see: all (hub staff), its own units, or none. */
async function visibleUnits(req: PayloadRequest): Promise<true | ID[]> {
  if (!req.user) throw new ClientError('请先登录', 'sign in first', 403)
  if (await isHubStaff(req)) return true
  const own = tenantIdsWithRole(asRoleUser(req.user))
  if (own.length === 0) throw new ClientError('没有可查看监测结果的单位', 'no unit whose monitoring you may see', 403)
  return own
}

/**
 * The group's results as stored this month (the daily check ranks them; each publish refreshes its
 * unit): checking 100,000 items takes about a minute, too long for a request. A month without rows
 * yet is checked now, and stored.
 */
async function storedGroupReport(payload: Payload): Promise<MonitoringReport & { source: 'stored' | 'live' }> {
  const rows = await payload.find({
    collection: 'monitoring-snapshots', where: { month: { equals: chinaDate(new Date()).slice(0, 7) } }, pagination: false, depth: 0, overrideAccess: true,
    select: { tenant: true, score: true, vetoed: true, rank: true, findings: true, checkedAt: true },
  })
  if (rows.docs.length === 0) return { ...(await refreshMonitoring(payload)).report, source: 'live' }
  const [units, { deductions }] = await Promise.all([
    payload.find({ collection: 'tenants', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, name: true, kind: true, hasSubSite: true } }),
    readMonitoringSettings(payload),
  ])
  const unitOf = new Map(units.docs.map((u) => [String(u.id), u]))
  const list = rows.docs.flatMap((r) => {
    const u = unitOf.get(String(r.tenant))
    if (!u) return []
    const findings = (Array.isArray(r.findings) ? r.findings : []) as unknown as LinkedFinding[]
    return [{ id: u.id, slug: u.slug, name: u.name, kind: u.kind, hasSite: u.kind === 'hub' || Boolean(u.hasSubSite), score: { ...scoreUnit(findings as never, deductions), score: r.score, vetoed: Boolean(r.vetoed) }, rank: r.rank ?? null, findings, checkedAt: r.checkedAt }]
  })
  list.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.slug.localeCompare(b.slug))
  const checkedAt = list.map((u) => u.checkedAt).sort()[0]
  return { checkedAt, ranked: true, vetoedUnits: list.filter((u) => u.score.vetoed).length, units: list, source: 'stored' }
}

/**
 * GET /api/monitoring[?unit=<slug>]. Hub staff get every unit with the group ranking, as stored this
 * month (each unit with its `checkedAt`); a unit's staff the live check of their own units; `?unit=`
 * the live check of one unit with its monthly history; another unit's slug is refused (403).
 */
export const monitoringEndpoint: Endpoint = {
  path: '/monitoring',
  method: 'get',
  handler: async (req) => {
    const visible = await visibleUnits(req)
    const slug = req.searchParams.get('unit')
    if (slug === null) {
      return json(visible === true ? await storedGroupReport(req.payload) : { ...(await monitorUnits(req.payload, { units: visible })), source: 'live' })
    }
    if (!/^[a-z0-9-]{1,40}$/.test(slug)) throw new ClientError('unit 须为单位标识', 'unit must be a unit slug')
    const found = await req.payload.find({ collection: 'tenants', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, select: { slug: true } })
    const unit = found.docs[0]
    if (!unit) throw new ClientError(`没有单位“${slug}”`, `no unit ${slug}`, 404)
    if (visible !== true && !visible.some((id) => String(id) === String(unit.id))) throw new ClientError('无权查看该单位的监测结果', 'not your unit', 403)
    const [report, history] = await Promise.all([
      monitorUnits(req.payload, { units: [unit.id] }),
      req.payload.find({
        collection: 'monitoring-snapshots', where: { tenant: { equals: unit.id } }, sort: '-month', limit: 24, depth: 0, overrideAccess: true,
        select: { month: true, score: true, vetoed: true, rank: true, findingCount: true, checkedAt: true },
      }),
    ])
    return json({ ...report, source: 'live', history: history.docs })
  },
}
