import { describe, expect, it } from 'vitest'
import { officialDays } from '../../src/calendar/official-days'
import { WorkingCalendar } from '../../src/calendar/working-calendar'
import { answerDeadline, clarificationBy, consultationBy, daysLeft, regimeFor } from '../../src/requests/deadlines'
import { feeByCount, feeByPages, processingFee } from '../../src/requests/fees'
import { outcomeGroups, outcomes } from '../../src/requests/outcomes'
import { requestSteps, takeStep } from '../../src/requests/state-machine'
import { table3, type Table3Record } from '../../src/requests/table3'

const calendar = new WorkingCalendar(officialDays)

describe('disclosure applications (依申请公开): deadlines', () => {
  it('answers within 20 working days, across the 2025 Spring Festival and its adjusted weekends', () => {
    // Received Mon 2025-01-20: 1.21–1.27 are 6 (Sun 1.26 worked), holiday 1.28–2.4, 2.5–2.8 are 4 (Sat 2.8 worked), 2.10–2.21 the other 10.
    expect(answerDeadline(calendar, { receivedDay: '2025-01-20' }, '2025-01-20')).toEqual({ regime: '2019', startDay: '2025-01-20', pausedDays: 0, due: '2025-02-21', estimated: false })
  })

  it('counts a receipt on a holiday from the next working day (National Day 2024)', () => {
    const d = answerDeadline(calendar, { receivedDay: '2024-10-03' }, '2024-10-03')
    expect(d.startDay).toBe('2024-10-08')
    expect(d.due).toBe(calendar.addWorkingDays('2024-10-08', 20))
    expect(answerDeadline(calendar, { receivedDay: '2024-10-03', receiptOnNextWorkingDay: false }, '2024-10-03').startDay).toBe('2024-10-03')
  })

  it('restarts from a clarification, stops for consultation, and extends once by 20', () => {
    const base = { receivedDay: '2026-03-02' }
    const clarified = answerDeadline(calendar, { ...base, clarifiedDay: '2026-03-16' }, '2026-03-16')
    expect(clarified.startDay).toBe('2026-03-16')
    expect(clarified.due).toBe(calendar.addWorkingDays('2026-03-16', 20))
    const paused = answerDeadline(calendar, { ...base, pauses: [{ from: '2026-03-04', to: '2026-03-11' }] }, '2026-03-20')
    expect(paused.pausedDays).toBe(5)
    expect(paused.due).toBe(calendar.addWorkingDays('2026-03-02', 25))
    const open = answerDeadline(calendar, { ...base, pauses: [{ from: '2026-03-04' }] }, '2026-03-06')
    expect(open.pausedDays).toBe(2)
    // A pause before a clarification restarted the clock no longer counts.
    expect(answerDeadline(calendar, { ...base, clarifiedDay: '2026-03-16', pauses: [{ from: '2026-03-04', to: '2026-03-11' }] }, '2026-03-20').pausedDays).toBe(0)
    expect(answerDeadline(calendar, { ...base, extended: true }, '2026-03-02').due).toBe(calendar.addWorkingDays('2026-03-02', 40))
  })

  it('uses the 2008 rules (15 + 15) before 2019-05-15', () => {
    expect(regimeFor('2019-05-14').answerDays).toBe(15)
    expect(regimeFor('2019-05-15').answerDays).toBe(20)
    expect(answerDeadline(calendar, { receivedDay: '2010-06-01', extended: true }, '2010-06-01').due).toBe(calendar.addWorkingDays('2010-06-01', 30))
  })

  it('gives days left, and the clarification and consultation limits', () => {
    expect(daysLeft(calendar, '2026-03-06', '2026-03-02')).toBe(4)
    expect(daysLeft(calendar, '2026-03-02', '2026-03-06')).toBe(-4)
    expect(clarificationBy(calendar, '2026-03-02')).toBe('2026-03-11')
    expect(consultationBy(calendar, '2026-03-02')).toBe('2026-03-23')
  })
})

describe('disclosure applications: fees (国办函〔2020〕109号)', () => {
  it('charges by count per month in marginal bands', () => {
    expect([1, 10, 11, 30, 31, 40, 41, 50, 51].map(feeByCount)).toEqual([0, 0, 100, 100, 200, 200, 300, 300, 400])
    expect(() => feeByCount(0)).toThrow()
  })
  it('charges by pages in marginal bands', () => {
    expect(feeByPages(30)).toBe(0)
    expect(feeByPages(31)).toBe(10)
    expect(feeByPages(100)).toBe(700)
    expect(feeByPages(101)).toBe(720)
    expect(feeByPages(200)).toBe(2700)
    expect(feeByPages(201)).toBe(2740)
    expect(processingFee('pages', { nthThisMonth: 50, pages: 31 })).toBe(10)
    expect(processingFee('count', { nthThisMonth: 50, pages: 31 })).toBe(300)
  })
})

