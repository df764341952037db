import type { Payload } from 'payload'
import { idOf } from '../../access/roles'
import type { UnitDoc } from '../../tenancy/reads/units'
import { lateness, reportDue, type Lateness } from '../deadlines'

export interface HubReportRow {
  unit: UnitDoc
  due: string
  publishedDay: string | null
  indexNumber: string | null
  lateness: Lateness
}

/** Every unit of the group with its published report for the year (if any) and its Art. 49 standing. */
export async function readHubReportList(payload: Payload, units: readonly UnitDoc[], year: number, today: string): Promise<HubReportRow[]> {
  const published = await payload.find({
    collection: 'annual-reports', where: { and: [{ year: { equals: year } }, { status: { equals: 'published' } }] }, pagination: false, depth: 0, overrideAccess: true,
    select: { unit: true, publishedDay: true, indexNumber: true },
  })
  const byUnit = new Map(published.docs.map((d) => [String(idOf(d.unit as never)), d]))
  return units.map((unit) => {
    const r = byUnit.get(String(unit.id))
    return { unit, due: reportDue(unit.kind, year), publishedDay: r?.publishedDay ?? null, indexNumber: r?.indexNumber ?? null, lateness: lateness(unit.kind, year, r?.publishedDay, today) }
  })
}

/** The years that have a published report in the group (or of one unit), newest first. */
export async function readReportYears(payload: Payload, unit?: number | string): Promise<number[]> {
  const found = await payload.find({ collection: 'annual-reports', where: { and: [{ status: { equals: 'published' } }, ...(unit === undefined ? [] : [{ unit: { equals: unit } }])] }, pagination: false, depth: 0, overrideAccess: true, select: { year: true } })
  return [...new Set(found.docs.map((d) => d.year))].sort((a, b) => b - a)
}
