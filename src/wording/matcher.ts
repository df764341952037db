import { AhoCorasick } from '@monyone/aho-corasick'
import type { Severity, WordingEntry, WordingHit } from './types'
import { BilingualError } from '../shared/bilingual-error'

export type WordingDictionaryErrorCode =
  | 'empty-wrong' | 'invalid-severity' | 'correct-equals-wrong' | 'correct-listed-as-wrong'

export class WordingDictionaryError extends BilingualError<WordingDictionaryErrorCode> {}

export interface WordingMatcher {
  /** Number of entries after trimming and merging duplicates. */
  readonly size: number
  readonly entries: readonly WordingEntry[]
  check(text: string): WordingHit[]
}

export interface WordingSummary {
  blocking: number
  warnings: number
  canSubmit: boolean
}

interface Span {
  begin: number
  end: number
}

const CONTEXT_CHARS = 10
const rank: Record<Severity, number> = { warn: 1, block: 2 }

const stricter = (a: Severity, b: Severity): Severity => (rank[b] > rank[a] ? b : a)

/** Merge two entries for the same wrong form: the stricter one leads, the other fills its gaps. */
function mergeSame(a: WordingEntry, b: WordingEntry): WordingEntry {
  const [lead, other] = rank[b.severity] > rank[a.severity] ? [b, a] : [a, b]
  return withOptional({ wrong: a.wrong, severity: lead.severity }, lead.correct ?? other.correct, lead.note ?? other.note)
}

function withOptional(base: Pick<WordingEntry, 'wrong' | 'severity'>, correct?: string, note?: string): WordingEntry {
  const entry: WordingEntry = { ...base }
  if (correct) entry.correct = correct
  if (note) entry.note = note
  return entry
}

const quote = (s: string) => JSON.stringify(s)

function normalize(entry: WordingEntry, index: number): WordingEntry {
  const wrong = typeof entry.wrong === 'string' ? entry.wrong.trim() : ''
  const label = `#${index + 1}`
  if (!wrong) {
    throw new WordingDictionaryError('empty-wrong', `词库第 ${label} 条的错误写法为空`, `entry ${label}: the wrong form is empty`)
  }
  if (entry.severity !== 'block' && entry.severity !== 'warn') {
    throw new WordingDictionaryError('invalid-severity',
      `词库条目 ${quote(wrong)} 的级别 ${quote(String(entry.severity))} 无效，应为 block 或 warn`,
      `entry ${quote(wrong)}: severity ${quote(String(entry.severity))} is not 'block' or 'warn'`)
  }
  const correct = entry.correct?.trim()
  if (correct === wrong) {
    throw new WordingDictionaryError('correct-equals-wrong',
      `词库条目 ${quote(wrong)} 的正确写法与错误写法相同`, `entry ${quote(wrong)}: the correct form equals the wrong form`)
  }
  return withOptional({ wrong, severity: entry.severity }, correct, entry.note?.trim())
}

function dedupe(entries: readonly WordingEntry[]): WordingEntry[] {
  const byWrong = new Map<string, WordingEntry>()
  entries.forEach((raw, i) => {
    const entry = normalize(raw, i)
    const seen = byWrong.get(entry.wrong)
    byWrong.set(entry.wrong, seen ? mergeSame(seen, entry) : entry)
  })
  return [...byWrong.values()]
}

function contextAround(text: string, start: number, end: number): string {
  const isLow = (i: number) => { const c = text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff }
  let from = start
  for (let n = 0; n < CONTEXT_CHARS && from > 0; n++) {
    from--
    if (from > 0 && isLow(from)) from--
  }
  let to = end
  for (let n = 0; n < CONTEXT_CHARS && to < text.length; n++) {
    to++
    if (to < text.length && isLow(to)) to++
  }
  return text.slice(from, to)
}

const byStartThenLongest = (a: Span, b: Span) => a.begin - b.begin || b.end - a.end

/**
 * Compiles one automaton holding every wrong form plus, as guards, every correct form that itself
 * contains a wrong form (so that 党的十九大 never reports 十九大). One pass over the text finds both.
 */
export function compileDictionary(entries: readonly WordingEntry[]): WordingMatcher {
  const list = dedupe(entries)
  const byWrong = new Map(list.map((e) => [e.wrong, e]))
  for (const e of list) {
    const clash = e.correct === undefined ? undefined : byWrong.get(e.correct)
    if (clash) {
      throw new WordingDictionaryError('correct-listed-as-wrong',
        `词库条目 ${quote(e.wrong)} 的正确写法 ${quote(clash.wrong)} 又被列为错误写法`,
        `entry ${quote(e.wrong)}: its correct form ${quote(clash.wrong)} is also listed as wrong`)
    }
  }
  const corrects = [...new Set(list.flatMap((e) => (e.correct ? [e.correct] : [])))]
  const automaton = new AhoCorasick([...byWrong.keys(), ...corrects])
  const guards = new Set(corrects.filter((c) => automaton.matchInText(c).some((m) => byWrong.has(m.keyword))))

  function check(text: string): WordingHit[] {
    const hits: Span[] = []
    const covers: Span[] = []
    for (const m of automaton.matchInText(text)) {
      if (byWrong.has(m.keyword)) hits.push(m)
      else if (guards.has(m.keyword)) covers.push(m)
    }
    hits.sort(byStartThenLongest)
    covers.sort(byStartThenLongest)
    const out: WordingHit[] = []
    let g = 0
    let coveredTo = -1
    let keptTo = -1
    for (const hit of hits) {
      while (g < covers.length && covers[g].begin <= hit.begin) coveredTo = Math.max(coveredTo, covers[g++].end)
      // Inside a correct form, or inside a longer hit kept earlier (hits are sorted start-first, longest-first).
      if (hit.end <= coveredTo || hit.end <= keptTo) continue
      keptTo = hit.end
      const wrong = text.slice(hit.begin, hit.end)
      const entry = byWrong.get(wrong) as WordingEntry
      out.push({ ...entry, start: hit.begin, end: hit.end, context: contextAround(text, hit.begin, hit.end) })
    }
    return out
  }

  return { size: list.length, entries: list, check }
}

/**
 * Group dictionary plus a tenant's additions. A tenant may add entries, tighten a 'warn' to 'block'
 * and give its own correct form or note, but a group 'block' stays 'block'.
 */
export function mergeDictionaries(group: readonly WordingEntry[], tenant: readonly WordingEntry[]): WordingEntry[] {
  const merged = new Map<string | symbol, WordingEntry>()
  // Entries without a wrong form are kept apart so that compileDictionary reports each of them.
  const key = (e: WordingEntry) => (typeof e.wrong === 'string' && e.wrong.trim()) || Symbol('empty')
  for (const e of group) {
    const k = key(e)
    const seen = merged.get(k)
    merged.set(k, seen ? mergeSame(seen, e) : { ...e })
  }
  for (const e of tenant) {
    const k = key(e)
    const base = merged.get(k)
    merged.set(k, base
      ? withOptional({ wrong: base.wrong, severity: stricter(base.severity, e.severity) }, e.correct ?? base.correct, e.note ?? base.note)
      : { ...e })
  }
  return [...merged.values()]
}

export function summarize(hits: readonly WordingHit[]): WordingSummary {
  const blocking = hits.filter((h) => h.severity === 'block').length
  return { blocking, warnings: hits.length - blocking, canSubmit: blocking === 0 }
}
