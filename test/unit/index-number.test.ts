import { describe, expect, it } from 'vitest'
import {
  decideAssignment, formatIndexNumber as fmt, IndexNumberError, isIndexNumber, nextSerialAfterImport,
  parseIndexNumber as parse, resolveFormat, sequenceKey, yearOfPublication, type IndexNumberFormat,
} from '../../src/disclosure/index-number'

const bilingual = /[\u4e00-\u9fff].* \/ [A-Za-z]/
const rejects = (fn: () => unknown, code: string) => {
  expect(fn).toThrow(IndexNumberError)
  expect(fn).toThrow(expect.objectContaining({ code, message: expect.stringMatching(bilingual) }))
}
const cat = { includeCategory: true }
const doubled = { unitSeparator: '//', partSeparator: '/' }
const dotted = { unitSeparator: '_', partSeparator: '.', serialPadding: 3 }
const at = (serial: number, extra: { unitCode?: string; year?: number; category?: string } = {}) =>
  ({ unitCode: 'U', year: 2021, serial, ...extra })

describe('formatIndexNumber', () => {
  it('formats the central-portal default and the configured variants', () => {
    expect(fmt({ unitCode: '000014349', year: 2021, serial: 67 })).toBe('000014349/2021-00067')
    expect(fmt(at(1, { unitCode: '11440300MB2C92031X', year: 2024 }))).toBe('11440300MB2C92031X/2024-00001')
    expect(fmt(at(67, { unitCode: '000014349', category: 'A01' }), cat)).toBe('000014349/2021-A01-00067')
    expect(fmt(at(7, { unitCode: 'x1', year: 2023 }), dotted)).toBe('x1_2023.007')
    expect(fmt(at(99999, { year: 1949 }))).toBe('U/1949-99999')
    expect(fmt(at(9, { year: 9999 }), { serialPadding: 1, unitSeparator: '〔' })).toBe('U〔9999-9')
    expect(fmt(at(1), doubled)).toBe('U//2021/00001')
    expect(fmt(at(999_999_999_999), { serialPadding: 12 })).toBe('U/2021-999999999999')
  })
  it.each([
    [at(1, { unitCode: '' }), 'invalid-unit-code'], [at(1, { unitCode: 'A'.repeat(33) }), 'invalid-unit-code'],
    [at(1, { unitCode: '0000-1434' }), 'invalid-unit-code'], [at(1, { unitCode: '单位' }), 'invalid-unit-code'],
    [at(1, { unitCode: ' 000014349' }), 'invalid-unit-code'], [at(1, { year: 1948 }), 'invalid-year'],
    [at(1, { year: 10000 }), 'invalid-year'], [at(1, { year: 2021.5 }), 'invalid-year'],
    [at(1, { year: NaN }), 'invalid-year'], [at(1, { year: '2021' as unknown as number }), 'invalid-year'],
    [at(0), 'invalid-serial'], [at(-3), 'invalid-serial'], [at(1.5), 'invalid-serial'],
    [at(Infinity), 'invalid-serial'], [at(100000), 'serial-overflow'], [at(1, { category: 'A' }), 'invalid-category'],
  ])('rejects %j (%s)', (parts, code) => rejects(() => fmt(parts), code))

  it('checks the category and overflow against the configured format', () => {
    const badCategories = [undefined, '', 'A'.repeat(17), 'A-1']
    for (const category of badCategories) rejects(() => fmt(at(1, { category }), cat), 'invalid-category')
    rejects(() => fmt(at(1000), { serialPadding: 3 }), 'serial-overflow')
  })
})

describe('resolveFormat', () => {
  it('fills defaults and ignores undefined', () => {
    const defaults = { unitSeparator: '/', partSeparator: '-', serialPadding: 5, includeCategory: false }
    expect(resolveFormat()).toEqual(defaults)
    expect(resolveFormat({ serialPadding: 6, unitSeparator: undefined }).serialPadding).toBe(6)
  })
  it.each<Partial<IndexNumberFormat>>([
    { unitSeparator: '' }, { unitSeparator: '////' }, { unitSeparator: 'a' }, { partSeparator: '-1' },
    { partSeparator: ' ' }, { partSeparator: '\t' }, { partSeparator: '\u0000' }, { partSeparator: '/' },
    { unitSeparator: 1 as unknown as string }, { serialPadding: 0 }, { serialPadding: 13 },
    { serialPadding: 4.5 }, { includeCategory: 'yes' as unknown as boolean },
  ])('rejects %j', (options) => {
    const uses = [() => resolveFormat(options), () => fmt(at(1), options), () => parse('U/2021-00001', options)]
    for (const use of [...uses, () => isIndexNumber('U/2021-00001', options)]) rejects(use, 'invalid-format')
  })
})

