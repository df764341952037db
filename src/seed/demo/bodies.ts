import type { Words } from './vocabulary'

/**
 * Bodies of demo items: headings, paragraphs, lists and tables, as plain blocks turned into the
 * Lexical state the editor stores. Pure: no Payload imports.
 */
export type BodyBlock =
  | { type: 'p'; text: string }
  | { type: 'h'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'table'; head: string[]; rows: string[][] }

export function bodyFor(w: Words, kind: 'news' | 'notice' | 'policy' | 'table'): BodyBlock[] {
  const intro = `为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步推进${w.topic}工作，${w.unit}结合工作实际，现将有关情况${kind === 'notice' ? '通知如下' : '报告如下'}。`
  if (kind === 'news') {
    return [
      { type: 'p', text: `${w.year}年${w.month}月，${w.unit}召开专题会议，研究部署${w.topic}工作。会议指出，要坚持以人民为中心，把${w.topic}作为优化政务服务的重要抓手。` },
      { type: 'p', text: `会议要求，各科室要强化责任担当，细化工作措施，确保各项任务按时保质完成，并及时通过政府网站公开工作进展。` },
    ]
  }
  if (kind === 'notice') {
    return [
      { type: 'p', text: intro },
      { type: 'ul', items: [`时间安排：${w.year}年${w.month}月起`, `联系电话：0735-2${String(100000 + w.n * 137).slice(0, 6)}`, '办理地点：郴州市政务服务中心'] },
      { type: 'p', text: '特此通知。' },
    ]
  }
  if (kind === 'table') {
    const rows = ['一般公共服务', '教育', '社会保障和就业', '卫生健康', '城乡社区'].map((item, i) => {
      const amount = 120 + ((w.n * 37 + i * 91) % 900)
      const change = ((w.n * 13 + i * 7) % 21) - 10
      return [item, amount.toFixed(2), `${change >= 0 ? '+' : ''}${change}%`]
    })
    return [
      { type: 'p', text: intro },
      { type: 'h', text: '一、主要数据' },
      { type: 'table', head: ['项目', '金额（万元）', '比上年增减'], rows },
      { type: 'h', text: '二、情况说明' },
      { type: 'p', text: `以上数据由${w.unit}按规定口径统计，如有疑问请在工作日内联系本单位政府信息公开工作机构。` },
    ]
  }
  return [
    { type: 'p', text: intro },
    { type: 'h', text: '一、总体要求' },
    { type: 'p', text: `以提升群众满意度为目标，全面推进${w.topic}，做到目录规范、结构统一、层次清晰、便于监督。` },
    { type: 'h', text: '二、主要任务' },
    { type: 'ul', items: ['加强组织领导，明确责任分工', '完善工作制度，规范办理流程', '强化监督考核，加大督办落实力度'] },
    { type: 'h', text: '三、保障措施' },
    { type: 'p', text: '各单位要将此项工作纳入年度绩效考核，提供必要的经费和人员保障，加强业务培训，确保工作取得实效。' },
  ]
}

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, format: '', indent: 0, version: 1, direction: 'ltr', children, ...extra })

/** Lexical editor state for the blocks (the shapes Payload's default editor and table feature store). */
export function blocksToLexical(blocks: readonly BodyBlock[], uploads: readonly (number | string)[] = []): { root: Record<string, unknown> } {
  const children: unknown[] = blocks.map((b) => {
    switch (b.type) {
      case 'p':
        return element('paragraph', [textNode(b.text)], { textFormat: 0, textStyle: '' })
      case 'h':
        return element('heading', [textNode(b.text)], { tag: 'h2' })
      case 'ul':
        return element('list', b.items.map((item, i) => element('listitem', [textNode(item)], { value: i + 1 })), { listType: 'bullet', start: 1, tag: 'ul' })
      case 'table': {
        const row = (cells: string[], header: boolean) =>
          element('tablerow', cells.map((cell) => element('tablecell', [element('paragraph', [textNode(cell)], { textFormat: 0, textStyle: '' })], { headerState: header ? 1 : 0, colSpan: 1, rowSpan: 1, backgroundColor: null })))
        return element('table', [row(b.head, true), ...b.rows.map((r) => row(r, false))])
      }
    }
  })
  for (const id of uploads) children.splice(1, 0, { type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
  return { root: element('root', children) }
}
