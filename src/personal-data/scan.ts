/** Findings of a whole item: its visible fields and its readable attachments, each with its place. Pure. */
import { lexicalToPlainText } from '../content/lexical'
import { checkedFields } from '../wording/check-document'
import type { AttachmentPlace, TextSegment } from './attachments'
import { findingKey, findPersonalData, kindLabels, maskValue, type PersonalDataKind } from './detect'

export interface PersonalFinding extends Partial<AttachmentPlace> {
  kind: PersonalDataKind
  key: string
  /** The value masked: findings never repeat the personal data they found. */
  masked: string
  /** A field of the item (title, body, …) or, with `attachment`, the attachment's text. */
  field?: string
  /** Character offset (from 0) in the field, the cell or the page. */
  start: number
  intended?: boolean
}

export type ScannedDocument = { [K in (typeof checkedFields)[number]['name']]?: unknown }

function findingsIn(text: string, place: Omit<PersonalFinding, 'kind' | 'key' | 'masked' | 'start'>): PersonalFinding[] {
  return findPersonalData(text).map((f) => ({ ...place, kind: f.kind, key: findingKey(f.kind, f.value), masked: maskValue(f.kind, f.value), start: f.start }))
}

export function scanDocument(doc: ScannedDocument, attachments: readonly TextSegment[], intended: ReadonlySet<string>): PersonalFinding[] {
  const findings: PersonalFinding[] = []
  for (const field of checkedFields) {
    const value = doc[field.name]
    const text = field.name === 'body' ? lexicalToPlainText(value) : typeof value === 'string' ? value : ''
    if (text) findings.push(...findingsIn(text, { field: field.name }))
  }
  for (const segment of attachments) findings.push(...findingsIn(segment.text, { ...segment.place }))
  return findings.map((f) => ({ ...f, intended: intended.has(f.key) }))
}

/** Where a finding is, as an editor reads it: 正文第12字, 附件“名单.xlsx”工作表“Sheet1”单元格C3. */
export function describeFinding(f: PersonalFinding): { zh: string; en: string } {
  const kind = kindLabels[f.kind]
  const field = checkedFields.find((c) => c.name === f.field)
  const at = { zh: `第${f.start + 1}字`, en: `character ${f.start + 1}` }
  const place = f.attachment
    ? {
        zh: `附件“${f.attachment}”${f.sheet ? `工作表“${f.sheet}”` : ''}${f.cell ? `单元格${f.cell}` : ''}${f.page ? `第${f.page}页` : ''}${f.cell ? '' : at.zh}`,
        en: `attachment "${f.attachment}"${f.sheet ? ` sheet "${f.sheet}"` : ''}${f.cell ? ` cell ${f.cell}` : ''}${f.page ? ` page ${f.page}` : ''}${f.cell ? '' : ` ${at.en}`}`,
      }
    : { zh: `${field?.zh ?? f.field}${at.zh}`, en: `${field?.en ?? f.field} ${at.en}` }
  return { zh: `${place.zh}：${kind.zh} ${f.masked}`, en: `${place.en}: ${kind.en} ${f.masked}` }
}

export function personalDataMessage(findings: readonly PersonalFinding[]): { zh: string; en: string } {
  const open = findings.filter((f) => !f.intended)
  const shown = open.slice(0, 5).map(describeFinding)
  const more = open.length > shown.length ? { zh: `等${open.length}处`, en: ` and ${open.length - shown.length} more` } : { zh: '', en: '' }
  return {
    zh: `发现个人信息，须脱敏或由审核员确认为有意公开：${shown.map((s) => s.zh).join('；')}${more.zh}`,
    en: `personal data found; mask it or have a reviewer mark it intended: ${shown.map((s) => s.en).join('; ')}${more.en}`,
  }
}
