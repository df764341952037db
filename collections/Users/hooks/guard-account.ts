import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { asRoleUser } from '../../../src/access/roles'
import { accountDeleteProblems, accountUpdateProblems, type AccountTarget } from '../../../src/access/user-management'
import { ClientError } from '../../shared/client-error'

/** A webmaster manages a user's rows in their own units; the account itself only when it is wholly theirs. */
export const guardAccountUpdate: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const actor = asRoleUser(req.user)
  if (!actor || operation !== 'update' || !originalDoc) return data
  const problems = accountUpdateProblems(actor, originalDoc as AccountTarget, data)
  if (problems.length > 0) throw ClientError.from(problems.join('；'), 403)
  return data
}

export const guardAccountDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const actor = asRoleUser(req.user)
  if (!actor) return
  const target = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  const problems = target ? accountDeleteProblems(actor, target) : []
  if (problems.length > 0) throw ClientError.from(problems.join('；'), 403)
}
