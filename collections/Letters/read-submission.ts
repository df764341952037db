import { LetterError } from '../../src/letters/rules'
import { ATTACHMENT_LIMITS } from '../../src/letters/submission'
import type { SubmittedFile } from './submit'

/** The largest letter request: three full attachments and the text, with room for the form's own overhead. */
export const MAX_SUBMISSION_BYTES = ATTACHMENT_LIMITS.count * ATTACHMENT_LIMITS.bytes + 256 * 1024

/** A letter's fields and files from JSON, a urlencoded form or a multipart form. */
export async function readSubmission(request: Request): Promise<{ fields: Record<string, unknown>; files: SubmittedFile[] }> {
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > MAX_SUBMISSION_BYTES) throw new LetterError('too-long', '提交的内容过大（附件每个不超过 5 MB，最多 3 个）', 'the submission is too large (3 attachments of 5 MB at most)', 413)
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    let form: FormData
    try {
      form = await request.formData()
    } catch {
      throw new LetterError('bad-value', '表单数据无法读取', 'the form data could not be read')
    }
    const fields: Record<string, unknown> = {}
    const files: SubmittedFile[] = []
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') {
        if (key in fields) throw new LetterError('bad-value', `字段重复：${key.slice(0, 40)}`, `field given twice: ${key.slice(0, 40)}`)
        fields[key] = value
      } else if (key === 'attachments' && value.size > 0) {
        files.push({ name: value.name || 'file', data: Buffer.from(await value.arrayBuffer()) })
      }
    }
    return { fields, files }
  }
  if (!type.startsWith('application/json')) {
    throw new LetterError('bad-value', '请求须为 JSON 或表单（multipart/form-data）', 'the request must be JSON or a form (multipart/form-data)', 415)
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    throw new LetterError('bad-value', '请求体须为 JSON', 'the request body must be JSON')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new LetterError('bad-value', '请求体须为 JSON 对象', 'the request body must be a JSON object')
  return { fields: body as Record<string, unknown>, files: [] }
}
