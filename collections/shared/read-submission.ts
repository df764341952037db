import { fileTypeFromBuffer } from 'file-type'
import { LetterError } from '../../src/letters/rules'
import { ATTACHMENT_LIMITS, checkAttachments, type AttachmentFacts, type AttachmentLimits } from '../../src/letters/submission'

export interface SubmittedFile {
  name: string
  data: Buffer
}

/** The largest letter request: three full attachments and the text, with room for the form's own overhead. */
export const MAX_SUBMISSION_BYTES = ATTACHMENT_LIMITS.count * ATTACHMENT_LIMITS.bytes + 256 * 1024

/** An application's answer documents (答复文书): more and larger than a citizen's attachments. */
export const DOCUMENT_LIMITS: AttachmentLimits = { count: 5, bytes: 10 * 1024 * 1024 }

/**
 * A form's fields and files from JSON, a urlencoded form or a multipart form: a letter's by default
 * (files under `attachments`), or those `limits` and `fileField` name.
 */
export async function readSubmission(
  request: Request, { limits = ATTACHMENT_LIMITS, fileField = 'attachments' }: { limits?: AttachmentLimits; fileField?: string } = {},
): Promise<{ fields: Record<string, unknown>; files: SubmittedFile[] }> {
  const length = Number(request.headers.get('content-length') ?? 0)
  const mb = Math.round(limits.bytes / 1024 / 1024)
  if (length > limits.count * limits.bytes + 256 * 1024) throw new LetterError('too-long', `提交的内容过大（附件每个不超过 ${mb} MB，最多 ${limits.count} 个）`, `the submission is too large (${limits.count} attachments of ${mb} MB at most)`, 413)
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
      } else if (key === fileField && value.size > 0) {
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

export interface CheckedFile extends AttachmentFacts {
  data: Buffer
  mime: string
  ext: string
}

/** Files read by their content (never their names) and checked against `limits`; a 4xx before anything is stored. */
export async function checkedFiles(files: readonly SubmittedFile[], limits: AttachmentLimits = ATTACHMENT_LIMITS): Promise<CheckedFile[]> {
  const facts: CheckedFile[] = []
  for (const f of files) {
    const type = await fileTypeFromBuffer(f.data)
    facts.push({ name: f.name, size: f.data.length, detected: type?.mime, data: f.data, mime: type?.mime ?? '', ext: type?.ext ?? '' })
  }
  checkAttachments(facts, limits)
  return facts
}

/** The upload Payload stores: the uploader's name cleaned, the extension of what the file really is. */
export function uploadOf(f: CheckedFile) {
  const base = f.name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'file'
  return { data: f.data, mimetype: f.mime, name: `${base}.${f.ext}`, size: f.data.length }
}
