import { CalendarError, type WorkingCalendar } from './working-calendar'

/**
 * A deadline `n` working days after `day`. Past the calendar's known years (a new year's State
 * Council notice not yet entered) it counts Monday–Friday and says so: the letter still gets a
 * deadline, marked as an estimate, and the admin is told to enter the notice.
 */
export function dueAfter(calendar: WorkingCalendar, day: string, n: number): { due: string; estimated: boolean } {
  try {
    return { due: calendar.addWorkingDays(day, n), estimated: false }
  } catch (error) {
    if (!(error instanceof CalendarError) || error.code !== 'out-of-range') throw error
    let t = Date.parse(`${day}T00:00:00Z`)
    for (let left = n; left > 0; ) {
      t += 86_400_000
      const weekday = new Date(t).getUTCDay()
      if (weekday !== 0 && weekday !== 6) left--
    }
    return { due: new Date(t).toISOString().slice(0, 10), estimated: true }
  }
}

/** Working days from `from` to `to`, or null when either is outside the known calendar. */
export function workingDaysTaken(calendar: WorkingCalendar, from: string, to: string): number | null {
  try {
    return calendar.workingDaysBetween(from, to)
  } catch (error) {
    if (error instanceof CalendarError) return null
    throw error
  }
}
