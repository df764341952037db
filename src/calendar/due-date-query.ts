import { CalendarError, dayNumber } from './working-calendar'

/** The most working days one question may ask for: a year and more, well past any legal period. */
export const MAX_WORKING_DAYS = 366

export interface DueDateQuery {
  from: string
  days: number
}

/** Reads `?from=YYYY-MM-DD&days=N` of the public due-date endpoint; throws a bilingual CalendarError. */
export function parseDueDateQuery(params: URLSearchParams): DueDateQuery {
  const from = params.get('from') ?? ''
  if (!from) throw new CalendarError('bad-date', '缺少参数 from（起算日，如 2025-01-20）', 'missing parameter from (the start day, e.g. 2025-01-20)')
  dayNumber(from)
  const raw = params.get('days') ?? ''
  if (!/^\d{1,6}$/.test(raw) || Number(raw) > MAX_WORKING_DAYS) {
    throw new CalendarError(
      'bad-count',
      `days 须为 0 至 ${MAX_WORKING_DAYS} 之间的整数：${raw || '（缺少）'}`,
      `days must be a whole number from 0 to ${MAX_WORKING_DAYS}: ${raw || '(missing)'}`,
    )
  }
  return { from, days: Number(raw) }
}
