import { lexicalToPlainText } from '../content/lexical'
import type { WordingMatcher } from './matcher'
import type { WordingHit } from './types'

/** Fields of an item that readers see, in the order an editor reads them. */
export const checkedFields = [
  { name: 'title', zh: '标题', en: 'title' },
  { name: 'summary', zh: '摘要', en: 'summary' },
  { name: 'documentNumber', zh: '文号', en: 'document number' },
  { name: 'issuer', zh: '发布机构', en: 'issuing organ' },
  { name: 'body', zh: '正文', en: 'body' },
] as const

export interface DocumentHit extends WordingHit {
  field: (typeof checkedFields)[number]['name']
}

/** The checked fields of any document (an article, a disclosure item, a draft being saved). */
export type CheckedDocument = { [K in (typeof checkedFields)[number]['name']]?: unknown }

export function checkDocument(matcher: WordingMatcher, doc: CheckedDocument): DocumentHit[] {
  const hits: DocumentHit[] = []
  for (const field of checkedFields) {
    const value = doc[field.name]
    const text = field.name === 'body' ? lexicalToPlainText(value) : typeof value === 'string' ? value : ''
    if (text) for (const hit of matcher.check(text)) hits.push({ ...hit, field: field.name })
  }
  return hits
}

/** One line per hit, positions counted from 1 as an editor counts characters. */
export function describeHit(hit: DocumentHit): { zh: string; en: string } {
  const field = checkedFields.find((f) => f.name === hit.field)!
  const fix = hit.correct ? { zh: `，应为“${hit.correct}”`, en: `, should be "${hit.correct}"` } : { zh: '', en: '' }
  return {
    zh: `${field.zh}第${hit.start + 1}字“${hit.wrong}”${fix.zh}`,
    en: `${field.en} at character ${hit.start + 1}: "${hit.wrong}"${fix.en}`,
  }
}

export function blockingMessage(hits: readonly DocumentHit[]): { zh: string; en: string } {
  const blocking = hits.filter((h) => h.severity === 'block')
  const shown = blocking.slice(0, 5).map(describeHit)
  const more = blocking.length > shown.length ? { zh: `等${blocking.length}处`, en: ` and ${blocking.length - shown.length} more` } : { zh: '', en: '' }
  return {
    zh: `发现须修改的错敏词：${shown.map((s) => s.zh).join('；')}${more.zh}`,
    en: `wording that must be corrected: ${shown.map((s) => s.en).join('; ')}${more.en}`,
  }
}
