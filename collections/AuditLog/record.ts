import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, RequestContext } from 'payload'
import { idOf, type ID } from '../../src/access/roles'
import { relationId } from '../../src/shared/ids'
import { classifyChange, type AuditAction } from '../../src/audit/actions'
import type { ReviewTransition } from '../shared/workflow/review-hook'
import { narrowSelect } from '../../src/db/lean-find'

const unitIdOf = (tenant: AuditEntry['tenant']): number | undefined => {
  const id = idOf(tenant)
  return id === undefined ? undefined : relationId(id)
}

export interface AuditEntry {
  action: AuditAction
  tenant?: ID | { id: ID } | null
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

/** The stored form of an entry. */
function entryData(req: PayloadRequest, entry: AuditEntry) {
  const user = entry.actor ?? (req.user as AuditEntry['actor'] | null)
  return {
    at: new Date().toISOString(),
    action: entry.action,
    user: user?.collection === 'users' && user.id !== undefined ? relationId(user.id) : undefined,
    userName: entry.userName ?? (user ? String(user.name || user.email) : '系统 / system'),
    tenant: unitIdOf(entry.tenant),
    collectionSlug: entry.collectionSlug,
    documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
    summary: entry.summary?.slice(0, 300),
    comment: entry.comment,
    ip: clientIp(req),
  }
}

/** Appends one entry in the caller's transaction: it stands or falls with the change it records. */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry, { ownTransaction = false } = {}): Promise<void> {
  await req.payload.create({ collection: 'audit-log', overrideAccess: true, depth: 0, ...(ownTransaction ? {} : { req }), data: entryData(req, entry) })
}

/** Appends several entries in the caller's transaction straight through the adapter (the audit log has no hooks): an import's batch. */
export async function recordAudits(req: PayloadRequest, entries: AuditEntry[]): Promise<void> {
  for (const entry of entries) await req.payload.db.create({ collection: 'audit-log', data: entryData(req, entry), req, returning: false })
}

const liveKey = (slug: string, id: unknown) => `audit:live:${slug}:${String(id)}`
const afterKey = (slug: string, id: unknown) => `audit:after:${slug}:${String(id)}`

/** The stored document's status before this save, as noted by noteLiveStatus. */
/** The stored document before this save (noted by noteLiveStatus), or null. */
export const liveBefore = (context: RequestContext, slug: string, id: unknown) => (context[liveKey(slug, id)] as LiveRow | undefined) ?? null

export const liveStatusBefore = (context: RequestContext, slug: string, id: unknown) => liveBefore(context, slug, id)?._status ?? null

/** Whether this save wrote the stored document itself rather than only a draft version. */
export const liveRowChanged = (context: RequestContext, slug: string, id: unknown, after: LiveRow | null) =>
  (context[liveKey(slug, id)] as LiveRow | undefined)?.updatedAt !== after?.updatedAt

type LiveRow = { _status?: 'draft' | 'published'; updatedAt?: string } & Record<string, unknown>

/** What the after-hooks read of the stored row: its state and time, unit, title, what counts it (kind, year) and the hub's intake mark. */
const liveFields = ['_status', 'updatedAt', 'tenant', 'title', 'indexNumber', 'unitKind', 'year', 'hubSubmission']

/** The stored row, narrowed to liveFields: every field would be a relational query over the item's arrays, twice per save. */
async function readLive(req: PayloadRequest, slug: string, id: unknown): Promise<LiveRow | null> {
  const select = narrowSelect(req.payload, slug as CollectionSlug, liveFields)
  return ((await req.payload.db.findOne({ collection: slug as CollectionSlug, where: { id: { equals: id } }, req, select: select as never })) as LiveRow | null) ?? null
}

/** Notes whether the stored document is live before the save, for telling publish from a draft save. */
export const noteLiveStatus: CollectionBeforeChangeHook = async ({ collection, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc) return
  context[liveKey(collection.slug, originalDoc.id)] = await readLive(req, collection.slug, originalDoc.id)
  delete context[afterKey(collection.slug, originalDoc.id)] // a later save in the same request reads afresh
}

/** The stored (live) document after this save, read once per save for every after-hook. */
export async function liveAfter(req: PayloadRequest, context: RequestContext, slug: CollectionSlug, id: unknown) {
  const key = afterKey(slug, id)
  context[key] ??= await readLive(req, slug, id)
  return context[key] as LiveRow | null
}

export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  if (context.demoSeed) return doc // loading the demo group is not anyone's action
  const live = await liveAfter(req, context, collection.slug, doc.id)
  const transition = context.reviewTransition as ReviewTransition | undefined
  const action = classifyChange({
    operation,
    liveBefore: operation === 'create' ? null : liveStatusBefore(context, collection.slug, doc.id),
    liveAfter: live?._status ?? null,
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
