import type { UnitSeed } from '../../../tenants/types'
import { bodyFor } from './bodies'
import { random, wordsAt, type PlannedDisclosure } from './plan'
import { columnTitles, documentPrefixes } from './vocabulary'

/**
 * One whole year of a group's disclosure catalogue at a given volume, e.g. the seed's own 2010:
 * 23,360 items across the 103 units ("全年市政府门户网站共发布政务信息23360条"). The hub and the
 * units with sites publish more than the units that only feed the catalogue. Pure.
 */
export function planYear(units: readonly UnitSeed[], year: number, total: number, seed = year): PlannedDisclosure[] {
  const rnd = random(seed)
  const prefixes = documentPrefixes(units)
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]
  const weight = (u: UnitSeed) => (u.kind === 'hub' ? 12 : u.hasSubSite ? 3 : 1)
  const sum = units.reduce((s, u) => s + weight(u), 0)
  const columns = Object.keys(columnTitles).filter((key) => key !== 'annual-report' && key !== 'guide')
  const start = Date.UTC(year, 0, 1, 1)
  const span = Date.UTC(year + 1, 0, 1) - start - 10 * 3600_000
  const items: PlannedDisclosure[] = []
  // Shares by weight, rounded down, the rest one each to the first units: exactly `total` in all.
  const counts = units.map((u) => Math.floor((total * weight(u)) / sum))
  for (let rest = total - counts.reduce((a, b) => a + b, 0), i = 0; rest > 0; rest--, i++) counts[i % counts.length]++
  units.forEach((unit, i) => {
    const count = counts[i]
    const name = unit.kind === 'hub' ? unit.name : unit.shortName
    let serial = 1
    for (let k = 0; k < count; k++) {
      const at = new Date(start + Math.floor(rnd() * span))
      const column = columns[k % columns.length]
      const w = wordsAt(name, at, k + 1, pick, unit.kind === 'hub')
      const numbered = column === 'mandatory-policy' || column === 'rules'
      items.push({
        unit: unit.slug, column, title: pick(columnTitles[column])(w), publishedAt: at.toISOString(), writtenAt: at.toISOString(),
        documentNumber: numbered ? `${prefixes.get(unit.slug)}〔${year}〕${serial++}号` : undefined,
        subjects: [w.topic.replace(/[“”]/g, '')], validity: 'valid', body: bodyFor(w, 'policy'), attachment: false,
      })
    }
  })
  return items.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
}
