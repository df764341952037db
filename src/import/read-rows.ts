import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

/** A row of the source file with where it came from, for error reports. */
export interface SourceRow {
  line: number
  values: Record<string, unknown>
}

/**
 * Reads CSV (UTF-8, with or without BOM), XLSX (first sheet, first row as headers) or JSON (an array
 * of objects). `line` is the file line (CSV), sheet row (XLSX) or 1-based array position (JSON).
 */
export async function readRows(file: string): Promise<SourceRow[]> {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.csv') {
    const records = parse(fs.readFileSync(file), { bom: true, columns: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: true }) as {
      record: Record<string, unknown>
      info: { lines: number }
    }[]
    return records.map(({ record, info }) => ({ line: info.lines, values: record }))
  }
  if (ext === '.xlsx') {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const sheet = workbook.worksheets[0]
    if (!sheet) return []
    const headers: string[] = []
    sheet.getRow(1).eachCell((cell, col) => (headers[col] = String(cell.text).trim()))
    const rows: SourceRow[] = []
    sheet.eachRow((row, number) => {
      if (number === 1) return
      const values: Record<string, unknown> = {}
      row.eachCell((cell, col) => {
        if (headers[col]) values[headers[col]] = cell.value instanceof Date ? cell.value : cell.text
      })
      rows.push({ line: number, values })
    })
    return rows
  }
  if (ext === '.json') {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'))
    if (!Array.isArray(data)) throw new Error('JSON 文件须为对象数组 / a JSON import must be an array of objects')
    return data.map((values, i) => ({ line: i + 1, values: values && typeof values === 'object' ? values : {} }))
  }
  throw new Error(`不支持的文件类型 ${ext} / unsupported file type ${ext}: use .csv, .xlsx or .json`)
}
