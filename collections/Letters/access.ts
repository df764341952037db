import type { Access, PayloadRequest, Where } from 'payload'
import { asRoleUser } from '../../src/access/roles'
import { actorKinds, isHubStaffUser, readableLetters } from '../../src/letters/access'
import { hubUnitIds } from '../../src/tenancy/reads/units'
import type { ID } from '../../src/access/roles'

/** Hub staff read every letter; a unit reads what it answers and, its webmaster, what its mailbox received. */
export const letterReadAccess: Access = async ({ req }) => {
  const scope = readableLetters(asRoleUser(req.user), await hubUnitIds(req.payload, req))
  if (typeof scope === 'boolean') return scope
  const or: Where[] = [{ unit: { in: scope.answering } }, { site: { in: scope.mailboxes } }]
  return { or }
}

export async function isHubStaff(req: PayloadRequest): Promise<boolean> {
  return isHubStaffUser(asRoleUser(req.user), await hubUnitIds(req.payload, req))
}

export async function actorKindsOf(req: PayloadRequest, letter: { site: ID; unit: ID }) {
  return actorKinds(asRoleUser(req.user), letter, await hubUnitIds(req.payload, req))
}
