/**
 * 哀悼日置灰 and 适老化 (elderly-friendly, accessible) display of the public pages. Pure rules: which
 * periods make a unit's site grey at a moment, and the visitor's remembered display choice.
 */

export interface MourningPeriod {
  startsAt: string | Date
  endsAt: string | Date
  /** 'group': every site; 'sites': only `units`. */
  scope: 'group' | 'sites'
  units?: readonly (string | number)[]
}

const time = (value: string | Date) => (value instanceof Date ? value.getTime() : Date.parse(value))

/** Whether a period covers `at`: from its start (inclusive) until its end (exclusive). */
export const covers = (period: MourningPeriod, at: number): boolean => time(period.startsAt) <= at && at < time(period.endsAt)

/** Whether the site of `unitId` renders grey at `at`. */
export function isGreyAt(periods: readonly MourningPeriod[], unitId: string | number, at: number): boolean {
  return periods.some((p) => covers(p, at) && (p.scope === 'group' || (p.units ?? []).some((u) => String(u) === String(unitId))))
}

/** A period's start must come before its end. */
export function periodProblem(startsAt: unknown, endsAt: unknown): { zh: string; en: string } | null {
  const start = Date.parse(String(startsAt ?? ''))
  const end = Date.parse(String(endsAt ?? ''))
  if (Number.isNaN(start) || Number.isNaN(end)) return { zh: '须填写开始和结束时间', en: 'start and end are required' }
  if (end <= start) return { zh: '结束时间须晚于开始时间', en: 'the end must come after the start' }
  return null
}

/** The cookie that remembers the elderly-friendly mode, and reading it from a Cookie header. */
export const careCookie = 'zq_care'
export const careCookieMaxAge = 365 * 24 * 3600

export function careModeFrom(cookieHeader: string | undefined): boolean {
  return (cookieHeader ?? '').split(';').some((part) => part.trim() === `${careCookie}=1`)
}

/** Where the mode switch sends the visitor back to: a path of the same site only (no `//host`, no `\`). */
export function safeBackPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.length > 500) return fallback
  if ([...value].some((ch) => ch === '\\' || ch.charCodeAt(0) < 0x20)) return fallback
  return value
}

export interface DisplayMode {
  grey: boolean
  care: boolean
}

/** The part of a render-cache key that the display takes: the same page grey or in care mode is another page. */
export const displayKey = (mode: DisplayMode): string => `g${mode.grey ? 1 : 0}c${mode.care ? 1 : 0}`
