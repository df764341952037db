import type { Payload, Where } from 'payload'
import type { ID } from '../../access/roles'
import type { ApplicantKind, Outcome } from '../outcomes'
import { table3, type Table3Record } from '../table3'

/** Table 三 for a year over the applications some units answer (all units when `units` is true). */
export async function readTable3(payload: Payload, opts: { units: true | ID[]; year: number }) {
  const and: Where[] = [{ receivedDay: { less_than_equal: `${opts.year}-12-31` } }, { or: [{ endedDay: { exists: false } }, { endedDay: { equals: null } }, { endedDay: { greater_than_equal: `${opts.year - 1}-12-31` } }] }]
  if (opts.units !== true) and.push({ unit: { in: opts.units } })
  const found = await payload.find({
    collection: 'requests', where: { and }, pagination: false, depth: 0, overrideAccess: true,
    select: { applicant: { kind: true }, receivedDay: true, endedDay: true, outcome: true },
  })
  const records: Table3Record[] = found.docs.map((d) => ({ applicant: d.applicant.kind as ApplicantKind, receivedDay: d.receivedDay, endedDay: d.endedDay, outcome: d.outcome as Outcome | null }))
  return table3(records, opts.year)
}