describe('disclosure applications: the steps', () => {
  it('moves along its states and records the outcome rows that steps imply', () => {
    expect(takeStep('registered', 'clarify').to).toBe('clarifying')
    expect(takeStep('clarifying', 'clarification-lapsed')).toEqual({ to: 'answered', outcome: 'other-no-clarification' })
    expect(takeStep('fee-pending', 'fee-lapsed')).toEqual({ to: 'answered', outcome: 'other-fee-unpaid' })
    expect(takeStep('consulting', 'withdraw')).toEqual({ to: 'withdrawn', outcome: 'other-other' })
    expect(takeStep('consulting', 'extend', { reason: '需征求第三方意见', approver: '办公室主任' }).to).toBe('consulting')
    expect(() => takeStep('registered', 'extend', { reason: 'x', approver: 'y', alreadyExtended: true })).toThrow(/一次/)
    expect(() => takeStep('registered', 'extend', { reason: 'x' })).toThrow(/批准人/)
    expect(() => takeStep('answered', 'answer', { outcome: 'open' })).toThrow(/不能/)
    expect(() => takeStep('registered', 'answer', {})).toThrow(/办理结果/)
    expect(() => takeStep('registered', 'answer', { outcome: 'other-fee-unpaid' })).toThrow(/办理结果/)
    expect(() => takeStep('registered', 'fly')).toThrow(/未知/)
    expect(Object.keys(requestSteps)).toHaveLength(12)
  })

  it('answers with every outcome row of table 三', () => {
    const answerable = outcomes.filter((o) => o.value !== 'other-no-clarification' && o.value !== 'other-fee-unpaid')
    expect(outcomes).toHaveLength(2 + 8 + 3 + 5 + 3)
    for (const o of answerable) expect(takeStep('registered', 'answer', { outcome: o.value })).toEqual({ to: 'answered', outcome: o.value })
  })
})

describe('disclosure applications: table 三', () => {
  const r = (applicant: Table3Record['applicant'], receivedDay: string, endedDay?: string, outcome?: Table3Record['outcome']): Table3Record => ({ applicant, receivedDay, endedDay, outcome })
  const records: Table3Record[] = [
    r('natural', '2024-12-20', '2025-01-10', 'open'), // carried in, answered
    r('commercial', '2024-12-28'), // carried in and out
    r('natural', '2024-11-01', '2024-11-20', 'open'), // ended last year: not in 2025
    r('natural', '2025-03-01', '2025-03-20', 'partial'),
    r('research', '2025-04-01', '2025-04-25', 'withheld-third-party'),
    r('legal-services', '2025-05-01', '2025-05-09', 'other-no-clarification'),
    r('natural', '2025-12-29', '2026-01-15', 'unavailable-not-held'), // carried out
    r('public-interest', '2025-06-01', '2025-06-02', 'other-other'),
  ]
  const { rows, checks } = table3(records, 2025)
  const row = (key: string) => rows.find((x) => x.key === key)!
  it('counts new, carried in, results and carried out by applicant column', () => {
    expect(row('new').values).toMatchObject({ natural: 2, research: 1, 'legal-services': 1, 'public-interest': 1, organization: 3, total: 5 })
    expect(row('carried-in').values).toMatchObject({ natural: 1, commercial: 1, total: 2 })
    expect(row('open').values!.total).toBe(1)
    expect(row('partial').values!.total).toBe(1)
    expect(row('withheld-third-party').values).toMatchObject({ research: 1, total: 1 })
    expect(row('other-no-clarification').values!.total).toBe(1)
    expect(row('total').values!.total).toBe(5)
    expect(row('carried-out').values).toMatchObject({ natural: 1, commercial: 1, total: 2 })
    expect(checks).toBe(true)
  })
  it('uses the template’s exact labels, with headings for groups (三)–(六)', () => {
    expect(row('new').label).toBe('一、本年新收政府信息公开申请数量')
    expect(row('carried-in').label).toBe('二、上年结转政府信息公开申请数量')
    expect(row('partial').label).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
    expect(row('other-fee-unpaid').label).toBe('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')
    for (const g of outcomeGroups.slice(2)) expect(row(g.key).values).toBeNull()
    expect(row('carried-out').label).toBe('四、结转下年度继续办理')
  })
  it('carries over across the year end into the next year', () => {
    const next = table3(records, 2026)
    expect(next.rows.find((x) => x.key === 'carried-in')!.values!.total).toBe(2)
    expect(next.rows.find((x) => x.key === 'unavailable-not-held')!.values!.total).toBe(1)
    expect(next.checks).toBe(true)
  })
})
