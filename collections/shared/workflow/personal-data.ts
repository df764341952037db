import type { PayloadRequest } from 'payload'
import { readableKind, readAttachment, type TextSegment } from '../../../src/personal-data/attachments'
import { maskText, findingKey } from '../../../src/personal-data/detect'
import { personalDataMessage, scanDocument, type PersonalFinding, type ScannedDocument } from '../../../src/personal-data/scan'
import { idOf } from '../../../src/access/roles'
import { readStoredFile } from '../../../src/config/storage'
import { staticDir } from '../../Media'
import { ClientError } from '../client-error'

export interface IntendedRow {
  key: string
  kind?: string
  masked?: string
  byId?: string
  byName?: string
  at?: string
}

type ScannedItem = object & { attachments?: unknown; review?: unknown; body?: unknown }

/** The readable attachments of an item as text pieces; a file that cannot be read is reported, not skipped silently. */
async function attachmentText(req: PayloadRequest, item: ScannedItem): Promise<{ segments: TextSegment[]; unreadable: string[] }> {
  const ids = (Array.isArray(item.attachments) ? item.attachments : []).map((a) => idOf(a)).filter((id) => id !== undefined)
  if (!ids.length) return { segments: [], unreadable: [] }
  const files = await req.payload.find({ collection: 'media', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, req, overrideAccess: true })
  const segments: TextSegment[] = []
  const unreadable: string[] = []
  // In the item's own order of attachments, as an editor reads them.
  const ordered = ids.flatMap((id) => files.docs.filter((d) => String(d.id) === String(id)))
  for (const file of ordered) {
    const name = String(file.filename ?? '')
    const kind = readableKind(name, file.mimeType)
    if (!kind) continue
    try {
      const data = await readStoredFile(staticDir, file)
      segments.push(...(await readAttachment(name, data, kind)))
    } catch {
      unreadable.push(name)
    }
  }
  return { segments, unreadable }
}

export const intendedKeys = (item: ScannedItem): Set<string> =>
  new Set((((item.review as { intendedData?: IntendedRow[] } | undefined)?.intendedData) ?? []).map((row) => row.key))

/** Personal data in the item's fields and readable attachments, each finding with its place and whether a reviewer marked it intended. */
export async function personalDataFindings(req: PayloadRequest, item: ScannedItem): Promise<{ findings: PersonalFinding[]; unreadable: string[] }> {
  const { segments, unreadable } = await attachmentText(req, item)
  return { findings: scanDocument(item as ScannedDocument, segments, intendedKeys(item)), unreadable }
}

/** Refuses a submission or publication while a finding is neither masked nor marked intended. */
export function refusePersonalData(findings: readonly PersonalFinding[]): void {
  if (!findings.some((f) => !f.intended)) return
  const message = personalDataMessage(findings)
  throw new ClientError(message.zh, message.en, 400, { personalData: findings })
}

/** The body with every personal datum masked (脱敏) except those a reviewer marked intended. */
export function maskBody(body: unknown, intended: ReadonlySet<string>): { body: unknown; masked: number } {
  let masked = 0
  const walk = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node
    const n = node as Record<string, unknown>
    const out: Record<string, unknown> = { ...n }
    if (typeof n.text === 'string') {
      const result = maskText(n.text, (f) => intended.has(findingKey(f.kind, f.value)))
      masked += result.masked
      out.text = result.text
    }
    if (Array.isArray(n.children)) out.children = n.children.map(walk)
    return out
  }
  const root = (body as { root?: unknown } | null)?.root
  return root ? { body: { ...(body as object), root: walk(root) }, masked } : { body, masked }
}
