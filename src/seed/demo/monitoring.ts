import type { Payload } from 'payload'
import { refreshMonitoring } from '../../../collections/MonitoringSnapshots/store'
import { ruleIds } from '../../monitoring/rules'
import { defaultDeductions } from '../../monitoring/scoring'
import { defaultThresholds } from '../../monitoring/thresholds'

/**
 * The group's monitoring as a newcomer finds it: 监测设置 with the national thresholds and the default
 * deduction table written out (the group edits them there), and this month's check of every unit
 * stored, so the ranking and each unit's findings show from the first start. Nothing is mailed: the
 * daily job mails each unit from its first run.
 */
export async function loadDemoMonitoring(payload: Payload, today: Date): Promise<{ units: number; vetoed: number }> {
  const { policyColumnKeys: _keys, ...thresholds } = defaultThresholds
  await payload.updateGlobal({
    slug: 'monitoring-settings', overrideAccess: true, depth: 0,
    data: { ...thresholds, deductions: ruleIds.map((rule) => ({ rule, ...defaultDeductions[rule] })) },
  })
  const { report } = await refreshMonitoring(payload, { now: today })
  return { units: report.units.length, vetoed: report.units.filter((u) => u.score.vetoed).length }
}
