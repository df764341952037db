import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' }
import type { CalendarSource, DeclaredDay } from './working-calendar'

/**
 * The State Council's holiday notices (国务院办公厅关于部分节假日安排的通知) as kept by the maintained
 * `chinese-days` package: `holidays` are days off (weekends inside a holiday span included),
 * `workdays` the adjusted working weekends (调休). The package covers 2004 onwards; we start at
 * 2008, the year the first Regulation on Government Information Disclosure took effect.
 */
export const FIRST_YEAR = 2008

interface OfficialData {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

function officialSource(data: OfficialData): CalendarSource {
  const days: DeclaredDay[] = []
  let lastYear = FIRST_YEAR
  for (const [kind, table] of [['holiday', data.holidays], ['working', data.workdays]] as const) {
    for (const date of Object.keys(table)) {
      const year = Number(date.slice(0, 4))
      if (year < FIRST_YEAR) continue
      days.push({ date, kind })
      lastYear = Math.max(lastYear, year)
    }
  }
  return { firstYear: FIRST_YEAR, lastYear, days }
}

export const officialDays: CalendarSource = officialSource(official as OfficialData)
