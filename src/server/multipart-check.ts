import { Readable } from 'node:stream'
import busboy from 'busboy'
import { hasUnstorableText, unstorableTextProblem } from './request-limits'

export interface MultipartProblem {
  zh: string
  en: string
}

/**
 * Payload parses multipart bodies (uploads, and the admin's `_payload` forms) and answers 500 when
 * they are malformed: a missing or wrong boundary, a truncated body, a `_payload` that is not a JSON
 * object. This reads the body once with busboy (Payload's own parser), skipping file contents, and
 * names the problem first. `body` is a clone; Payload reads the original.
 */
export async function checkMultipart(contentType: string, body: ReadableStream<Uint8Array> | null): Promise<MultipartProblem | null> {
  const boundary = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType)
  if (!boundary) return { zh: 'multipart 请求缺少有效的 boundary', en: 'the multipart request has no valid boundary' }
  if (!body) return { zh: 'multipart 请求没有请求体', en: 'the multipart request has no body' }
  let parser: busboy.Busboy
  try {
    parser = busboy({ headers: { 'content-type': contentType }, limits: { fieldSize: 16 * 1024 * 1024 } })
  } catch {
    return { zh: 'multipart 请求的 Content-Type 无效', en: 'the multipart Content-Type is malformed' }
  }
  return new Promise((resolve) => {
    let problem: MultipartProblem | null = null
    parser.on('file', (_name, stream) => stream.on('error', () => {}).resume())
    parser.on('field', (name, value) => {
      if (name !== '_payload' || problem) return
      let data: unknown
      try {
        data = JSON.parse(value)
      } catch {
        problem = { zh: '_payload 不是有效的 JSON', en: '_payload is not valid JSON' }
        return
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) problem = { zh: '_payload 须为 JSON 对象', en: '_payload must be a JSON object' }
      else if (hasUnstorableText(data)) problem = unstorableTextProblem
    })
    parser.on('error', () => resolve({ zh: 'multipart 请求体格式错误或不完整', en: 'the multipart body is malformed or incomplete' }))
    parser.on('close', () => resolve(problem))
    Readable.fromWeb(body as never).on('error', () => resolve({ zh: '请求体读取失败', en: 'the request body could not be read' })).pipe(parser)
  })
}
