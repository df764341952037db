import fs from 'node:fs/promises'
import path from 'node:path'
import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

// Containers whose own extensions name their kind better than the container's (an OFD or DOCX is a ZIP).
const containerExtensions: Record<string, string[]> = {
  zip: ['zip', 'ofd', 'docx', 'xlsx'],
  cfb: ['doc', 'xls', 'cfb'],
}

/** The stored name's extension for a file: what its content is, whatever the uploader called it. */
export function sniffedName(name: string, detectedExt: string | undefined): string {
  const dot = name.lastIndexOf('.')
  const base = (dot > 0 ? name.slice(0, dot) : name) || 'file'
  const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  if (!detectedExt) return name
  if (given === detectedExt || containerExtensions[detectedExt]?.includes(given)) return `${base}.${given}`
  if (detectedExt === 'jpg' && given === 'jpeg') return `${base}.${given}`
  return `${base}.${detectedExt}`
}

/**
 * Payload keeps the uploader's file name, extension included, for everything it does not convert:
 * a PDF uploaded as `notice.html` would be stored and served from disk as `.html`, and for anything but
 * images Payload also keeps the type the uploader declared. Payload checks the type read from the
 * content; this makes the stored name and type say the same.
 */
export const nameFileByContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation === 'create' || operation === 'update') && file?.data?.length) {
    const detected = await fileTypeFromBuffer(file.data)
    file.name = sniffedName(file.name, detected?.ext)
    // A container that keeps its more specific extension (an OFD is a ZIP) keeps its declared type too.
    const ext = file.name.slice(file.name.lastIndexOf('.') + 1)
    if (detected && !(detected.ext !== ext && containerExtensions[detected.ext]?.includes(ext))) file.mimetype = detected.mime
  }
  return args
}

/**
 * Payload answers a file name that is not on disk with a 500 (by design, to keep details out of the
 * answer). A file that is not there is a 404. Runs before Payload's own local-disk serving.
 */
export function missingFileIsNotFound(staticDir: string) {
  return (async (_req: PayloadRequest, { params }: { params: { filename: string } }) => {
    const file = path.resolve(staticDir, params.filename)
    if (!file.startsWith(staticDir + path.sep)) return undefined // Payload refuses it with a 400
    const found = await fs.stat(file).then((s) => s.isFile(), () => false)
    if (found) return undefined
    return Response.json({ errors: [{ message: `文件不存在：${params.filename} / file not found: ${params.filename}` }] }, { status: 404 })
  }) as (req: PayloadRequest, args: { params: { filename: string } }) => Promise<Response>
}

/** Browsers must take the stored type as given, never guess another from the bytes. */
export const noSniff = ({ headers }: { headers: Headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}
