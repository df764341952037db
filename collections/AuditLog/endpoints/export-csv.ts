import { stringify } from 'csv-stringify/sync'
import { type Endpoint, type Where } from 'payload'
import { auditActions, auditCsvRecords, type AuditRow } from '../../../src/audit/actions'
import { ClientError } from '../../shared/client-error'
import { dateParam } from '../../shared/params'

const MAX_ROWS = 50_000

/** GET /api/audit-log/export.csv?from=&to=&action=: the reader's scope as CSV (UTF-8 with BOM for Excel). */
export const auditExportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new ClientError('请先登录', 'sign in first', 401)
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const from = dateParam(params.get('from'), 'from')
    const to = dateParam(params.get('to'), 'to', { endOfDay: true })
    const action = params.get('action')
    if (action && !auditActions.some((a) => a.value === action)) throw new ClientError(`未知的操作类型“${action}”`, `unknown action "${action}"`)
    const and: Where[] = []
    if (from) and.push({ at: { greater_than_equal: from.toISOString() } })
    if (to) and.push({ at: { less_than_equal: to.toISOString() } })
    if (action) and.push({ action: { equals: action } })
    // overrideAccess false: the collection's read access narrows the export to the reader's scope.
    const found = await req.payload.find({
      collection: 'audit-log', where: and.length ? { and } : {}, sort: '-at', limit: MAX_ROWS, depth: 1,
      overrideAccess: false, user: req.user, req,
    })
    const rows: AuditRow[] = found.docs.map((doc) => ({
      at: doc.at,
      action: doc.action,
      userName: doc.userName ?? undefined,
      tenantName: typeof doc.tenant === 'object' ? doc.tenant?.shortName : undefined,
      collectionSlug: doc.collectionSlug ?? undefined,
      documentId: doc.documentId ?? undefined,
      summary: doc.summary ?? undefined,
      comment: doc.comment ?? undefined,
      ip: doc.ip ?? undefined,
    }))
    const csv = '\uFEFF' + stringify(auditCsvRecords(rows))
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
        'X-Total-Count': String(found.totalDocs),
      },
    })
  },
}
