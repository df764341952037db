import type { Endpoint, PayloadRequest } from 'payload'
import { asRoleUser, tenantIdsWithRole, type ID } from '../../src/access/roles'
import { monitorUnits } from '../../src/monitoring/reads/report'
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
 * GET /api/monitoring[?unit=<slug>]: the live check. Hub staff get every unit with the group ranking
 * (or one unit); a unit's staff their own units; another unit's slug is refused (403). With `unit`, the
 * answer also carries the unit's monthly history.
 */
export const monitoringEndpoint: Endpoint = {
  path: '/monitoring',
  method: 'get',
  handler: async (req) => {
    const visible = await visibleUnits(req)
    const slug = req.searchParams.get('unit')
    if (slug === null) {
      return json(await monitorUnits(req.payload, { units: visible === true ? undefined : visible }))
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
    return json({ ...report, history: history.docs })
  },
}
