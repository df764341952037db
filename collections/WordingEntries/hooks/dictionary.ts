import { type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'
import { compileDictionary, mergeDictionaries, type WordingMatcher } from '../../../src/wording/matcher'
import type { WordingEntry as WordingEntryDoc } from '../../../src/payload-types'
import type { WordingEntry } from '../../../src/wording/types'
import { refusingBadInput } from '../../shared/client-error'

type ID = string | number

const compiled = new Map<string, { stamp: string; matcher: WordingMatcher }>()

/** Called after any dictionary change in this process; other processes notice by the stamp. */
export function forgetCompiledDictionaries(): void {
  compiled.clear()
}

const groupOnly: Where = { tenant: { exists: false } }
const ofTenant = (tenant: ID): Where => ({ tenant: { equals: tenant } })

async function stampOf(req: PayloadRequest, where: Where): Promise<string> {
  const latest = await req.payload.find({ collection: 'wording-entries', where, sort: '-updatedAt', limit: 1, depth: 0, req, select: { updatedAt: true } })
  return `${latest.totalDocs}@${String(latest.docs[0]?.updatedAt ?? '')}`
}

async function entriesOf(req: PayloadRequest, where: Where, excludeId?: ID): Promise<WordingEntry[]> {
  const found = await req.payload.find({ collection: 'wording-entries', where, pagination: false, depth: 0, req })
  return found.docs
    .filter((doc) => excludeId === undefined || String(doc.id) !== String(excludeId))
    .map(toEntry)
}

function toEntry(doc: Partial<Pick<WordingEntryDoc, 'wrong' | 'correct' | 'severity' | 'note'>>): WordingEntry {
  const entry: WordingEntry = { wrong: String(doc.wrong ?? ''), severity: doc.severity === 'warn' ? 'warn' : 'block' }
  if (typeof doc.correct === 'string' && doc.correct.trim()) entry.correct = doc.correct
  if (typeof doc.note === 'string' && doc.note.trim()) entry.note = doc.note
  return entry
}

/** The group dictionary merged with one unit's additions, compiled once per change. */
export async function matcherFor(req: PayloadRequest, tenant: ID | undefined): Promise<WordingMatcher> {
  const key = String(tenant ?? '')
  const stamp = `${await stampOf(req, groupOnly)}|${tenant === undefined ? '' : await stampOf(req, ofTenant(tenant))}`
  const cached = compiled.get(key)
  if (cached?.stamp === stamp) return cached.matcher
  const group = await entriesOf(req, groupOnly)
  const own = tenant === undefined ? [] : await entriesOf(req, ofTenant(tenant))
  const matcher = compileDictionary(mergeDictionaries(group, own))
  compiled.set(key, { stamp, matcher })
  return matcher
}

/** Refuses an entry that would make the dictionary contradict itself (its correct form listed as wrong). */
export const validateWordingEntry: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const tenant = (data.tenant ?? undefined) as ID | undefined
  const group = await entriesOf(req, groupOnly, originalDoc?.id)
  const own = tenant === undefined || tenant === null ? [] : await entriesOf(req, ofTenant(tenant), originalDoc?.id)
  const candidate = toEntry(data)
  await refusingBadInput(() =>
    compileDictionary(tenant == null ? mergeDictionaries([...group, candidate], []) : mergeDictionaries(group, [...own, candidate])),
  )
  return data
}
