import type { Payload } from 'payload'
import { idOf } from '../../src/access/roles'
import { readStoredFile } from '../../src/config/storage'
import { chinaDate } from '../../src/calendar/working-calendar'
import { inTransaction } from '../../src/db/transaction'
import { trackedRequest, type TrackedRequest } from '../../src/requests/public-view'
import { isOpen, RequestError, type RequestStatus } from '../../src/requests/state-machine'
import type { Request as DisclosureRequest } from '../../src/payload-types'
import { recordAudit } from '../AuditLog/record'
import { unlockByCode } from '../shared/tracking'

const answerDocuments = async (payload: Payload, request: DisclosureRequest) =>
  (await payload.find({ collection: 'request-documents', where: { request: { equals: request.id } }, depth: 0, limit: 20, sort: 'createdAt', overrideAccess: true, select: { filename: true, filesize: true, mimeType: true, prefix: true } })).docs

async function view(payload: Payload, doc: DisclosureRequest): Promise<TrackedRequest> {
  const unit = await payload.findByID({ collection: 'tenants', id: idOf(doc.unit)!, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } })
  return trackedRequest(doc, unit?.name, await answerDocuments(payload, doc))
}

/** One answer document, for the applicant with code and password: the file as a download, never cached. */
export async function requestDocumentFile(payload: Payload, code: unknown, password: unknown, documentId: unknown): Promise<Response> {
  const request = (await unlockByCode(payload, 'requests', code, password)) as DisclosureRequest
  const found = (await answerDocuments(payload, request)).find((d) => String(d.id) === String(documentId))
  const staticDir = payload.collections['request-documents'].config.upload.staticDir ?? ''
  const file = found ? await readStoredFile(staticDir, found).catch(() => null) : null
  if (!found || !file) throw new RequestError('missing', '文书不存在', 'no such document', 404)
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': found.mimeType || 'application/octet-stream',
      'Content-Disposition': `attachment; filename="document"; filename*=UTF-8''${encodeURIComponent(found.filename!)}`,
      'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff',
    },
  })
}

/** The applicant's view of their application, with code and password. */
export async function trackRequest(payload: Payload, code: unknown, password: unknown): Promise<TrackedRequest> {
  return view(payload, (await unlockByCode(payload, 'requests', code, password)) as DisclosureRequest)
}

/** The applicant withdraws (撤回申请): it ends as (六)3 其他 of table 三. */
export async function withdrawRequest(payload: Payload, code: unknown, password: unknown): Promise<TrackedRequest> {
  const doc = (await unlockByCode(payload, 'requests', code, password)) as DisclosureRequest
  if (!isOpen(doc.status as RequestStatus)) throw new RequestError('once', '该申请已办结，不能撤回', 'the application has ended and cannot be withdrawn', 409)
  const now = new Date()
  const updated = await inTransaction(payload, async (req) => {
    const saved = await payload.update({
      collection: 'requests', id: doc.id, depth: 0, overrideAccess: true, req,
      data: {
        status: 'withdrawn', outcome: 'other-other', endedDay: chinaDate(now), due: null,
        history: [...(doc.history ?? []).map(({ id: _id, ...h }) => h), { step: 'withdraw', byName: doc.applicant.name, at: now.toISOString(), comment: '申请人撤回申请' }],
      },
    })
    await recordAudit(req, { action: 'update', tenant: idOf(doc.unit), collectionSlug: 'requests', documentId: doc.id, summary: `${doc.trackingCode} 申请人撤回`, actor: { name: doc.applicant.name } })
    return saved
  })
  return view(payload, updated)
}