describe('parseIndexNumber', () => {
  it('inverts formatIndexNumber', () => {
    expect(parse('000014349/2021-00067')).toEqual({ unitCode: '000014349', year: 2021, serial: 67 })
    expect(parse('000014349/2021-A01-00067', cat)).toEqual(at(67, { unitCode: '000014349', category: 'A01' }))
    expect(parse('x1_2023.007', dotted)).toEqual(at(7, { unitCode: 'x1', year: 2023 }))
    expect(parse('U//2021/00001', doubled)).toEqual(at(1))
  })
  it.each([
    '', '000014349', '000014349/2021', '000014349/2021-0067', '000014349/2021-000067', '000014349/2021-00000',
    '000014349/21-00067', '000014349/1948-00067', '000014349/20a1-00067', '000014349/2021-0006x',
    ' 000014349/2021-00067', '000014349/2021-00067\n', '000014349 /2021-00067', '000014349/2021- 00067',
    '000014349-2021/00067', '000014349//2021-00067', '/000014349/2021-00067', '000014349/2021-00067-',
    '000014349/2021-A01-00067', '000014349/2021-00067/1', 'A/B/2021-00067', '000014349/２０２１-00067',
    `${'A'.repeat(33)}/2021-00001`, '000014349\\2021-00067', '0000143４9/2021-00067',
  ])('rejects %j', (value) => {
    expect(() => parse(value)).toThrow(IndexNumberError)
    expect(isIndexNumber(value)).toBe(false)
  })
  it('rejects malformed category numbers, separator mix-ups and non-strings', () => {
    const bad = ['U/2021-00067', 'U/2021-A-B-00067', 'U/2021--00067', `U/2021-${'A'.repeat(17)}-00001`, 'U/2021-A-0001']
    for (const value of bad) expect(isIndexNumber(value, cat)).toBe(false)
    for (const v of ['U/2021//00001', 'U//2021//00001', 'U/2021/00001']) expect(isIndexNumber(v, doubled)).toBe(false)
    rejects(() => parse(67 as unknown as string), 'malformed')
    rejects(() => parse('000014349/2021-0067'), 'malformed')
    expect(isIndexNumber(null)).toBe(false)
  })
  it('round-trips many random valid inputs', () => {
    let seed = 20210067
    const rand = (n: number) => Math.floor(((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n)
    const alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
    const code = (max: number) => Array.from({ length: 1 + rand(max) }, () => alnum[rand(alnum.length)]).join('')
    const seps = ['/', '-', '.', '_', '〔', '号', '//', '::', '—', '/-/']
    for (let i = 0; i < 3000; i++) {
      const unitSeparator = seps[rand(seps.length)]
      const partSeparator = seps.filter((s) => s !== unitSeparator)[rand(seps.length - 1)]
      const format = { unitSeparator, partSeparator, serialPadding: 1 + rand(12), includeCategory: rand(2) === 1 }
      const max = 10 ** format.serialPadding - 1
      const serial = rand(4) === 0 ? max : 1 + rand(Math.min(max, 2 ** 31))
      const parts = at(serial, { unitCode: code(32), year: 1949 + rand(8051) })
      if (format.includeCategory) parts.category = code(16)
      const text = fmt(parts, format)
      expect(parse(text, format)).toEqual(parts)
      expect(fmt(parse(text, format), format)).toBe(text)
      expect(isIndexNumber(text, format)).toBe(true)
    }
  })
})

describe('allocation rules', () => {
  it('keys one sequence per unit and year', () => {
    expect(sequenceKey('000014349', 2021)).toBe('000014349:2021')
    rejects(() => sequenceKey('0000:14349', 2021), 'invalid-unit-code')
    rejects(() => sequenceKey('000014349', 1900), 'invalid-year')
  })
  it('takes the publication year in China time', () => {
    const cases: [Date | string, string | undefined, number][] = [
      ['2021-12-31T17:00:00Z', undefined, 2022], ['2021-12-31T17:00:00.000Z', undefined, 2022],
      [new Date('2021-12-31T15:59:59.999Z'), undefined, 2021], [new Date('2021-12-31T16:00:00Z'), undefined, 2022],
      ['2022-01-01T00:30:00+08:00', undefined, 2022], ['2021-12-31T17:00:00Z', 'UTC', 2021],
      ['2022-01-01', 'America/New_York', 2022], ['2021-12-31', undefined, 2021],
    ]
    for (const [input, zone, year] of cases) expect(yearOfPublication(input, zone)).toBe(year)
    const badDates = ['2021-12-31T17:00:00', 'Dec 31 2021', '2021-02-30', '', 'x']
    for (const bad of badDates) rejects(() => yearOfPublication(bad), 'invalid-date')
    rejects(() => yearOfPublication(new Date(NaN)), 'invalid-date')
    rejects(() => yearOfPublication('2021-12-31T17:00:00Z', 'Mars/Olympus'), 'invalid-time-zone')
  })

  const [n1, n2, d, p] = ['U/2021-00001', 'U/2021-00002', 'draft', 'published'] as const
  const was = (indexNumber: string | null) => ({ indexNumber })
  it.each([
    [{ status: d }, null, 'none'], [{ status: d, indexNumber: n1 }, undefined, 'none'],
    [{ status: d }, was(null), 'none'], [{ status: p }, null, 'assign'],
    [{ status: p, indexNumber: n1 }, null, 'assign'], [{ status: p }, was(''), 'assign'],
    [{ status: p, indexNumber: n2 }, was(null), 'assign'], [{ status: p, indexNumber: n1 }, was(n1), 'keep'],
    [{ status: p, indexNumber: n2 }, was(n1), 'keep'], [{ status: p, indexNumber: null }, was(n1), 'keep'],
    [{ status: d, indexNumber: '' }, was(n1), 'keep'], [{ status: d }, was(n1), 'keep'],
  ] as const)('decideAssignment(%j, %j) → %s', (doc, previous, expected) => {
    expect(decideAssignment(doc, previous)).toBe(expected)
  })
  it('continues the counter after imported serials', () => {
    expect(nextSerialAfterImport([])).toBe(1)
    expect(nextSerialAfterImport([3, 67, 12])).toBe(68)
    expect(nextSerialAfterImport(Array.from({ length: 200_000 }, (_, i) => i + 1))).toBe(200_001)
    for (const bad of [0, -1, 1.5, NaN]) rejects(() => nextSerialAfterImport([1, bad]), 'invalid-serial')
  })
})
