/** Highlighted text for search results. Pure; the page escapes the text when it renders the parts. */
export interface TextPart {
  text: string
  hit: boolean
}

function hitRanges(text: string, terms: string[]): [number, number][] {
  const lower = text.toLowerCase()
  const ranges: [number, number][] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) ranges.push([at, at + term.length])
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

function split(text: string, ranges: [number, number][], from = 0, to = text.length): TextPart[] {
  const parts: TextPart[] = []
  let at = from
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue
    const start = Math.max(s, from), end = Math.min(e, to)
    if (start > at) parts.push({ text: text.slice(at, start), hit: false })
    parts.push({ text: text.slice(start, end), hit: true })
    at = end
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false })
  return parts
}

/** The whole text with every query term marked (titles). */
export const highlight = (text: string, terms: string[]): TextPart[] => split(text, hitRanges(text, terms))

/**
 * About `length` characters of `text` around its densest run of hits, marked; the start of the text
 * when nothing matches (the item was found by its organ or 文号).
 */
export function snippet(text: string, terms: string[], length = 120): TextPart[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  const ranges = hitRanges(flat, terms)
  let best = 0, bestCount = -1
  for (let i = 0; i < ranges.length; i++) {
    let count = 0
    for (let j = i; j < ranges.length && ranges[j][0] < ranges[i][0] + length; j++) count++
    if (count > bestCount) {
      bestCount = count
      best = i
    }
  }
  const start = ranges.length ? Math.max(0, ranges[best][0] - Math.floor(length / 4)) : 0
  const end = Math.min(flat.length, start + length)
  const parts = split(flat, ranges, start, end)
  if (start > 0) parts.unshift({ text: '…', hit: false })
  if (end < flat.length) parts.push({ text: '…', hit: false })
  return parts
}
