import { ClientError } from './client-error'

/**
 * A `from`/`to` query parameter. A bare day (2026-01-31) is read in China time, from its first
 * moment or, with `endOfDay`, to its last; anything else must be an ISO date-time.
 */
export function dateParam(raw: string | null, name: string, { endOfDay = false } = {}): Date | undefined {
  if (!raw) return undefined
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T${endOfDay ? '23:59:59.999' : '00:00:00'}+08:00` : raw)
  if (Number.isNaN(d.getTime())) throw new ClientError(`${name} 须为日期（如 2026-01-31）`, `${name} must be a date such as 2026-01-31`)
  return d
}
