import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'
import { tenantIdsWithRole } from '../../../src/access/roles'
import { adoptionStatistics } from '../../../src/syndication/submission-rules'
import { ClientError } from '../../shared/client-error'
import { periodParams } from '../../shared/params'
import { isHubStaff } from '../access/hub-staff'

/**
 * GET /api/hub-submissions/stats?from=2026-01-01&to=2026-12-31 (or ?year=2026)[&format=csv]: 信息报送采用统计 per unit.
 * Hub staff see every unit; a unit's webmaster sees their own units.
 */
export const submissionStatsEndpoint: Endpoint = {
  path: '/stats',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new ClientError('请先登录', 'sign in first', 401)
    const { from, to, format } = periodParams(req.searchParams)
    const staff = await isHubStaff(req)
    const own = tenantIdsWithRole(req.user, ['webmaster']).map(String)
    if (!staff && own.length === 0) throw new ClientError('只有主站编辑和站点管理员可以查看报送统计', 'only hub staff and webmasters can see submission statistics', 403)

    const [found, tenants] = await Promise.all([
      req.payload.find({ collection: 'hub-submissions', pagination: false, depth: 0, req, select: { sourceTenant: true, status: true, submittedAt: true } }),
      req.payload.find({ collection: 'tenants', pagination: false, depth: 0, req, select: { shortName: true } }),
    ])
    const names = new Map(tenants.docs.map((t) => [String(t.id), String(t.shortName)]))
    const records = found.docs
      .filter((d) => staff || own.includes(String(d.sourceTenant)))
      .map((d) => ({ unit: String(d.sourceTenant), status: d.status, submittedAt: String(d.submittedAt) }))
    const rows = adoptionStatistics(records, from, to).map((s) => ({ ...s, unitName: names.get(s.unit) ?? s.unit }))
    if (format === 'csv') {
      const csv = stringify([
        ['单位 / unit', '报送 / submitted', '采用 / adopted', '未采用 / declined', '待处理 / pending', '已撤回 / retracted', '采用率 / adoption rate'],
        ...rows.map((r) => [r.unitName, r.submitted, r.adopted, r.declined, r.pending, r.retracted, r.adoptionRate === null ? '' : `${(r.adoptionRate * 100).toFixed(1)}%`]),
      ])
      return new Response(`\uFEFF${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="hub-submission-stats.csv"' } })
    }
    return Response.json({ from: from?.toISOString() ?? null, to: to?.toISOString() ?? null, units: rows })
  },
}
