import { isSuperAdmin, sameId, tenantIdsWithRole, type ID, type RoleUser } from '../access/roles'
import type { ActorKind } from './rules'

/**
 * Who sees and handles a letter. Contact data and private letters are the writer's: only hub staff
 * (the portal's webmasters and hub editors, super-admins), the unit that answers, and the webmaster
 * of the unit whose mailbox received the letter may read it. Pure: the hub's ids come in.
 */
export interface LetterPlaces {
  /** The unit whose mailbox received it. */
  site: ID
  /** The unit that answers. */
  unit: ID
}

export function isHubStaffUser(user: RoleUser | null | undefined, hubIds: readonly ID[]): boolean {
  if (!user) return false
  if (isSuperAdmin(user)) return true
  return tenantIdsWithRole(user, ['hub-editor', 'webmaster']).some((id) => hubIds.some((h) => sameId(h, id)))
}

/** The read filter: true (everything), false, or the units whose letters the user may read. */
export function readableLetters(user: RoleUser | null | undefined, hubIds: readonly ID[]): boolean | { answering: ID[]; mailboxes: ID[] } {
  if (!user) return false
  if (isHubStaffUser(user, hubIds)) return true
  const answering = tenantIdsWithRole(user, ['webmaster', 'editor', 'reviewer'])
  const mailboxes = tenantIdsWithRole(user, ['webmaster'])
  return answering.length || mailboxes.length ? { answering, mailboxes } : false
}

export function actorKinds(user: RoleUser | null | undefined, letter: LetterPlaces, hubIds: readonly ID[]): Set<ActorKind> {
  const kinds = new Set<ActorKind>()
  if (!user) return kinds
  const holds = (unit: ID, roles: Parameters<typeof tenantIdsWithRole>[1]) => isSuperAdmin(user) || tenantIdsWithRole(user, roles).some((id) => sameId(id, unit))
  const hubMailbox = hubIds.some((h) => sameId(h, letter.site))
  if (hubMailbox ? isHubStaffUser(user, hubIds) : holds(letter.site, ['webmaster'])) kinds.add('manager')
  if (holds(letter.unit, ['webmaster', 'editor', 'hub-editor'])) kinds.add('writer')
  if (holds(letter.unit, ['webmaster', 'reviewer'])) kinds.add('reviewer')
  return kinds
}
