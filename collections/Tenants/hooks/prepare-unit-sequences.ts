import type { CollectionAfterChangeHook } from 'payload'
import type { Tenant } from '../../../src/payload-types'
import { currentYears } from '../../../src/disclosure/index-number'
import { ensureSequences } from '../../IndexSequences/sequences'

/** A unit's index-number counters for this year and next exist before anyone publishes, so publishing only increments. */
export const prepareUnitSequences: CollectionAfterChangeHook<Tenant> = async ({ doc, req }) => {
  await ensureSequences(req.payload, currentYears().map((year) => ({ unitCode: doc.unitCode, year })), req)
}
