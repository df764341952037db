import type { Payload } from 'payload'
import { currentYears } from '../../src/disclosure/index-number'
import { ensureSequences } from './sequences'

/** On start: every unit's counters for this year and next (covers the turn of the year on restart). */
export async function prepareSequences(payload: Payload): Promise<number> {
  const tenants = await payload.find({ collection: 'tenants', pagination: false, depth: 0, select: { unitCode: true } })
  const years = currentYears()
  return ensureSequences(payload, tenants.docs.flatMap((t) => years.map((year) => ({ unitCode: t.unitCode, year }))))
}
