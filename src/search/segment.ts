import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'

/**
 * Chinese segmentation for search (jieba, through @node-rs/jieba's prebuilt binaries) with a user
 * dictionary of the group's own terms: organ and unit names, catalogue column titles. Pure: the
 * terms are handed in by the caller.
 */
const jieba = Jieba.withDict(dict)
const known = new Set<string>()

/** Words that say nothing about what a visitor looks for (关于, 的, 和 …). */
const stopWords = new Set(['的', '了', '和', '与', '及', '或', '在', '是', '对', '为', '等', '关于', '有关', '之', '于', '其', '将', '把', '被', '并'])

/** Adds terms (2–40 characters) to the segmenter's dictionary; terms already known are skipped. */
export function addTerms(terms: Iterable<string>): number {
  const lines: string[] = []
  for (const raw of terms) {
    const term = raw.trim().replace(/\s+/g, '')
    if (term.length < 2 || term.length > 40 || known.has(term)) continue
    known.add(term)
    lines.push(`${term} 200000 n`)
  }
  if (lines.length) jieba.loadDict(Buffer.from(lines.join('\n') + '\n'))
  return lines.length
}

const wordLike = /[\p{L}\p{N}]/u

function clean(words: string[]): string[] {
  const out: string[] = []
  for (const w of words) {
    const word = w.trim().toLowerCase()
    if (!word || !wordLike.test(word) || stopWords.has(word)) continue
    out.push(word)
  }
  return out
}

/**
 * Tokens to index: the plain cut (without the HMM guesser, as for queries, so unknown words fall
 * into the same single characters on both sides) plus every dictionary word inside the text
 * (full mode), so 电子政务外网 is found by 电子政务, 政务 and 外网 alike.
 */
export function indexTokens(text: string): string[] {
  if (!text) return []
  return clean([...jieba.cut(text, false), ...jieba.cutAll(text).filter((w) => w.length > 1)])
}

/**
 * Runs of single characters the plain cut left (外 网) become the longest dictionary words they
 * spell (外网), as the index holds every dictionary word of a text.
 */
function joinSingles(run: string[]): string[] {
  if (run.length < 2) return run
  const text = run.join('')
  const words = new Set(jieba.cutAll(text).filter((w) => w.length > 1))
  const out: string[] = []
  for (let i = 0; i < text.length; ) {
    let word = text[i]
    for (let end = text.length; end > i + 1; end--) {
      if (words.has(text.slice(i, end))) {
        word = text.slice(i, end)
        break
      }
    }
    out.push(word)
    i += word.length
  }
  return out
}

/** Tokens of a visitor's query: the plain cut, singles joined into words, without repeats; every one must match. */
export function queryTokens(text: string): string[] {
  const words: string[] = []
  let run: string[] = []
  for (const w of jieba.cut(text, false)) {
    if ([...w].length === 1 && /\p{Script=Han}/u.test(w)) {
      run.push(w)
      continue
    }
    words.push(...joinSingles(run), w)
    run = []
  }
  words.push(...joinSingles(run))
  return [...new Set(clean(words))]
}

/**
 * The tokens every hit must hold: the words of two or more characters when the query has any. A
 * single character left at the edge of a query (中小学课, cut from 中小学课后服务) belongs to a longer
 * word in the text and would otherwise find nothing.
 */
export function requiredTokens(tokens: string[]): string[] {
  const words = tokens.filter((t) => [...t].length > 1)
  return words.length ? words : tokens
}
