import { stringify } from 'csv-stringify/sync'

/** A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection). */
export const safeCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** CSV that Excel opens as UTF-8 (byte-order mark), every cell made safe. */
export const csvText = (records: readonly (readonly unknown[])[]): string => `\uFEFF${stringify(records.map((r) => r.map(safeCell)), { record_delimiter: '\r\n' })}`
