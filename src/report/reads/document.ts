import type { Payload } from 'payload'
import type { AnnualReport } from '../../payload-types'
import type { ID } from '../../access/roles'
import { buildReport } from '../build'
import { checkReport, type Problem } from '../checks'
import type { ReportFigures } from '../figures'
import { emptyEntered, prefillFrom, type EnteredParts, type ReportDocument } from '../template'
import { readReportFigures } from './figures'

/**
 * A unit's report for a year as a document: the stored report's entered parts (or, without one, last
 * year's as a prefill) with its frozen figures once submitted, else the figures as the records are now.
 */
export async function readReportDocument(payload: Payload, unit: { id: ID; name: string }, year: number, opts: { publishedOnly?: boolean } = {}): Promise<{ report: AnnualReport | null; document: ReportDocument; problems: Problem[]; frozen: boolean } | null> {
  const find = (y: number) => payload.find({ collection: 'annual-reports', where: { and: [{ unit: { equals: unit.id } }, { year: { equals: y } }] }, limit: 1, depth: 0, overrideAccess: true }).then((r) => r.docs[0] ?? null)
  const report = await find(year)
  if (opts.publishedOnly && report?.status !== 'published') return null
  const entered: EnteredParts = report ? (report as unknown as EnteredParts) : prefillFrom((await find(year - 1)) as unknown as EnteredParts | null)
  const frozen = Boolean(report?.figures && report.status !== 'draft')
  const figures = frozen ? (report!.figures as unknown as ReportFigures) : (await readReportFigures(payload, unit.id, year, report?.scope)).figures
  const safe = { ...emptyEntered(), ...entered }
  return { report, document: buildReport(unit.name, year, figures, safe), problems: checkReport(figures.table3, safe), frozen }
}
