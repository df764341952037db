import type { UnitSeed } from '../../../tenants/types'
import { articleTitles, columnTitles, documentPrefixes, topics, type Words } from './vocabulary'
import { seededRandom } from '../../shared/random'
import { bodyFor, type BodyBlock } from './bodies'

/**
 * The living demo group as a plan: what every site publishes, when, under which column. Pure and
 * deterministic for a seed and a day, so tests can check the shape without a database.
 *
 * Healthy sites publish news within days, policies within months and their annual report by the
 * legal date; a few planned sites are stale on purpose, so monitoring has something to find.
 */
export type Category = 'headline' | 'news' | 'notice'

export interface PlannedArticle {
  unit: string
  category: Category
  title: string
  slug: string
  publishedAt: string
  summary: string
  body: BodyBlock[]
  image: boolean
  submitToHub: boolean
}

export interface PlannedDisclosure {
  unit: string
  column: string
  title: string
  publishedAt: string
  writtenAt: string
  documentNumber?: string
  subjects: string[]
  validity: 'valid' | 'expired' | 'repealed'
  body: BodyBlock[]
  attachment: boolean
}

export interface DemoPlan {
  articles: PlannedArticle[]
  disclosures: PlannedDisclosure[]
  /** Sites planned to fail the freshness rules (news older than two weeks, policies older than six months). */
  staleUnits: string[]
}

const DAY = 86_400_000

/** Deterministic: the same seed gives the same group. */
export const random = seededRandom

/** A moment `daysAgo` days before `today`, in office hours China time. */
export function chinaTime(today: Date, daysAgo: number, rnd: () => number): Date {
  const hour = 9 + Math.floor(rnd() * 8)
  const china = new Date(today.getTime() + 8 * 3600_000 - daysAgo * DAY)
  const at = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), hour - 8, Math.floor(rnd() * 60)))
  // Never in the future: today's office hours may not have come yet.
  return at.getTime() < today.getTime() ? at : new Date(at.getTime() - DAY)
}

const chinaYear = (d: Date) => new Date(d.getTime() + 8 * 3600_000).getUTCFullYear()

/** How many items, and how recent the newest must be (days) for a healthy site. */
const articlePlan: Record<Category, { count: number; fresh: number }> = {
  headline: { count: 4, fresh: 7 },
  news: { count: 6, fresh: 10 },
  notice: { count: 4, fresh: 45 },
}
const columnPlan: Record<string, { count: number; fresh: number }> = {
  guide: { count: 1, fresh: 300 },
  rules: { count: 2, fresh: 700 },
  'mandatory-policy': { count: 4, fresh: 120 },
  'mandatory-planning': { count: 2, fresh: 250 },
  'mandatory-personnel': { count: 2, fresh: 200 },
}
const defaultColumn = { count: 1, fresh: 500 }
/** Stale sites' newest items are at least this old (days): past the 2-week and 6-month rules. */
const staleAge = { article: 40, column: 230 }

/** Sites with a sub-site that are stale on purpose: never the hub or the demo accounts' units. */
export function pickStaleUnits(units: readonly UnitSeed[]): string[] {
  const sites = units.filter((u) => u.hasSubSite)
  const departments = sites.filter((u) => u.kind === 'department')
  const counties = sites.filter((u) => u.kind === 'county')
  return [departments[6], departments[13], counties[3]].filter(Boolean).map((u) => u.slug)
}

/** The words of a title for a unit at a moment (China time). */
export function wordsAt(unit: string, at: Date, n: number, pick: <T>(list: readonly T[]) => T, hub = false): Words {
  const d = new Date(at.getTime() + 8 * 3600_000)
  return { unit, hub, city: '郴州市', topic: pick(topics), year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, quarter: Math.floor(d.getUTCMonth() / 3) + 1, n, pick }
}

