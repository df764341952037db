import type { CollectionBeforeChangeHook } from 'payload'
import { asRoleUser, checkGrant } from '../../../src/access/roles'
import { hubUnitIds } from '../../../src/tenancy/reads/units'
import { ClientError } from '../../shared/client-error'

/** Only grants the actor may give (src/access/roles.ts checkGrant); hub-editor only on the hub. */
export const checkRoleGrant: CollectionBeforeChangeHook = async ({ data, originalDoc: stored, req, operation }) => {
  // On create Payload passes {} (or the duplicated document): nothing granted before counts.
  const originalDoc = operation === 'update' ? stored : undefined
  const actor = asRoleUser(req.user)
  if (!actor) return data
  const tenants = data.tenants ?? originalDoc?.tenants
  const wantsHubEditor = (tenants ?? []).some((row: { roles?: string[] }) => row.roles?.includes('hub-editor'))
  const hubId = wantsHubEditor ? (await hubUnitIds(req.payload, req))[0] : undefined
  const problems = checkGrant(actor, { roles: data.roles ?? originalDoc?.roles, tenants }, originalDoc, hubId)
  if (problems.length > 0) throw ClientError.from(problems.join('；'), 403)
  return data
}
