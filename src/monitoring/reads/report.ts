import type { Payload } from 'payload'
import { readMonitoringSettings } from '../../../collections/MonitoringSnapshots/settings'
import type { ID } from '../../access/roles'
import { buildReport, type MonitoringReport } from '../report'
import type { RuleId } from '../rules'
import type { Deduction } from '../scoring'
import type { MonitoringThresholds } from '../thresholds'
import { samplePages } from './page-sample'
import { loadUnitInputs } from './unit-data'

/**
 * Checks some units (ranked only when the whole group is checked) as of `now`, with the group's
 * thresholds and deduction table (站群管理 → 监测设置) unless given.
 */
export async function monitorUnits(
  payload: Payload,
  opts: { units?: ID[]; now?: Date; settings?: { thresholds: MonitoringThresholds; deductions: Record<RuleId, Deduction> } } = {},
): Promise<MonitoringReport> {
  const { thresholds, deductions } = opts.settings ?? (await readMonitoringSettings(payload))
  const { inputs } = await loadUnitInputs(payload, { units: opts.units, thresholds })
  await samplePages(inputs)
  return buildReport(inputs, { thresholds, deductions, now: opts.now ?? new Date(), adminBase: payload.config.routes.admin, rank: !opts.units })
}
