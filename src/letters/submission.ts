import { isLetterCategory, LetterError, type LetterCategory } from './rules'

/** What a citizen writes. Pure validation: every problem is a bilingual LetterError (400). */
export interface LetterInput {
  name: string
  phone?: string
  email?: string
  subject: string
  category: LetterCategory
  body: string
  allowPublish: boolean
}

export const INPUT_LIMITS = { name: 50, phone: 20, email: 120, subject: 100, body: 5000, bodyMin: 10 } as const

const MOBILE_OR_LANDLINE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/
const EMAIL = /^[^\s@<>()",;]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/

function field(raw: unknown, zh: string, en: string, max: number, required: boolean): string {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') throw new LetterError('bad-value', `${zh}须为文本`, `${en} must be text`)
  const value = (raw ?? '').replace(/\r\n/g, '\n').trim()
  if (required && !value) throw new LetterError('missing', `请填写${zh}`, `${en} is required`)
  if ([...value].length > max) throw new LetterError('too-long', `${zh}不能超过 ${max} 字`, `${en} is longer than ${max} characters`)
  // Control characters other than line breaks and tabs have no place in a letter.
  if ([...value].some((c) => { const n = c.charCodeAt(0); return (n < 32 && c !== '\n' && c !== '\t') || n === 127 })) throw new LetterError('bad-value', `${zh}含有无效字符`, `${en} contains invalid characters`)
  return value
}

const truthy = (raw: unknown) => raw === true || raw === 'true' || raw === 'on' || raw === '1' || raw === 'yes'

export function readLetterInput(raw: Record<string, unknown>): LetterInput {
  const name = field(raw.name, '姓名', 'name', INPUT_LIMITS.name, true)
  const phone = field(raw.phone, '联系电话', 'phone', INPUT_LIMITS.phone, false).replace(/\s+/g, '')
  const email = field(raw.email, '电子邮箱', 'email', INPUT_LIMITS.email, false)
  if (!phone && !email) throw new LetterError('missing', '请至少填写联系电话或电子邮箱中的一项', 'give a phone number or an e-mail address')
  if (phone && !MOBILE_OR_LANDLINE.test(phone)) throw new LetterError('bad-value', '联系电话格式不正确（手机号或区号-座机号）', 'the phone number is not a mobile or landline number')
  if (email && !EMAIL.test(email)) throw new LetterError('bad-value', '电子邮箱格式不正确', 'the e-mail address is not valid')
  const subject = field(raw.subject, '标题', 'subject', INPUT_LIMITS.subject, true)
  const category = raw.category ?? 'other'
  if (!isLetterCategory(category)) throw new LetterError('bad-value', '来信类别不正确', 'unknown category')
  const body = field(raw.body, '来信内容', 'body', INPUT_LIMITS.body, true)
  if ([...body].length < INPUT_LIMITS.bodyMin) throw new LetterError('bad-value', `来信内容至少 ${INPUT_LIMITS.bodyMin} 字`, `the letter needs at least ${INPUT_LIMITS.bodyMin} characters`)
  return { name, phone: phone || undefined, email: email || undefined, subject, category, body, allowPublish: truthy(raw.allowPublish) }
}

/** Attachments: at most 3, each read by its content (not its name) as one of these, each at most 5 MB. */
export const ATTACHMENT_LIMITS = { count: 3, bytes: 5 * 1024 * 1024 } as const
export const attachmentTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
}

export interface AttachmentFacts {
  name: string
  size: number
  /** The type read from the file's first bytes, or undefined when nothing known was found. */
  detected?: string
}

export interface AttachmentLimits {
  count: number
  bytes: number
}

/** `limits` defaults to a letter's; other forms (an application's answer documents) pass their own. */
export function checkAttachments(files: readonly AttachmentFacts[], limits: AttachmentLimits = ATTACHMENT_LIMITS): void {
  const mb = `${Math.round(limits.bytes / 1024 / 1024)} MB`
  if (files.length > limits.count) {
    throw new LetterError('bad-value', `附件最多 ${limits.count} 个`, `at most ${limits.count} attachments`)
  }
  for (const file of files) {
    const name = file.name.slice(0, 80)
    if (file.size === 0) throw new LetterError('bad-value', `附件“${name}”是空文件`, `attachment “${name}” is empty`)
    if (file.size > limits.bytes) throw new LetterError('too-long', `附件“${name}”超过 ${mb}`, `attachment “${name}” is larger than ${mb}`, 413)
    if (!file.detected || !(file.detected in attachmentTypes)) {
      throw new LetterError('bad-value', `附件“${name}”的类型不允许（仅限 PDF、JPEG、PNG、DOCX、XLSX）`, `attachment “${name}” is not an allowed type (PDF, JPEG, PNG, DOCX, XLSX only)`, 415)
    }
  }
}
