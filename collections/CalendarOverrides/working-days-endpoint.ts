import type { Endpoint } from 'payload'
import { parseDueDateQuery } from '../../src/calendar/due-date-query'
import { CalendarError } from '../../src/calendar/working-calendar'
import { ClientError } from '../shared/client-error'
import { workingCalendar } from './calendar-cache'

/**
 * `GET /api/calendar/working-days?from=2025-01-20&days=20` → `{ from, days, due }`: the day that many
 * working days after `from` (not counted), for forms and integrators showing a due date. Public.
 */
export const workingDaysEndpoint: Endpoint = {
  path: '/calendar/working-days',
  method: 'get',
  handler: async (req) => {
    try {
      const { from, days } = parseDueDateQuery(new URL(req.url ?? '', 'http://localhost').searchParams)
      const due = (await workingCalendar(req.payload)).addWorkingDays(from, days)
      return Response.json({ from, days, due }, { headers: { 'Cache-Control': 'public, max-age=300' } })
    } catch (error) {
      if (error instanceof CalendarError) throw ClientError.from(error.message, 400, { code: error.code })
      throw error
    }
  },
}
