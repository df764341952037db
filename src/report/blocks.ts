import type { BodyBlock } from '../seed/demo/bodies'
import { columnNames } from './grid'
import type { ReportDocument } from './template'

/** The report as the disclosure item's body: headings, paragraphs and each table with its column names. */
export function reportBlocks(doc: ReportDocument): BodyBlock[] {
  return doc.sections.flatMap((s) => [
    { type: 'h' as const, text: s.title },
    ...s.paragraphs.map((text) => ({ type: 'p' as const, text })),
    ...s.tables.flatMap((t) => [
      { type: 'p' as const, text: t.caption },
      { type: 'table' as const, head: columnNames(t).map((n, i) => (i === 0 ? '项目' : n)), rows: t.body.map((r) => r.map((c) => c.text)) },
    ]),
  ])
}

