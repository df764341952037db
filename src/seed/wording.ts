import type { Payload } from 'payload'
import { starterDictionary } from '../wording/starter-dictionary'

/** Loads the starter wording dictionary as group entries when the group has none yet. */
export async function seedWordingDictionary(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'wording-entries', where: { tenant: { exists: false } } })
  if (totalDocs > 0) return 0
  for (const entry of starterDictionary) {
    await payload.create({ collection: 'wording-entries', data: { ...entry }, depth: 0, context: { trustedSeed: true } })
  }
  return starterDictionary.length
}
