import type { Payload, Where } from 'payload'
import { idOf, type ID } from '../../access/roles'
import { catalogue } from '../../disclosure/catalogue'
import type { LetterStatus } from '../../letters/rules'
import type { ApplicantKind, Outcome } from '../../requests/outcomes'
import { computeReport, type CategoryInfo, type ComputedReport } from '../figures'

/** The Art. 20 categories under 法定主动公开内容, in catalogue order. */
export const reportCategories: CategoryInfo[] = (catalogue.find((n) => n.key === 'mandatory')?.children ?? []).map((n) => ({ key: n.key, title: n.title }))

/** A year of China time as instants. */
export const yearBounds = (year: number) => ({ from: `${year}-01-01T00:00:00.000+08:00`, to: `${year}-12-31T23:59:59.999+08:00` })

/** The category (a 法定主动公开内容 node) each column falls under, following parents up the tree. */
async function categoryOfColumn(payload: Payload): Promise<(column: ID | undefined) => string | undefined> {
  const columns = await payload.find({ collection: 'columns', pagination: false, depth: 0, overrideAccess: true, select: { key: true, parent: true } })
  const byId = new Map(columns.docs.map((c) => [String(c.id), { key: c.key, parent: idOf(c.parent as never) }]))
  const keys = new Set(reportCategories.map((c) => c.key))
  return (column) => {
    for (let at = column === undefined ? undefined : byId.get(String(column)), hops = 0; at && hops < 20; at = at.parent === undefined ? undefined : byId.get(String(at.parent)), hops++) {
      if (keys.has(at.key)) return at.key
    }
    return undefined
  }
}

export type ReportScope = 'unit' | 'with-departments'

/** The units a report counts: the unit itself, or a government with the department units of the group. */
export async function scopeUnits(payload: Payload, unit: ID, scope: ReportScope | null | undefined): Promise<ID[]> {
  if (scope !== 'with-departments') return [unit]
  const departments = await payload.find({ collection: 'tenants', where: { kind: { equals: 'department' } }, pagination: false, depth: 0, overrideAccess: true, select: {} })
  return [unit, ...departments.docs.map((d) => d.id)]
}

/**
 * Reads the records of a unit (or a government with its departments) for a year and computes the
 * report's figures and their traces. Letters count for the unit whose mailbox received them and for
 * the unit that answers them.
 */
export async function readReportFigures(payload: Payload, unit: ID, year: number, scope?: ReportScope | null): Promise<ComputedReport> {
  const units = await scopeUnits(payload, unit, scope)
  const { from, to } = yearBounds(year)
  const requestWhere: Where = { and: [
    { unit: { in: units } }, { receivedDay: { less_than_equal: `${year}-12-31` } },
    { or: [{ endedDay: { exists: false } }, { endedDay: { equals: null } }, { endedDay: { greater_than_equal: `${year - 1}-12-31` } }] },
  ] }
  const [requests, letters, disclosures, categoryOf] = await Promise.all([
    payload.find({ collection: 'requests', where: requestWhere, pagination: false, depth: 0, overrideAccess: true, select: { applicant: { kind: true }, receivedDay: true, endedDay: true, outcome: true } }),
    payload.find({
      collection: 'letters', pagination: false, depth: 0, overrideAccess: true,
      where: { and: [{ or: [{ unit: { in: units } }, { site: { in: units } }] }, { receivedAt: { greater_than_equal: from } }, { receivedAt: { less_than_equal: to } }] },
      select: { status: true, acceptedAt: true, repliedAt: true, rating: true },
    }),
    payload.find({
      collection: 'disclosures', pagination: false, depth: 0, overrideAccess: true,
      where: { and: [{ tenant: { in: units } }, { _status: { equals: 'published' } }, { mode: { equals: 'proactive' } }, { publishedAt: { greater_than_equal: from } }, { publishedAt: { less_than_equal: to } }] },
      select: { column: true },
    }),
    categoryOfColumn(payload),
  ])
  return computeReport({
    year,
    applications: requests.docs.map((d) => ({ id: d.id, applicant: d.applicant.kind as ApplicantKind, receivedDay: d.receivedDay, endedDay: d.endedDay, outcome: d.outcome as Outcome | null })),
    letters: letters.docs.map((d) => ({ id: d.id, unit: String(unit), status: d.status as LetterStatus, acceptedAt: d.acceptedAt, repliedAt: d.repliedAt, rating: d.rating })),
    proactive: disclosures.docs.flatMap((d) => {
      const category = categoryOf(idOf(d.column as never))
      return category ? [{ id: d.id, category }] : []
    }),
    categories: reportCategories,
  })
}
