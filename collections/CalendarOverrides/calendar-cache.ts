import type { Payload } from 'payload'
import { officialDays } from '../../src/calendar/official-days'
import { WorkingCalendar, type DayKind, type DeclaredDay } from '../../src/calendar/working-calendar'

/** How long another server process may keep an old calendar after an override changes elsewhere. */
const TTL_MS = 5 * 60 * 1000

let cached: { at: number; calendar: Promise<WorkingCalendar> } | undefined

async function load(payload: Payload): Promise<WorkingCalendar> {
  const rows = await payload.find({
    collection: 'calendar-overrides', pagination: false, depth: 0, overrideAccess: true, select: { date: true, kind: true },
  })
  const overrides: DeclaredDay[] = rows.docs.map((row) => ({ date: String(row.date), kind: row.kind as DayKind }))
  return new WorkingCalendar(officialDays, overrides)
}

/** The group's working-day calendar: the official notices merged with the group's overrides. */
export function workingCalendar(payload: Payload): Promise<WorkingCalendar> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const calendar = load(payload)
    cached = { at: Date.now(), calendar }
    calendar.catch(() => (cached = undefined))
  }
  return cached.calendar
}

export function invalidateWorkingCalendar(): void {
  cached = undefined
}
