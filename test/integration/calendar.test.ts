import { beforeAll, describe, expect, it } from 'vitest'
import { officialDays } from '../../src/calendar/official-days'
import { demoCalendarOverrides } from '../../src/seed/calendar'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

describe('working-day calendar over HTTP, with the group’s overrides', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  const next = officialDays.lastYear + 1
  const due = (query: string) => ctx.api().get(`/api/calendar/working-days?${query}`)
  const gql = (query: string, headers: Record<string, string> = {}) => ctx.api().post('/api/graphql').set(headers).send({ query })

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
  })

  it('answers the due date publicly, across Spring Festival 2025 and its adjusted weekends', async () => {
    const res = await due('from=2025-01-20&days=20')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ from: '2025-01-20', days: 20, due: '2025-02-21' })
    expect((await due('from=2024-09-30&days=1')).body.due).toBe('2024-10-08')
    expect((await due('from=2026-02-13&days=2')).body.due).toBe('2026-02-24')
  })

  it('refuses bad input with a 400 in Chinese and English', async () => {
    for (const query of ['from=2025-02-30&days=1', 'from=20250120&days=1', 'days=5', 'from=2025-01-20', 'from=2025-01-20&days=-1',
      'from=2025-01-20&days=2.5', 'from=2025-01-20&days=100000', 'from=2025-01-20&days=1e2', `from=${next + 3}-01-05&days=1`, 'from=2007-06-01&days=1',
      `from=${officialDays.lastYear}-12-24&days=30`]) {
      const res = await due(query)
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].message, query).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/)
    }
  })

  it('applies an override at once and extends the calendar by a newer notice, and forgets it when deleted', async () => {
    const admin = await wf.auth(users.admin)
    expect((await due(`from=${officialDays.lastYear}-12-31&days=1`)).status).toBe(400)
    const created = await ctx.api().post('/api/calendar-overrides').set(admin).send({ date: `${next}-01-01`, kind: 'holiday', note: '元旦' })
    expect(created.status).toBe(201)
    const first = new Date(Date.UTC(next, 0, 1)).getUTCDay()
    const afterNewYear = await due(`from=${officialDays.lastYear}-12-31&days=1`)
    expect(afterNewYear.status).toBe(200)
    // 1 January is off; the next working day is the first weekday after it.
    const expected = new Date(Date.UTC(next, 0, first === 5 ? 4 : first === 6 ? 3 : 2)).toISOString().slice(0, 10)
    expect(afterNewYear.body.due).toBe(expected)

    const moved = await ctx.api().post('/api/calendar-overrides').set(admin).send({ date: '2025-02-10', kind: 'holiday', note: '测试' })
    expect(moved.status).toBe(201)
    expect((await due('from=2025-01-20&days=20')).body.due).toBe('2025-02-24')

    expect((await ctx.api().delete(`/api/calendar-overrides/${moved.body.doc.id}`).set(admin)).status).toBe(200)
    expect((await ctx.api().delete(`/api/calendar-overrides/${created.body.doc.id}`).set(admin)).status).toBe(200)
    expect((await due('from=2025-01-20&days=20')).body.due).toBe('2025-02-21')
    expect((await due(`from=${officialDays.lastYear}-12-31&days=1`)).status).toBe(400)
  })

  it('refuses a malformed, duplicate or far-future override', async () => {
    const admin = await wf.auth(users.admin)
    for (const data of [{ date: '2025-02-30', kind: 'holiday' }, { date: `${next + 1}-01-01`, kind: 'holiday' }, { date: '2007-10-01', kind: 'holiday' },
      { date: demoCalendarOverrides[0].date, kind: 'working' }, { date: '2025-05-06', kind: 'sometimes' }]) {
      const res = await ctx.api().post('/api/calendar-overrides').set(admin).send(data)
      expect(res.status, JSON.stringify(data)).toBe(400)
    }
  })

  it('lets anyone signed in read the overrides, only a super-admin write them, and no anonymous visitor either', async () => {
    const editor = await wf.auth(users.editor)
    const webmaster = await wf.auth(users.webmaster)
    const read = await ctx.api().get('/api/calendar-overrides?limit=100').set(editor)
    expect(read.status).toBe(200)
    expect(read.body.docs.map((d: { date: string }) => d.date)).toEqual(expect.arrayContaining(demoCalendarOverrides.map((d) => d.date)))
    const listed = await gql('{ CalendarOverrides(limit: 100) { docs { date kind note } } }', editor)
    expect(listed.body.errors).toBeUndefined()
    expect(listed.body.data.CalendarOverrides.docs.length).toBeGreaterThanOrEqual(demoCalendarOverrides.length)

    expect((await ctx.api().get('/api/calendar-overrides')).status).toBe(403)
    const anonymous = await gql('{ CalendarOverrides { docs { date } } }')
    expect(anonymous.body.errors?.length).toBeGreaterThan(0)
    expect(anonymous.body.data?.CalendarOverrides ?? null).toBeNull()

    const one = read.body.docs[0]
    const before = (await ctx.payload.count({ collection: 'calendar-overrides' })).totalDocs
    for (const headers of [{}, editor, webmaster]) {
      expect((await ctx.api().post('/api/calendar-overrides').set(headers).send({ date: '2025-05-06', kind: 'holiday' })).status).toBe(403)
      expect((await ctx.api().patch(`/api/calendar-overrides/${one.id}`).set(headers).send({ kind: 'holiday' })).status).toBe(403)
      expect((await ctx.api().delete(`/api/calendar-overrides/${one.id}`).set(headers)).status).toBe(403)
      const created = await gql('mutation { createCalendarOverride(data: { date: "2025-05-06", kind: holiday }) { id } }', headers)
      expect(created.body.errors?.length).toBeGreaterThan(0)
      const updated = await gql(`mutation { updateCalendarOverride(id: ${JSON.stringify(one.id)}, data: { kind: holiday }) { id } }`, headers)
      expect(updated.body.errors?.length).toBeGreaterThan(0)
    }
    expect((await ctx.payload.count({ collection: 'calendar-overrides' })).totalDocs).toBe(before)
    expect((await ctx.payload.findByID({ collection: 'calendar-overrides', id: one.id })).kind).toBe(one.kind)
    expect((await due('from=2025-05-05&days=1')).body.due).toBe('2025-05-06')
  })
})
