import type { PayloadRequest } from 'payload'
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

/** A request's JSON body as an object; a 400 when it is not JSON. */
export async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  } catch {
    throw new ClientError('请求体须为 JSON', 'the request body must be JSON')
  }
}

export interface Period {
  from?: Date
  to?: Date
  format: 'json' | 'csv'
}

/** `?year=2026` or `?from=&to=` (China-time days), and `?format=json|csv`, of a statistics endpoint. */
export function periodParams(params: URLSearchParams): Period {
  const year = params.get('year')
  if (year && (params.get('from') || params.get('to'))) throw new ClientError('year 不能与 from/to 同用', 'year cannot be combined with from/to')
  if (year && !/^(19|20)\d{2}$/.test(year)) throw new ClientError('year 须为四位年份（如 2026）', 'year must be a four-digit year such as 2026')
  const from = dateParam(year ? `${year}-01-01` : params.get('from'), 'from')
  const to = dateParam(year ? `${year}-12-31` : params.get('to'), 'to', { endOfDay: true })
  if (from && to && from > to) throw new ClientError('from 不能晚于 to', 'from must not be after to')
  const format = params.get('format') ?? 'json'
  if (format !== 'json' && format !== 'csv') throw new ClientError('format 须为 json 或 csv', 'format must be json or csv')
  return { from, to, format }
}
