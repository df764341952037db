/**
 * Wording check (错敏词检查) on a 20,000-character document with a 5,000-entry dictionary, as a ratio
 * to one indexOf pass over the same text (a lower bound for any scan).
 *
 *   npm run bench:wording
 */
import fs from 'node:fs'
import path from 'node:path'
import { compileDictionary } from '../src/wording/matcher'
import { starterDictionary } from '../src/wording/starter-dictionary'
import type { WordingEntry } from '../src/wording/types'
import { seededRandom } from '../src/shared/random'

const DICTIONARY_SIZE = 5_000
const DOCUMENT_CHARS = 20_000
const WARM_UP = 10
const RUNS = 50
const seedFile = process.env.WORDING_SEED ?? path.resolve(import.meta.dirname, '../../shared/seed/000_bfc23b92e2a7293c.txt')

const random = seededRandom(20_180_313)
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]

const seed = fs.readFileSync(seedFile, 'utf8')
const seedChars = [...new Set(seed.match(/[\u4e00-\u9fff]/g) ?? [])]

// Half the characters come from the seed text, so generated entries share prefixes with real text.
function cjkWord(): string {
  const length = 2 + Math.floor(random() * 7)
  let word = ''
  for (let i = 0; i < length; i++) {
    word += random() < 0.5 ? pick(seedChars) : String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a6))
  }
  return word
}

function buildDictionary(): WordingEntry[] {
  const taken = new Set(starterDictionary.flatMap((e) => [e.wrong, e.correct ?? '']))
  const entries = [...starterDictionary]
  while (entries.length < DICTIONARY_SIZE) {
    const wrong = cjkWord()
    if (taken.has(wrong)) continue
    taken.add(wrong)
    entries.push({ wrong, severity: random() < 0.3 ? 'block' : 'warn' })
  }
  return entries
}

function buildDocument(): string {
  const sentences = seed.split(/(?<=[。！？\n])/).map((s) => s.trim()).filter((s) => s.length > 4)
  const planted = ['国土资源局', '二0一0年', '按装', '再接再励', '其它', '卫生计生委', '截止目前']
  let text = ''
  while (text.length < DOCUMENT_CHARS) {
    let sentence = pick(sentences)
    if (random() < 0.05) {
      const at = Math.floor(random() * sentence.length)
      sentence = sentence.slice(0, at) + pick(planted) + sentence.slice(at)
    }
    text += sentence
  }
  return text.slice(0, DOCUMENT_CHARS)
}

function median(run: () => void): number {
  for (let i = 0; i < WARM_UP; i++) run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return (times[(RUNS - 1) >> 1] + times[RUNS >> 1]) / 2
}

const entries = buildDictionary()
const text = buildDocument()
const compileStarted = performance.now()
const matcher = compileDictionary(entries)
const compileMs = performance.now() - compileStarted

let hits = 0
let found = 0
const checkMs = median(() => { hits = matcher.check(text).length })
const indexOfMs = median(() => { found += text.indexOf('不存在的字符串') })

const ms = (n: number) => `${n.toFixed(3)} ms`
console.log(`dictionary: ${matcher.size} entries, document: ${text.length} chars (median of ${RUNS} runs after ${WARM_UP} warm-up)`)
console.log(`compile:     ${ms(compileMs)}`)
console.log(`check:       ${ms(checkMs)} per document`)
console.log(`indexOf:     ${ms(indexOfMs)} per document${found === -RUNS - WARM_UP ? '' : ' (unexpected match)'}`)
console.log(`hits found:  ${hits}`)
console.log(`ratio check/indexOf: ${(checkMs / indexOfMs).toFixed(1)}`)
