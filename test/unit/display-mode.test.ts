import { describe, expect, it } from 'vitest'
import { careModeFrom, displayKey, isGreyAt, periodProblem, safeBackPath, type MourningPeriod } from '../../src/display/mourning'

const at = (iso: string) => Date.parse(iso)

describe('mourning grey (哀悼日置灰)', () => {
  // 2026-04-04 00:00 to 24:00 China time.
  const group: MourningPeriod = { startsAt: '2026-04-03T16:00:00.000Z', endsAt: '2026-04-04T16:00:00.000Z', scope: 'group' }
  const sites: MourningPeriod = { startsAt: '2026-05-12T06:28:00+08:00', endsAt: '2026-05-12T12:00:00+08:00', scope: 'sites', units: [5, '6'] }

  it('is grey from the start (China time) until the end, and normal before and after', () => {
    expect(isGreyAt([group], 1, at('2026-04-03T23:59:59+08:00'))).toBe(false)
    expect(isGreyAt([group], 1, at('2026-04-04T00:00:00+08:00'))).toBe(true)
    expect(isGreyAt([group], 1, at('2026-04-04T23:59:59+08:00'))).toBe(true)
    expect(isGreyAt([group], 1, at('2026-04-05T00:00:00+08:00'))).toBe(false)
  })

  it('turns only the chosen sites grey when the period names sites', () => {
    const noon = at('2026-05-12T10:00:00+08:00')
    expect(isGreyAt([sites], 5, noon)).toBe(true)
    expect(isGreyAt([sites], 6, noon)).toBe(true)
    expect(isGreyAt([sites], 7, noon)).toBe(false)
    expect(isGreyAt([group, sites], 7, at('2026-04-04T10:00:00+08:00'))).toBe(true)
    expect(isGreyAt([], 5, noon)).toBe(false)
  })

  it('refuses a period that ends before it starts', () => {
    expect(periodProblem('2026-04-04T00:00:00Z', '2026-04-03T00:00:00Z')?.en).toMatch(/after/)
    expect(periodProblem('x', '2026-04-03T00:00:00Z')?.en).toMatch(/required/)
    expect(periodProblem('2026-04-03T00:00:00Z', '2026-04-04T00:00:00Z')).toBeNull()
  })
})

describe('elderly-friendly mode (适老化)', () => {
  it('reads the remembered mode from the cookie header', () => {
    expect(careModeFrom('a=b; zq_care=1')).toBe(true)
    expect(careModeFrom('zq_care=0')).toBe(false)
    expect(careModeFrom('zq_care=10')).toBe(false)
    expect(careModeFrom(undefined)).toBe(false)
  })

  it('goes back only to a path of the same site', () => {
    expect(safeBackPath('/sites/fgw/xxgk', '/')).toBe('/sites/fgw/xxgk')
    expect(safeBackPath('//evil.example', '/')).toBe('/')
    expect(safeBackPath('/\\evil.example', '/')).toBe('/')
    expect(safeBackPath('https://evil.example/', '/x/')).toBe('/x/')
    expect(safeBackPath('/a\nb', '/')).toBe('/')
    expect(safeBackPath(null, '/')).toBe('/')
  })

  it('keys the render cache on both display switches', () => {
    const keys = new Set([false, true].flatMap((grey) => [false, true].map((care) => displayKey({ grey, care }))))
    expect(keys.size).toBe(4)
  })
})
