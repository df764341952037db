import { BilingualError } from '../../shared/bilingual-error'

export type IndexNumberErrorCode =
  | 'invalid-format' | 'invalid-unit-code' | 'invalid-year' | 'invalid-serial' | 'serial-overflow'
  | 'invalid-category' | 'malformed' | 'invalid-date' | 'invalid-time-zone'

export class IndexNumberError extends BilingualError<IndexNumberErrorCode> {}

export interface IndexNumberFormat {
  unitSeparator: string // between unit code and year, default '/'
  partSeparator: string // between year, category and serial, default '-'
  serialPadding: number // fixed serial width, 1..12, default 5
  includeCategory: boolean // {unit}/{year}-{category}-{serial}, default false
}

export interface IndexNumberParts {
  unitCode: string
  year: number
  serial: number
  category?: string
}

export const defaultIndexNumberFormat: Readonly<IndexNumberFormat> = Object.freeze({
  unitSeparator: '/',
  partSeparator: '-',
  serialPadding: 5,
  includeCategory: false,
})

const alnum = /^[0-9A-Za-z]+$/
// Every field is ASCII alphanumeric and no separator contains one, so splitting into alternating
// runs is unambiguous whatever the configured separators are.
const tokens = /[0-9A-Za-z]+|[^0-9A-Za-z]+/g

function checkSeparator(name: string, value: unknown): void {
  const length = typeof value === 'string' ? [...value].length : 0
  if (typeof value !== 'string' || length < 1 || length > 3 || /[0-9A-Za-z\s\p{C}]/u.test(value)) {
    const en = `${name} must be 1–3 characters, none alphanumeric or blank`
    throw new IndexNumberError('invalid-format', `${name} 须为 1–3 个非字母数字、非空白字符`, en)
  }
}

export function resolveFormat(partial?: { [K in keyof IndexNumberFormat]?: IndexNumberFormat[K] | null }): IndexNumberFormat {
  const f: IndexNumberFormat = { ...defaultIndexNumberFormat }
  for (const key of Object.keys(f) as (keyof IndexNumberFormat)[]) {
    if (partial?.[key] !== undefined && partial[key] !== null) Object.assign(f, { [key]: partial[key] })
  }
  checkSeparator('unitSeparator', f.unitSeparator)
  checkSeparator('partSeparator', f.partSeparator)
  if (f.unitSeparator === f.partSeparator) {
    throw new IndexNumberError('invalid-format', '单位分隔符与分段分隔符不能相同', 'separators must differ')
  }
  if (!Number.isInteger(f.serialPadding) || f.serialPadding < 1 || f.serialPadding > 12) {
    throw new IndexNumberError('invalid-format', '流水号位数须为 1–12 的整数', 'serialPadding must be an integer 1..12')
  }
  if (typeof f.includeCategory !== 'boolean') {
    throw new IndexNumberError('invalid-format', 'includeCategory 须为布尔值', 'includeCategory must be a boolean')
  }
  return f
}

function assertCode(value: unknown, max: number, what: string, zh: string): asserts value is string {
  if (typeof value !== 'string' || value.length > max || !alnum.test(value)) {
    const en = `${what} must be 1–${max} ASCII letters or digits, got ${JSON.stringify(value)}`
    const code = what === 'unit code' ? 'invalid-unit-code' : 'invalid-category'
    throw new IndexNumberError(code, `${zh}须为 1–${max} 位字母或数字`, en)
  }
}

export function assertUnitCode(unitCode: unknown): asserts unitCode is string {
  assertCode(unitCode, 32, 'unit code', '单位代码')
}

export function assertYear(year: unknown): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 9999) {
    const en = `year must be an integer 1949..9999, got ${String(year)}`
    throw new IndexNumberError('invalid-year', '年份须为 1949–9999 的整数', en)
  }
}

function assertSerial(serial: unknown, padding: number): asserts serial is number {
  if (typeof serial !== 'number' || !Number.isSafeInteger(serial) || serial < 1) {
    const en = `serial must be a positive integer, got ${String(serial)}`
    throw new IndexNumberError('invalid-serial', '流水号须为正整数', en)
  }
  // Never widen silently: a longer serial would break the fixed width that parsing relies on.
  if (serial > 10 ** padding - 1) {
    const en = `serial ${serial} does not fit in ${padding} digits`
    throw new IndexNumberError('serial-overflow', `流水号 ${serial} 超出 ${padding} 位`, en)
  }
}

export function formatIndexNumber(parts: IndexNumberParts, format?: Partial<IndexNumberFormat>): string {
  const f = resolveFormat(format)
  const { unitCode, year, serial, category } = parts
  assertUnitCode(unitCode)
  assertYear(year)
  assertSerial(serial, f.serialPadding)
  let middle = ''
  if (f.includeCategory) {
    assertCode(category, 16, 'category', '分类代码')
    middle = `${category}${f.partSeparator}`
  } else if (category !== undefined && category !== null) {
    throw new IndexNumberError('invalid-category', '该格式不含分类代码', 'this format has no category segment')
  }
  const serialText = String(serial).padStart(f.serialPadding, '0')
  return `${unitCode}${f.unitSeparator}${year}${f.partSeparator}${middle}${serialText}`
}

export function parseIndexNumber(value: string, format?: Partial<IndexNumberFormat>): IndexNumberParts {
  const f = resolveFormat(format)
  const malformed = (why: string) =>
    new IndexNumberError('malformed', `索引号格式错误（${why}）`, `malformed index number: ${why}`)
  if (typeof value !== 'string') throw malformed('not a string')
  const t = value.match(tokens) ?? []
  const count = f.includeCategory ? 7 : 5
  if (t.length !== count) throw malformed(`expected ${count} segments, found ${t.length}`)
  const [unitCode, unitSep, yearText, partSep] = t
  const serialText = t[count - 1]
  if (unitSep !== f.unitSeparator) throw malformed('wrong unit separator')
  const partSeps = f.includeCategory ? [partSep, t[5]] : [partSep]
  if (partSeps.some((sep) => sep !== f.partSeparator)) throw malformed('wrong part separator')
  if (!/^\d{4}$/.test(yearText)) throw malformed('year must be 4 digits')
  const serialPattern = new RegExp(`^\\d{${f.serialPadding}}$`)
  if (!serialPattern.test(serialText)) throw malformed(`serial must be exactly ${f.serialPadding} digits`)
  const parts: IndexNumberParts = { unitCode, year: Number(yearText), serial: Number(serialText) }
  if (f.includeCategory) parts.category = t[4]
  formatIndexNumber(parts, f) // range checks: unit/category length, year 1949..9999, serial ≥ 1
  return parts
}

/** False for any malformed value; throws only on invalid format options (a configuration error). */
export function isIndexNumber(value: unknown, format?: Partial<IndexNumberFormat>): boolean {
  const f = resolveFormat(format)
  if (typeof value !== 'string') return false
  try {
    parseIndexNumber(value, f)
    return true
  } catch (err) {
    if (err instanceof IndexNumberError) return false
    throw err
  }
}
