import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Cell, ReportDocument, ReportTable } from './template'

/**
 * The report as a Word document laid out like the template: title, the six sections with 黑体
 * headings and 仿宋 text, the tables with their merged header cells. Fonts are named, not embedded
 * (Word and WPS on government desktops have them). Pure: returns the .docx bytes.
 */
const body = (text: string, opts: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size ?? 24, font: { eastAsia: opts.font ?? '仿宋_GB2312', ascii: 'Times New Roman' } })

const cell = (c: Cell) =>
  new TableCell({
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    children: [new Paragraph({ alignment: c.header && c.scope !== 'row' ? AlignmentType.CENTER : c.header ? AlignmentType.LEFT : AlignmentType.CENTER, indent: c.indent ? { left: c.indent * 240 } : undefined, children: [body(c.text, { size: 18, bold: c.header && c.scope !== 'row' })] })],
  })

const table = (t: ReportTable) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...t.head.map((r) => new TableRow({ tableHeader: true, children: r.map(cell) })),
      ...t.body.map((r) => new TableRow({ children: r.map(cell) })),
    ],
  })

export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [body(doc.title, { size: 36, font: '方正小标宋简体' })] }),
  ]
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [body(s.title, { size: 28, font: '黑体' })] }))
    for (const p of s.paragraphs) children.push(new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 360 }, children: [body(p)] }))
    for (const t of s.tables) {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, children: [body(t.caption, { bold: true, size: 21 })] }))
      children.push(table(t))
    }
  }
  return Packer.toBuffer(new Document({ creator: doc.unitName, title: doc.title, sections: [{ children }] }))
}
