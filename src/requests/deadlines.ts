import { dueAfter } from '../calendar/estimate'
import { dayNumber, dayString, type WorkingCalendar } from '../calendar/working-calendar'

/**
 * The answer deadline of a disclosure application (Regulation Art. 30–34): 20 working days from
 * receipt (15 under the 2008 rules, for applications received before 2019-05-15), one extension of
 * at most 20 (15), the clock restarted by a clarification and stopped while third parties or
 * co-producing organs are consulted. Pure: days are YYYY-MM-DD in China time.
 */
export const REGULATION_2019_FROM = '2019-05-15'

export interface Regime {
  name: '2019' | '2008'
  answerDays: number
  extensionDays: number
}

export const regimeFor = (receivedDay: string): Regime =>
  receivedDay >= REGULATION_2019_FROM ? { name: '2019', answerDays: 20, extensionDays: 20 } : { name: '2008', answerDays: 15, extensionDays: 15 }

/** Days of consultation (Art. 32, 34): from the day asked to the day answered (or the 15 working days ran out). */
export interface Pause {
  from: string
  to?: string | null
}

export interface DeadlineFacts {
  receivedDay: string
  /** The day the applicant's clarification arrived: the answer period restarts from it (Art. 30). */
  clarifiedDay?: string | null
  pauses?: readonly Pause[]
  extended?: boolean
  /** Art. 31 practice: a receipt on a non-working day counts as received on the next working day (default). */
  receiptOnNextWorkingDay?: boolean
}

export interface Deadline {
  regime: Regime['name']
  /** The day counting starts after: receipt (or the next working day), or the clarification. */
  startDay: string
  /** Working days of consultation that do not count. */
  pausedDays: number
  due: string
  /** Past the calendar's known years the due day counts Monday–Friday only, and says so. */
  estimated: boolean
}

export function nextWorkingDay(calendar: WorkingCalendar, day: string): string {
  let n = dayNumber(day)
  while (!calendar.isWorkingDay(dayString(n))) n++
  return dayString(n)
}

/** Working days in a pause: those after its first day up to its last (an open pause runs to `today`). */
function pausedWorkingDays(calendar: WorkingCalendar, pause: Pause, today: string): number {
  const end = pause.to ?? today
  return end > pause.from ? calendar.workingDaysBetween(pause.from, end) : 0
}

export function answerDeadline(calendar: WorkingCalendar, facts: DeadlineFacts, today: string): Deadline {
  const regime = regimeFor(facts.receivedDay)
  const received = facts.receiptOnNextWorkingDay === false ? facts.receivedDay : nextWorkingDay(calendar, facts.receivedDay)
  const startDay = facts.clarifiedDay && facts.clarifiedDay > received ? facts.clarifiedDay : received
  // Only pauses after the clock's (re)start stop it.
  const pausedDays = (facts.pauses ?? []).filter((p) => p.from >= startDay).reduce((sum, p) => sum + pausedWorkingDays(calendar, p, today), 0)
  const days = regime.answerDays + (facts.extended ? regime.extensionDays : 0) + pausedDays
  return { regime: regime.name, startDay, pausedDays, ...dueAfter(calendar, startDay, days) }
}

/** Working days left until `due` (0 on the day itself, negative once overdue). */
export function daysLeft(calendar: WorkingCalendar, due: string, today: string): number {
  return calendar.workingDaysBetween(today, due)
}

/** The last day to ask for a clarification: 7 working days after receipt (Art. 30). */
export const clarificationBy = (calendar: WorkingCalendar, receivedDay: string) => calendar.addWorkingDays(receivedDay, 7)

/** A consulted party's last day: 15 working days after being asked (Art. 32, 34). */
export const consultationBy = (calendar: WorkingCalendar, askedDay: string) => calendar.addWorkingDays(askedDay, 15)
