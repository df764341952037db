import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { idOf, type ID } from '../../src/access/roles'
import { buildReport } from '../../src/report/build'
import { reportDocx } from '../../src/report/docx'
import { figureAt } from '../../src/report/figures'
import { readReportFigures } from '../../src/report/reads/figures'
import type { EnteredParts } from '../../src/report/template'
import { ClientError, refusingBadInput } from '../shared/client-error'
import { findReport, snapshotOf, submitReport } from './submit'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const signedIn = (req: PayloadRequest) => {
  if (!req.user) throw new ClientError('请先登录', 'sign in first', 401)
}
const reportId = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/** Which collection a cell's records live in, and what names them in a list. */
const traceTargets: Record<string, { collection: CollectionSlug; label: string }> = {
  t3: { collection: 'requests', label: 'trackingCode' },
  letters: { collection: 'letters', label: 'trackingCode' },
  proactive: { collection: 'disclosures', label: 'title' },
}

/** The report's figures: frozen ones once submitted, else taken from the records now. */
async function figuresOf(req: PayloadRequest, doc: Awaited<ReturnType<typeof findReport>>) {
  const frozen = snapshotOf(doc)
  if (frozen && doc.traces) return { figures: frozen, traces: doc.traces as Record<string, ID[]>, frozen: true }
  return { ...(await readReportFigures(req.payload, idOf(doc.unit as never)!, doc.year, doc.scope)), frozen: false }
}

export const annualReportEndpoints: Endpoint[] = [
  {
    path: '/:id/submit', method: 'post',
    handler: async (req) => refusingBadInput(async () => {
      signedIn(req)
      const result = await submitReport(req, reportId(req))
      return json({
        message: result.reviewRequired ? '已提交，信息公开条目已生成，请送审 / submitted: send the disclosure item for review' : '已提交，信息公开条目已生成，可发布 / submitted: the disclosure item may be published',
        id: result.report.id, status: result.report.status, disclosure: result.disclosure, reviewRequired: result.reviewRequired, figures: result.report.figures,
      })
    }),
  },
  {
    // GET /api/annual-reports/:id/trace?cell=t3:new:total — the records a computed cell counts.
    path: '/:id/trace', method: 'get',
    handler: async (req) => refusingBadInput(async () => {
      signedIn(req)
      const doc = await findReport(req, reportId(req))
      const cell = req.searchParams.get('cell') ?? ''
      const target = traceTargets[cell.split(':')[0]]
      const { figures, traces, frozen } = await figuresOf(req, doc)
      const ids = traces[cell]
      if (!target || !ids) throw new ClientError('cell 不是本年报的统计项', 'cell is not a computed figure of this report', 404)
      const found = ids.length
        // Listed with the reader's own access: a letter forwarded from the unit's mailbox to another unit is counted, but its details are not theirs to see.
        ? (await req.payload.find({ collection: target.collection, where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: false, user: req.user, draft: false, select: { [target.label]: true } as never })).docs as unknown as Record<string, unknown>[]
        : []
      const records = found.map((d) => ({ id: d.id as ID, label: String(d[target.label] ?? d.id), href: `/admin/collections/${target.collection}/${String(d.id)}` }))
      return json({ cell, value: figureAt(figures, cell), frozen, collection: target.collection, ids, records, notShown: ids.length - records.length })
    }),
  },
  {
    // GET /api/annual-reports/:id/docx — the report as a Word document.
    path: '/:id/docx', method: 'get',
    handler: async (req) => refusingBadInput(async () => {
      signedIn(req)
      const doc = await findReport(req, reportId(req))
      const { figures } = await figuresOf(req, doc)
      const unit = await req.payload.findByID({ collection: 'tenants', id: idOf(doc.unit as never)!, depth: 0, overrideAccess: true })
      const bytes = await reportDocx(buildReport(String(unit.name), doc.year, figures, doc as unknown as EnteredParts))
      return new Response(new Uint8Array(bytes), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Cache-Control': 'no-store',
          'Content-Disposition': `attachment; filename="annual-report-${doc.year}.docx"; filename*=UTF-8''${encodeURIComponent(`${unit.shortName ?? unit.name}${doc.year}年政府信息公开工作年度报告.docx`)}`,
        },
      })
    }),
  },
]
