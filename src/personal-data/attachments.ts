/**
 * Readable text of attached documents, with each piece's place, for the personal-data scan.
 * Maintained readers rather than hand-written parsers: mammoth (DOCX text, the OOXML body with its
 * fields and tables), exceljs (XLSX cells with their addresses, already used by the importer),
 * unpdf (PDF text per page, a packaged build of Mozilla's PDF.js) and csv-parse (CSV with quoting).
 */
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { extractText, getDocumentProxy } from 'unpdf'

export interface AttachmentPlace {
  attachment: string
  sheet?: string
  cell?: string
  page?: number
}

export interface TextSegment {
  text: string
  place: AttachmentPlace
}

export type ReadableKind = 'docx' | 'xlsx' | 'pdf' | 'csv'

/** Which reader a file takes, by its stored (content-checked) name and type; null when none reads it. */
export function readableKind(filename: string, mimeType?: string | null): ReadableKind | null {
  const ext = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase()
  if (ext === 'docx') return 'docx'
  if (ext === 'xlsx') return 'xlsx'
  if (ext === 'pdf' || mimeType === 'application/pdf') return 'pdf'
  if (ext === 'csv' || mimeType === 'text/csv') return 'csv'
  return null
}

const columnName = (index: number): string => {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** The text pieces of one attachment. A file its reader cannot open gives no pieces and an error. */
export async function readAttachment(name: string, data: Uint8Array, kind: ReadableKind): Promise<TextSegment[]> {
  if (kind === 'docx') {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) })
    return [{ text: value, place: { attachment: name } }]
  }
  if (kind === 'xlsx') {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer)
    const segments: TextSegment[] = []
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => row.eachCell((cell) => {
        const text = cell.text
        if (text) segments.push({ text, place: { attachment: name, sheet: sheet.name, cell: cell.address } })
      }))
    })
    return segments
  }
  if (kind === 'pdf') {
    const pdf = await getDocumentProxy(new Uint8Array(data))
    const { text } = await extractText(pdf, { mergePages: false })
    return text.map((page, i) => ({ text: page, place: { attachment: name, page: i + 1 } }))
  }
  const rows = parse(Buffer.from(data).toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][]
  return rows.flatMap((row, r) => row.map((text, c) => ({ text, place: { attachment: name, cell: `${columnName(c)}${r + 1}` } })).filter((s) => s.text))
}