export function planDemo(units: readonly UnitSeed[], today: Date, seed = 2010): DemoPlan {
  const rnd = random(seed)
  const prefixes = documentPrefixes(units)
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]
  const staleUnits = pickStaleUnits(units)
  const articles: PlannedArticle[] = []
  const disclosures: PlannedDisclosure[] = []
  const thisYear = chinaYear(today)

  // Newest item within `fresh` days (or past the stale age), the rest spread over three years.
  const ages = (count: number, fresh: number, stale: boolean, staleMin: number) =>
    Array.from({ length: count }, (_, i) => {
      if (i === 0) return stale ? staleMin + Math.floor(rnd() * 60) : Math.floor(rnd() * fresh)
      const floor = stale ? staleMin : 0
      return floor + Math.floor(rnd() * (1000 - floor))
    })

  units.forEach((unit, u) => {
    const stale = staleUnits.includes(unit.slug)
    const name = unit.kind === 'hub' ? unit.name : unit.shortName
    const words = (at: Date, n: number) => wordsAt(name, at, n, pick, unit.kind === 'hub')
    if (unit.hasSubSite) {
      for (const category of Object.keys(articlePlan) as Category[]) {
        const { count, fresh } = articlePlan[category]
        ages(unit.kind === 'hub' ? count * 2 : category === 'headline' ? 2 : count, fresh, stale, staleAge.article).forEach((age, k) => {
          const at = chinaTime(today, age, rnd)
          const w = words(at, k + 1)
          const templates = articleTitles[category === 'headline' && unit.kind === 'hub' ? 'hubHeadline' : category]
          const title = templates[(k + u) % templates.length](w)
          const day = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '')
          articles.push({
            unit: unit.slug, category, title, slug: `${day}-${u.toString(36)}${Object.keys(articlePlan).indexOf(category)}${k}`, publishedAt: at.toISOString(),
            summary: `${w.unit}${w.topic}工作情况。`, body: bodyFor(w, category === 'notice' ? 'notice' : 'news'),
            image: category !== 'notice' && k === 0, submitToHub: unit.kind !== 'hub' && category === 'news' && k < 2,
          })
        })
      }
    }
    const columns = unit.hasSubSite ? Object.keys(columnTitles) : ['mandatory-policy', 'mandatory-budget', 'mandatory-licensing', 'annual-report']
    let serial = 1 + (u % 7)
    for (const column of columns) {
      const { count, fresh } = columnPlan[column] ?? defaultColumn
      const list = column === 'annual-report' ? annualReportAges(today, unit.kind, stale) : ages(count, fresh, stale, staleAge.column)
      list.forEach((age, k) => {
        const at = chinaTime(today, age, rnd)
        const w = words(at, k + 1)
        if (column === 'annual-report') w.year = chinaYear(at) - 1
        const numbered = column === 'mandatory-policy' || column === 'rules'
        disclosures.push({
          unit: unit.slug, column, title: pick(columnTitles[column])(w), publishedAt: at.toISOString(),
          writtenAt: new Date(at.getTime() - Math.floor(rnd() * 5) * DAY).toISOString(),
          documentNumber: numbered ? `${prefixes.get(unit.slug)}〔${w.year}〕${serial++}号` : undefined,
          subjects: [w.topic.replace(/[“”]/g, ''), '政务公开'],
          validity: numbered && w.year < thisYear - 2 && k % 2 === 1 ? 'repealed' : 'valid',
          body: bodyFor(w, ['mandatory-statistics', 'mandatory-budget', 'mandatory-procurement', 'mandatory-fees'].includes(column) ? 'table' : 'policy'),
          attachment: (column === 'mandatory-budget' || column === 'mandatory-policy') && k === 0,
        })
      })
    }
  })
  // Published in date order, so each unit's index-number serials follow the calendar.
  const byDate = (a: { publishedAt: string }, b: { publishedAt: string }) => a.publishedAt.localeCompare(b.publishedAt)
  return { articles: articles.sort(byDate), disclosures: disclosures.sort(byDate), staleUnits }
}

/** One report for each of the last three years; the newest by the Art. 49 date (departments 31 Jan, governments 31 Mar). */
function annualReportAges(today: Date, kind: string, stale: boolean): number[] {
  const year = chinaYear(today)
  const due = Date.UTC(year, kind === 'department' ? 0 : 2, kind === 'department' ? 20 : 25, 1)
  const ages: number[] = []
  for (let back = 0; back < 3; back++) {
    const at = due - back * 365 * DAY + (stale && back === 0 ? 60 * DAY : 0)
    const age = Math.floor((today.getTime() - at) / DAY)
    if (age >= 0) ages.push(age)
  }
  return ages
}
