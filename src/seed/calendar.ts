import type { Payload } from 'payload'

/**
 * Two demo rows of 工作日历调整 showing how a notice is entered. They repeat days the built-in data
 * already has, so they change no due date.
 */
export const demoCalendarOverrides = [
  { date: '2026-02-14', kind: 'working', note: '示例：2026年春节调休，星期六上班（与内置数据一致，仅作录入示范）' },
  { date: '2026-10-10', kind: 'working', note: '示例：2026年国庆节调休，星期六上班（与内置数据一致，仅作录入示范）' },
] as const

export async function seedCalendarOverrides(payload: Payload): Promise<number> {
  let created = 0
  for (const row of demoCalendarOverrides) {
    const { totalDocs } = await payload.count({ collection: 'calendar-overrides', where: { date: { equals: row.date } } })
    if (totalDocs > 0) continue
    await payload.create({ collection: 'calendar-overrides', data: { ...row }, depth: 0 })
    created++
  }
  return created
}
