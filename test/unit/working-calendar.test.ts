import { describe, expect, it } from 'vitest'
import { MAX_WORKING_DAYS, parseDueDateQuery } from '../../src/calendar/due-date-query'
import { FIRST_YEAR, officialDays } from '../../src/calendar/official-days'
import { CalendarError, chinaDate, WorkingCalendar } from '../../src/calendar/working-calendar'

const calendar = new WorkingCalendar(officialDays)

const codeOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError)
    expect((error as Error).message).toMatch(/ \/ /) // 中文 / English
    return (error as CalendarError).code
  }
  throw new Error('expected a CalendarError')
}

describe('working-day calendar: official data', () => {
  it('covers every year from 2008 to 2026', () => {
    expect(calendar.firstYear).toBe(FIRST_YEAR)
    expect(FIRST_YEAR).toBe(2008)
    expect(calendar.lastYear).toBeGreaterThanOrEqual(2026)
    for (let year = 2008; year <= 2026; year++) {
      const days = officialDays.days.filter((d) => d.date.startsWith(`${year}-`))
      expect(days.filter((d) => d.kind === 'holiday').length, `${year} holidays`).toBeGreaterThanOrEqual(20)
      expect(days.filter((d) => d.kind === 'working').length, `${year} adjusted working days`).toBeGreaterThanOrEqual(3)
    }
  })

  it('Spring Festival 2024: Feb 10–17 off, Sundays Feb 4 and Feb 18 worked, 除夕 Feb 9 a working day', () => {
    expect(calendar.isWorkingDay('2024-02-04')).toBe(true)
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true)
    for (let d = 10; d <= 17; d++) expect(calendar.isWorkingDay(`2024-02-${d}`)).toBe(false)
    expect(calendar.isWorkingDay('2024-02-18')).toBe(true)
    expect(calendar.addWorkingDays('2024-02-09', 1)).toBe('2024-02-18')
    // February 2024: 21 weekdays − 5 holiday weekdays + 2 adjusted Sundays = 18, less Feb 1 itself.
    expect(calendar.workingDaysBetween('2024-02-01', '2024-02-29')).toBe(17)
  })

  it('National Day 2024: Oct 1–7 off, Sunday Sep 29 and Saturday Oct 12 worked', () => {
    expect(calendar.addWorkingDays('2024-09-27', 1)).toBe('2024-09-29')
    expect(calendar.addWorkingDays('2024-09-30', 1)).toBe('2024-10-08')
    expect(calendar.isWorkingDay('2024-10-12')).toBe(true)
    expect(calendar.isWorkingDay('2024-10-07')).toBe(false)
  })

  it('Spring Festival 2025: Jan 28–Feb 4 off, Sunday Jan 26 and Saturday Feb 8 worked', () => {
    expect(calendar.isWorkingDay('2025-01-26')).toBe(true)
    for (const d of ['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04']) expect(calendar.isWorkingDay(`2025-${d}`)).toBe(false)
    expect(calendar.isWorkingDay('2025-02-08')).toBe(true)
    // 21, 22, 23, 24, 26(Sun), 27, then 5, 6, 7, 8(Sat), 10–14, 17–21
    expect(calendar.addWorkingDays('2025-01-20', 20)).toBe('2025-02-21')
    expect(calendar.workingDaysBetween('2025-01-20', '2025-02-21')).toBe(20)
  })

  it('National Day 2025: Oct 1–8 off, Sunday Sep 28 and Saturday Oct 11 worked', () => {
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true)
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false)
    expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09')
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true)
  })

  it('Spring Festival 2026: Feb 15–23 off, Saturdays Feb 14 and Feb 28 worked', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24')
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false)
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true)
  })

  it('National Day 2026: Oct 1–7 off, Sunday Sep 20 and Saturday Oct 10 worked', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true)
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08')
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true)
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false)
  })

  it('an ordinary weekend is off and an ordinary weekday worked', () => {
    expect(calendar.isWorkingDay('2025-03-15')).toBe(false)
    expect(calendar.isWorkingDay('2025-03-17')).toBe(true)
    expect(calendar.addWorkingDays('2025-03-14', 0)).toBe('2025-03-14')
    expect(calendar.workingDaysBetween('2025-03-21', '2025-03-14')).toBe(-5)
  })

  it('adds and counts consistently across years', () => {
    for (const start of ['2008-12-30', '2015-09-01', '2020-01-20', '2023-09-28', '2026-01-01']) {
      for (const n of [0, 1, 7, 15, 20, 40]) {
        const due = calendar.addWorkingDays(start, n)
        expect(calendar.workingDaysBetween(start, due)).toBe(n)
        if (n > 0) expect(calendar.isWorkingDay(due)).toBe(true)
      }
    }
  })

  it('reads instants as calendar days in China time', () => {
    expect(chinaDate(new Date('2025-01-19T16:30:00Z'))).toBe('2025-01-20')
    expect(calendar.addWorkingDays(new Date('2025-01-19T16:30:00Z'), 20)).toBe('2025-02-21')
  })
})

describe('working-day calendar: range and bad input', () => {
  it('refuses a day past the known range instead of guessing', () => {
    expect(codeOf(() => calendar.isWorkingDay(`${calendar.lastYear + 1}-01-04`))).toBe('out-of-range')
    expect(codeOf(() => calendar.isWorkingDay('2007-12-31'))).toBe('out-of-range')
    expect(codeOf(() => calendar.addWorkingDays(`${calendar.lastYear}-12-24`, 30))).toBe('out-of-range')
    expect(codeOf(() => calendar.workingDaysBetween('2025-01-01', `${calendar.lastYear + 1}-03-01`))).toBe('out-of-range')
  })

  it('refuses bad days and counts', () => {
    expect(codeOf(() => calendar.isWorkingDay('2025-02-30'))).toBe('bad-date')
    expect(codeOf(() => calendar.isWorkingDay('2025-1-5'))).toBe('bad-date')
    expect(codeOf(() => calendar.addWorkingDays('2025-01-20', -1))).toBe('bad-count')
    expect(codeOf(() => calendar.addWorkingDays('2025-01-20', 1.5))).toBe('bad-count')
  })

  it('lets the group override a day and extend the calendar by a newer notice', () => {
    const next = calendar.lastYear + 1
    const merged = new WorkingCalendar(officialDays, [
      { date: '2025-01-27', kind: 'holiday' },
      { date: `${next}-01-01`, kind: 'holiday' },
    ])
    expect(merged.isWorkingDay('2025-01-27')).toBe(false)
    expect(merged.lastYear).toBe(next)
    expect(merged.isWorkingDay(`${next}-01-01`)).toBe(false)
    expect(codeOf(() => merged.isWorkingDay(`${next + 1}-01-01`))).toBe('out-of-range')
  })
})

describe('due-date query', () => {
  const q = (s: string) => parseDueDateQuery(new URLSearchParams(s))
  it('reads from and days', () => {
    expect(q('from=2025-01-20&days=20')).toEqual({ from: '2025-01-20', days: 20 })
    expect(q('from=2025-01-20&days=0')).toEqual({ from: '2025-01-20', days: 0 })
  })
  it('refuses bad input bilingually', () => {
    for (const bad of ['days=20', 'from=2025-13-01&days=1', 'from=2025-01-20', 'from=2025-01-20&days=-1', 'from=2025-01-20&days=1.5',
      `from=2025-01-20&days=${MAX_WORKING_DAYS + 1}`, 'from=2025-01-20&days=1e3', 'from=2025-01-20&days=abc']) {
      expect(() => q(bad), bad).toThrow(CalendarError)
    }
  })
})
