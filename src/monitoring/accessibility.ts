/**
 * Static accessibility checks of one rendered page (GB/T 37668 and WCAG 2.1 A/AA rules that need no
 * browser): what an inspector's scanner reports first. Pure: HTML in, problems out. The browser suites
 * run axe-core on the page types; this runs on a sample of every site's live pages, on every server.
 */
import { Parser } from 'htmlparser2'

export type AccessibilityProblem =
  | 'no-lang' | 'no-title' | 'img-no-alt' | 'h1-count' | 'link-no-name' | 'field-no-label' | 'table-no-header'

export const problemLabels: Record<AccessibilityProblem, string> = {
  'no-lang': '页面未声明语言（html lang）',
  'no-title': '页面没有标题（title）',
  'img-no-alt': '图片缺少替代文本（alt）',
  'h1-count': '页面一级标题（h1）不是恰好一个',
  'link-no-name': '链接没有可读的名称',
  'field-no-label': '表单控件没有标签（label）',
  'table-no-header': '数据表格没有表头（th）',
}

const unlabelledInputTypes = new Set(['hidden', 'submit', 'button', 'image', 'reset'])

/** The problems found on a page, each with how many times it occurs. */
export function accessibilityProblems(html: string): { problem: AccessibilityProblem; count: number }[] {
  const counts = new Map<AccessibilityProblem, number>()
  const add = (p: AccessibilityProblem) => counts.set(p, (counts.get(p) ?? 0) + 1)
  let lang = false
  let title = ''
  let inTitle = false
  let h1 = 0
  // Open links and tables, innermost last; a link gets its name from text, an image's alt or an aria-label.
  const links: { named: boolean }[] = []
  const tables: { headers: number; layout: boolean }[] = []
  const labelFor = new Set<string>()
  const fields: { id?: string; named: boolean }[] = []
  let labelDepth = 0

  const parser = new Parser({
    onopentag(name, a) {
      if (name === 'html') lang = Boolean(a.lang?.trim())
      else if (name === 'title') inTitle = true
      else if (name === 'h1') h1++
      else if (name === 'label') {
        labelDepth++
        if (a.for) labelFor.add(a.for)
      } else if (name === 'a' && a.href !== undefined) links.push({ named: Boolean(a['aria-label']?.trim() || a.title?.trim()) })
      else if (name === 'img') {
        if (a.alt === undefined) add('img-no-alt')
        if (a.alt?.trim() && links.length) links[links.length - 1].named = true
      } else if (name === 'table') tables.push({ headers: 0, layout: a.role === 'presentation' })
      else if (name === 'th' && tables.length) tables[tables.length - 1].headers++
      if ((name === 'input' && !unlabelledInputTypes.has((a.type ?? 'text').toLowerCase())) || name === 'select' || name === 'textarea') {
        fields.push({ id: a.id, named: labelDepth > 0 || Boolean(a['aria-label']?.trim() || a['aria-labelledby']?.trim() || a.title?.trim()) })
      }
    },
    ontext(text) {
      if (inTitle) title += text
      if (text.trim() && links.length) links[links.length - 1].named = true
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false
      else if (name === 'label') labelDepth = Math.max(0, labelDepth - 1)
      else if (name === 'a' && links.length) {
        const link = links.pop()!
        if (!link.named) add('link-no-name')
      } else if (name === 'table' && tables.length) {
        const table = tables.pop()!
        if (!table.layout && table.headers === 0) add('table-no-header')
      }
    },
  }, { decodeEntities: true })
  parser.write(html)
  parser.end()

  if (!lang) add('no-lang')
  if (!title.trim()) add('no-title')
  if (h1 !== 1) add('h1-count')
  for (const f of fields) if (!f.named && !(f.id && labelFor.has(f.id))) add('field-no-label')
  return [...counts].map(([problem, count]) => ({ problem, count }))
}
