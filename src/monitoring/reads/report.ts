import type { Payload } from 'payload'
import type { ID } from '../../access/roles'
import { buildReport, type MonitoringReport } from '../report'
import { defaultThresholds, type MonitoringThresholds } from '../thresholds'
import { loadUnitInputs } from './unit-data'

/** Checks some units (ranked only when the whole group is checked) as of `now`. */
export async function monitorUnits(
  payload: Payload,
  opts: { units?: ID[]; now?: Date; thresholds?: MonitoringThresholds } = {},
): Promise<MonitoringReport> {
  const thresholds = opts.thresholds ?? defaultThresholds
  const { inputs } = await loadUnitInputs(payload, { units: opts.units, thresholds })
  return buildReport(inputs, { thresholds, now: opts.now ?? new Date(), adminBase: payload.config.routes.admin, rank: !opts.units })
}
