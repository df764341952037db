import { BilingualError } from '../shared/bilingual-error'

/**
 * The official working-day calendar (工作日历): Monday–Friday, minus the State Council's public
 * holidays, plus its adjusted working weekends (调休). Dates are calendar days in China time,
 * written `YYYY-MM-DD`. Pure: the data comes in through the constructor.
 */
export type DayKind = 'working' | 'holiday'

/** One day the State Council (or the group's override table) declares explicitly. */
export interface DeclaredDay {
  date: string
  kind: DayKind
}

export interface CalendarSource {
  /** First and last year whose notices the data holds in full. */
  firstYear: number
  lastYear: number
  /** Official days, usually from the maintained package (src/calendar/official-days.ts). */
  days: readonly DeclaredDay[]
}

export type CalendarErrorCode = 'bad-date' | 'out-of-range' | 'bad-count'

export class CalendarError extends BilingualError<CalendarErrorCode> {}

const DAY_MS = 86_400_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar day; throws on anything that is not one. */
export function dayNumber(date: string): number {
  const m = ISO_DAY.exec(date)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const t = Date.UTC(y, mo - 1, d)
    const back = new Date(t)
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t / DAY_MS
  }
  throw new CalendarError('bad-date', `日期须为 YYYY-MM-DD 格式的有效日期：${date}`, `the date must be a valid YYYY-MM-DD day: ${date}`)
}

export const dayString = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10)

const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day in China (Asia/Shanghai) of an instant, e.g. a receipt time. */
export function chinaDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new CalendarError('bad-date', '无效的时间', 'invalid date-time')
  return chinaDay.format(instant)
}

const toDay = (date: string | Date) => (typeof date === 'string' ? date : chinaDate(date))

/** Merges declared days; later lists win (the group's overrides come after the package). */
export function mergeDays(...lists: readonly (readonly DeclaredDay[])[]): Map<string, DayKind> {
  const merged = new Map<string, DayKind>()
  for (const list of lists) for (const day of list) merged.set(day.date, day.kind)
  return merged
}

export class WorkingCalendar {
  readonly firstYear: number
  readonly lastYear: number
  private readonly declared: Map<string, DayKind>
  private readonly first: number
  private readonly last: number

  /**
   * `overrides` win over the source. An override in a year after the source's last year extends
   * the known range to that year: the group enters a newer notice whole, as the admin says.
   */
  constructor(source: CalendarSource, overrides: readonly DeclaredDay[] = []) {
    this.declared = mergeDays(source.days, overrides)
    this.firstYear = source.firstYear
    const overrideYears = overrides.map((d) => Number(d.date.slice(0, 4))).filter((y) => y > source.lastYear)
    this.lastYear = Math.max(source.lastYear, ...overrideYears)
    this.first = dayNumber(`${this.firstYear}-01-01`)
    this.last = dayNumber(`${this.lastYear}-12-31`)
  }

  private checked(date: string): number {
    const n = dayNumber(date)
    if (n < this.first || n > this.last) throw this.rangeError(date)
    return n
  }

  private rangeError(date: string): CalendarError {
    return new CalendarError(
      'out-of-range',
      `${date} 超出工作日历的已知范围（${this.firstYear}–${this.lastYear}年）；请在“工作日历调整”中录入该年度国务院办公厅的放假安排`,
      `${date} is outside the known working-day calendar (${this.firstYear}–${this.lastYear}); enter that year's State Council holiday notice under calendar overrides`,
    )
  }

  private working(n: number): boolean {
    const kind = this.declared.get(dayString(n))
    if (kind) return kind === 'working'
    const weekday = new Date(n * DAY_MS).getUTCDay()
    return weekday !== 0 && weekday !== 6
  }

  private step(n: number): number {
    if (n < this.first || n > this.last) throw this.rangeError(dayString(n))
    return n
  }

  isWorkingDay(date: string | Date): boolean {
    return this.working(this.checked(toDay(date)))
  }

  /** The day `n` working days after `start`; the start day itself is not counted. */
  addWorkingDays(start: string | Date, n: number): string {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new CalendarError('bad-count', `工作日数须为非负整数：${n}`, `the number of working days must be a non-negative integer: ${n}`)
    }
    let day = this.checked(toDay(start))
    for (let left = n; left > 0; ) {
      day = this.step(day + 1)
      if (this.working(day)) left--
    }
    return dayString(day)
  }

  /**
   * Working days after `from` up to and including `to` (so `workingDaysBetween(s, addWorkingDays(s, n))`
   * is `n`); negative when `to` comes first.
   */
  workingDaysBetween(from: string | Date, to: string | Date): number {
    const a = this.checked(toDay(from))
    const b = this.checked(toDay(to))
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1]
    let count = 0
    for (let day = lo + 1; day <= hi; day++) if (this.working(day)) count++
    return sign * count
  }
}
