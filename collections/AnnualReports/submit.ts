import type { PayloadRequest } from 'payload'
import { idOf, type ID } from '../../src/access/roles'
import { inRequestTransaction } from '../../src/db/transaction'
import { buildReport } from '../../src/report/build'
import { checkReport } from '../../src/report/checks'
import type { ReportFigures } from '../../src/report/figures'
import { readReportFigures } from '../../src/report/reads/figures'
import type { EnteredParts } from '../../src/report/template'
import { blocksToLexical } from '../../src/seed/demo/bodies'
import { reportBlocks } from '../../src/report/blocks'
import { recordAudit } from '../AuditLog/record'
import { reviewRequired } from '../shared/workflow/review-hook'
import { ClientError } from '../shared/client-error'
import { canWrite } from './access'

/** A report the user may see, or 404. */
export async function findReport(req: PayloadRequest, id: string) {
  const doc = await req.payload.findByID({ collection: 'annual-reports', id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!doc) throw new ClientError('年报不存在或无权查看', 'no such report, or not yours to see', 404)
  return doc
}

/**
 * Takes the figures from the records, refuses a report that fails the template's checks (400,
 * nothing stored), freezes the figures, and files the report as a draft disclosure item in
 * 政府信息公开年报, written as the user so the unit's review rule and index numbers apply.
 */
export async function submitReport(req: PayloadRequest, id: string) {
  const report = await findReport(req, id)
  const unit = idOf(report.unit as never) as ID
  if (!canWrite(req, unit)) throw new ClientError('只有本单位的编辑或站点管理员可以提交年报', 'only an editor or webmaster of the unit can submit its report', 403)
  if (report.status === 'published') throw new ClientError('年报已发布', 'the report is already published')
  const { figures, traces } = await readReportFigures(req.payload, unit, report.year, report.scope)
  const entered = report as unknown as EnteredParts
  const problems = checkReport(figures.table3, entered)
  if (problems.length) {
    throw new ClientError(`年报未通过校验，不能提交：${problems.map((p) => p.zh).join('；')}`, `the report fails the template's checks: ${problems.map((p) => p.en).join('; ')}`, 400, { problems })
  }
  const tenant = await req.payload.findByID({ collection: 'tenants', id: unit, depth: 0, overrideAccess: true, req })
  const document = buildReport(String(tenant.name), report.year, figures, entered)
  const column = (await req.payload.find({ collection: 'columns', where: { key: { equals: 'annual-report' } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  return inRequestTransaction(req, async () => {
    const item = {
      tenant: unit, title: document.title, column: column.id, issuer: String(tenant.name), mode: 'proactive' as const,
      writtenAt: new Date().toISOString(), subjects: ['年报', String(report.year)], body: blocksToLexical(reportBlocks(document)), _status: 'draft' as const,
    }
    const existing = idOf(report.disclosure as never)
    const disclosure = existing
      ? await req.payload.update({ collection: 'disclosures', id: existing, data: item as never, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
      : await req.payload.create({ collection: 'disclosures', data: item as never, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    const updated = await req.payload.update({
      collection: 'annual-reports', id: report.id, depth: 0, overrideAccess: true, req, context: { annualReportSystem: true },
      data: { status: 'submitted', figures: figures as unknown as Record<string, unknown>, traces, submittedAt: new Date().toISOString(), disclosure: disclosure.id },
    })
    await recordAudit(req, { action: 'update', tenant: unit, collectionSlug: 'annual-reports', documentId: report.id, summary: `${document.title} 提交` })
    return { report: updated, disclosure: disclosure.id, reviewRequired: await reviewRequired(req, unit, 'disclosures') }
  })
}

export const snapshotOf = (doc: { figures?: unknown }) => (doc.figures ?? null) as ReportFigures | null
