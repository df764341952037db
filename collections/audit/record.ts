import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { idOf } from '../../src/access/roles'
import { classifyChange, type AuditAction } from '../../src/workflow/audit/actions'
import type { ReviewTransition } from '../review/review-hook'

export interface AuditEntry {
  action: AuditAction
  tenant?: unknown
  collectionSlug?: string
  documentId?: string | number
  summary?: string
  comment?: string
  /** Who acted, when it is not req.user (a login, a failed login). */
  actor?: { id?: string | number; name?: string; email?: string; collection?: string }
  userName?: string
}

function clientIp(req: PayloadRequest): string | undefined {
  const forwarded = req.headers?.get?.('x-forwarded-for')
  return forwarded?.split(',')[0]?.trim() || req.headers?.get?.('x-real-ip') || undefined
}

/** Appends one entry in the caller's transaction: it stands or falls with the change it records. */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry, { ownTransaction = false } = {}): Promise<void> {
  const user = entry.actor ?? (req.user as AuditEntry['actor'] | null)
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    depth: 0,
    ...(ownTransaction ? {} : { req }),
    data: {
      at: new Date().toISOString(),
      action: entry.action,
      user: user?.collection === 'users' ? user.id : undefined,
      userName: entry.userName ?? (user ? String(user.name || user.email) : '系统 / system'),
      tenant: idOf(entry.tenant as never) ?? undefined,
      collectionSlug: entry.collectionSlug,
      documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
      summary: entry.summary?.slice(0, 300),
      comment: entry.comment,
      ip: clientIp(req),
    },
  })
}

const liveKey = (slug: string, id: unknown) => `audit:live:${slug}:${String(id)}`

/** Notes whether the stored document is live before the save, for telling publish from a draft save. */
export const noteLiveStatus: CollectionBeforeChangeHook = async ({ collection, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc) return
  const live = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
  context[liveKey(collection.slug, originalDoc.id)] = (live as { _status?: string } | null)?._status ?? null
}

export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  const live = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
  const transition = context.reviewTransition as ReviewTransition | undefined
  const action = classifyChange({
    operation,
    liveBefore: operation === 'create' ? null : (context[liveKey(collection.slug, doc.id)] as 'draft' | 'published' | null),
    liveAfter: (live as { _status?: 'draft' | 'published' } | null)?._status ?? null,
    reviewAction: transition?.action,
  })
  await recordAudit(req, {
    action, tenant: doc.tenant, collectionSlug: collection.slug, documentId: doc.id, summary: doc.title, comment: transition?.comment,
  })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, { action: 'delete', tenant: doc.tenant, collectionSlug: collection.slug, documentId: doc.id, summary: doc.title })
}
