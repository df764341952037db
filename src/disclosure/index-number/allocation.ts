import { assertUnitCode, assertYear, IndexNumberError } from './format'

/** Key of the per-unit, per-year counter row, e.g. `000014349:2021`. */
export function sequenceKey(unitCode: string, year: number): string {
  assertUnitCode(unitCode)
  assertYear(year)
  return `${unitCode}:${year}`
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/
// A date-time without Z or an offset would be read in the server's zone, so it is refused.
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i
const yearFormatters = new Map<string, Intl.DateTimeFormat>()

function yearFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = yearFormatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, year: 'numeric' })
    } catch {
      const en = `unknown time zone ${JSON.stringify(timeZone)}`
      throw new IndexNumberError('invalid-time-zone', `未知时区 ${timeZone}`, en)
    }
    yearFormatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * The calendar year of publication as seen in `timeZone` (China time by default), so a document
 * published at 2022-01-01 01:00 Beijing time (2021-12-31T17:00Z) counts towards 2022.
 * A date-only string is a calendar date already and keeps its own year.
 */
export function yearOfPublication(publishedAt: Date | string, timeZone = 'Asia/Shanghai'): number {
  const formatter = yearFormatter(timeZone)
  const invalid = () =>
    new IndexNumberError('invalid-date', '发布日期无效', `invalid publication date ${JSON.stringify(publishedAt)}`)
  let date: Date
  if (publishedAt instanceof Date) {
    date = publishedAt
  } else if (typeof publishedAt === 'string' && dateOnly.test(publishedAt)) {
    // new Date() rolls 2021-02-30 over to March; the round trip catches that.
    date = new Date(`${publishedAt}T00:00:00Z`)
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== publishedAt) throw invalid()
    return date.getUTCFullYear()
  } else if (typeof publishedAt === 'string' && dateTime.test(publishedAt)) {
    date = new Date(publishedAt)
  } else {
    throw invalid()
  }
  if (Number.isNaN(date.getTime())) throw invalid()
  const year = formatter.formatToParts(date).find((part) => part.type === 'year')
  return Number(year?.value)
}

export type Assignment = 'keep' | 'assign' | 'none'

const hasNumber = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== ''

/**
 * - `keep`: the stored (previous) number stays, whatever the incoming doc says and even if the
 *   document is unpublished again; a number once given never changes and is never reused.
 * - `assign`: first publication, allocate the next serial.
 * - `none`: a draft that never had a number; store none (an incoming value is discarded).
 * An incoming number is never trusted here; imports that keep historical numbers write them
 * through their own path and then move the counter on with nextSerialAfterImport.
 */
export function decideAssignment(
  doc: { indexNumber?: string | null; status: 'draft' | 'published' },
  previous?: { indexNumber?: string | null } | null,
): Assignment {
  if (hasNumber(previous?.indexNumber)) return 'keep'
  return doc.status === 'published' ? 'assign' : 'none'
}

/** The counter value to hand out next after importing documents with these serials. */
export function nextSerialAfterImport(existingSerials: number[]): number {
  let max = 0
  // A loop, not Math.max(...serials): large imports would overflow the call stack.
  for (const serial of existingSerials) {
    if (!Number.isSafeInteger(serial) || serial < 1) {
      const en = `imported serial must be a positive integer, got ${String(serial)}`
      throw new IndexNumberError('invalid-serial', '导入的流水号须为正整数', en)
    }
    if (serial > max) max = serial
  }
  return max + 1
}

/** The years whose counters every unit keeps ready: this one and the next, in China time. */
export function currentYears(now = new Date()): number[] {
  const year = yearOfPublication(now)
  return [year, year + 1]
}
