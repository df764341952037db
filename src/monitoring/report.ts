import { checkUnit, type Evidence, type Finding, type UnitInput } from './rules'
import { defaultDeductions, rankUnits, scoreUnit, type Deduction, type UnitScore } from './scoring'
import type { MonitoringThresholds } from './thresholds'
import type { RuleId } from './rules'

/** A unit's result: findings with admin links, score and (for the whole group) its rank. Pure. */
export interface UnitReport {
  id: number | string
  slug: string
  name: string
  kind: string
  hasSite: boolean
  score: UnitScore
  rank: number | null
  findings: LinkedFinding[]
}

export type LinkedFinding = Omit<Finding, 'evidence'> & { evidence: (Evidence & { adminUrl: string })[] }

export interface MonitoringReport {
  checkedAt: string
  /** Ranks are given only when the whole group was checked. */
  ranked: boolean
  vetoedUnits: number
  units: UnitReport[]
}

export function buildReport(
  inputs: readonly UnitInput[],
  opts: { thresholds: MonitoringThresholds; now: Date; adminBase: string; rank: boolean; deductions?: Record<RuleId, Deduction> },
): MonitoringReport {
  const units = inputs.map((input) => {
    const findings = checkUnit(input, opts.thresholds, opts.now).map((f) => ({
      ...f, evidence: f.evidence.map((e) => ({ ...e, adminUrl: `${opts.adminBase}${e.adminPath}` })),
    }))
    const { id, slug, name, kind, hasSite } = input.unit
    return { id, slug, name, kind, hasSite, findings, score: scoreUnit(findings, opts.deductions ?? defaultDeductions), rank: null as number | null }
  })
  if (opts.rank) for (const r of rankUnits(units)) r.entry.rank = r.rank
  const ordered = opts.rank ? [...units].sort((a, b) => a.rank! - b.rank! || a.slug.localeCompare(b.slug)) : units
  return { checkedAt: opts.now.toISOString(), ranked: opts.rank, vetoedUnits: units.filter((u) => u.score.vetoed).length, units: ordered }
}

/** A stable key per finding line, to tell new findings from ones already reported. */
export const findingKey = (rule: RuleId, e: Pick<Evidence, 'adminPath' | 'label'>): string => `${rule}|${e.adminPath}|${e.label}`
export const findingKeys = (report: Pick<UnitReport, 'findings'>): string[] => report.findings.flatMap((f) => f.evidence.map((e) => findingKey(f.rule, e)))
