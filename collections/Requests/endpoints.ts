import type { Endpoint, PayloadRequest } from 'payload'
import { asRoleUser, hasTenantRole, tenantIdsWithRole } from '../../src/access/roles'
import { readTable3 } from '../../src/requests/reads/table3'
import { RequestError } from '../../src/requests/state-machine'
import type { Channel } from '../../src/requests/submission'
import { csvText } from '../../src/shared/csv'
import { isHubStaff } from '../Letters/access'
import { DOCUMENT_LIMITS, readSubmission } from '../shared/read-submission'
import { ClientError, refusingBadInput } from '../shared/client-error'
import { bodyOf } from '../shared/params'
import { stepRequest } from './step'
import { createRequest, findRequestSite } from './submit'
import { requestDocumentFile, trackRequest, withdrawRequest } from './track'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const signedIn = (req: PayloadRequest) => {
  if (!req.user) throw new ClientError('请先登录', 'sign in first', 401)
}

export const requestEndpoints: Endpoint[] = [
  {
    // Public: the application form's data (JSON or form), with the anti-abuse check of GET /api/letters/challenge.
    path: '/submit', method: 'post',
    handler: async (req) => refusingBadInput(async () => {
      const { fields } = await readSubmission(req as unknown as Request)
      return json({ message: '申请已收到 / application received', ...(await createRequest(req.payload, await findRequestSite(req.payload, fields.site), fields)) }, 201)
    }),
  },
  {
    // Staff of the unit register an application received in person, by post or fax, on the day Art. 31 names.
    path: '/register', method: 'post',
    handler: async (req) => refusingBadInput(async () => {
      signedIn(req)
      const body = await bodyOf(req)
      const site = await findRequestSite(req.payload, body.site)
      if (!hasTenantRole(asRoleUser(req.user), site.id, ['webmaster', 'editor'])) throw new RequestError('missing', '只有本单位的编辑或站点管理员可以登记申请', 'only an editor or webmaster of the unit can register applications', 403)
      return json({ message: '已登记 / registered', ...(await createRequest(req.payload, site, body, { staff: req, channel: body.channel as Channel, receivedDay: body.receivedDay as string })) }, 201)
    }),
  },
  {
    path: '/track', method: 'post',
    handler: async (req) => refusingBadInput(async () => {
      const body = await bodyOf(req)
      return json(await trackRequest(req.payload, body.code, body.password))
    }),
  },
  {
    // The applicant downloads an answer document: { code, password, document }.
    path: '/track/document', method: 'post',
    handler: async (req) => refusingBadInput(async () => {
      const body = await bodyOf(req)
      return requestDocumentFile(req.payload, body.code, body.password, body.document)
    }),
  },
  {
    // The applicant withdraws (撤回申请) with code and password.
    path: '/withdraw', method: 'post',
    handler: async (req) => refusingBadInput(async () => {
      const body = await bodyOf(req)
      return json(await withdrawRequest(req.payload, body.code, body.password))
    }),
  },
  {
    path: '/:id/step', method: 'post',
    handler: async (req) => refusingBadInput(async () => {
      signedIn(req)
      // JSON, or a multipart form when the answer carries its documents (field `documents`).
      const { fields, files } = await readSubmission(req as unknown as Request, { limits: DOCUMENT_LIMITS, fileField: 'documents' })
      const doc = await stepRequest(req, String(req.routeParams?.id ?? ''), fields, files)
      return json({ message: '已办理 / done', doc: { id: doc.id, status: doc.status, due: doc.due, outcome: doc.outcome } })
    }),
  },
  {
    // Table 三 of the annual report: GET /api/requests/table3?year=2025[&format=csv]
    path: '/table3', method: 'get',
    handler: async (req) => refusingBadInput(async () => {
      signedIn(req)
      const year = Number(req.searchParams.get('year') ?? new Date().getFullYear())
      if (!Number.isInteger(year) || year < 2008 || year > 2200) throw new ClientError('year 须为 2008 年以后的四位年份', 'year must be a four-digit year from 2008')
      const format = req.searchParams.get('format') ?? 'json'
      if (format !== 'json' && format !== 'csv') throw new ClientError('format 须为 json 或 csv', 'format must be json or csv')
      const units = (await isHubStaff(req)) ? true : tenantIdsWithRole(asRoleUser(req.user), ['webmaster', 'editor', 'reviewer'])
      if (units !== true && units.length === 0) throw new ClientError('没有可查看统计的单位', 'no unit whose statistics you may see', 403)
      const { rows, checks } = await readTable3(req.payload, { units, year })
      if (format === 'csv') {
        const head = ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
        const keys = ['natural', 'commercial', 'research', 'public-interest', 'legal-services', 'other-organization', 'total'] as const
        return new Response(csvText([head, ...rows.map((r) => [r.label, ...keys.map((k) => (r.values ? r.values[k] : ''))])]), {
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="table3-${year}.csv"` },
        })
      }
      return json({ year, checks, rows })
    }),
  },
]
