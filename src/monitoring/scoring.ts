import type { Finding, RuleId } from './rules'

/**
 * 考核评分: each unit starts at 100 and loses points per finding, up to a cap per rule. A veto finding
 * fails the unit whatever its score; the ranking puts units that pass first. Pure; the table is the
 * default the group may change.
 */
export interface Deduction { each: number; max: number }

export const defaultDeductions: Record<RuleId, Deduction> = {
  'home-stale': { each: 20, max: 20 },
  'stale-columns': { each: 4, max: 20 },
  'overdue-columns': { each: 2, max: 20 },
  'empty-columns': { each: 3, max: 15 },
  'no-consultation': { each: 15, max: 15 },
  'letters-unanswered': { each: 3, max: 15 },
  'requests-overdue': { each: 3, max: 15 },
  'metadata-missing': { each: 1, max: 10 },
  'validity-outdated': { each: 1, max: 10 },
  'forged-date': { each: 5, max: 20 },
  'broken-links': { each: 1, max: 10 },
  'missing-files': { each: 1, max: 10 },
  'inaccessible-pages': { each: 2, max: 10 },
}

export interface UnitScore {
  score: number
  /** 单项否决: at least one veto finding. */
  vetoed: boolean
  deductions: { rule: RuleId; points: number }[]
}

export function scoreUnit(findings: readonly Finding[], table: Record<RuleId, Deduction> = defaultDeductions): UnitScore {
  const deductions = findings.map((f) => ({ rule: f.rule, points: Math.min(table[f.rule].max, table[f.rule].each * f.count) })).filter((d) => d.points > 0)
  const score = Math.max(0, 100 - deductions.reduce((sum, d) => sum + d.points, 0))
  return { score, vetoed: findings.some((f) => f.veto), deductions }
}

export interface Ranked<T> { rank: number; entry: T }

/** Group ranking: passing units before vetoed ones, then by score; equal places share a rank. */
export function rankUnits<T extends { slug: string; score: UnitScore }>(units: readonly T[]): Ranked<T>[] {
  const key = (u: T) => (u.score.vetoed ? 0 : 1000) + u.score.score
  const sorted = [...units].sort((a, b) => key(b) - key(a) || a.slug.localeCompare(b.slug))
  let rank = 0
  return sorted.map((entry, i) => {
    if (i === 0 || key(sorted[i - 1]) !== key(entry)) rank = i + 1
    return { rank, entry }
  })
}
