import type { Access, CollectionSlug, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { isSuperAdmin, sameId, tenantIdsWithRole, type ID, type RoleUser } from '../../src/access/roles'
import { relationId } from '../../src/shared/ids'
import { ClientError } from './client-error'
import { refuseMalformedReferences } from './hooks/refuse-malformed-references'

/**
 * Payload adds collections of its own (document locks, preferences, jobs, migrations) after our
 * config is built, with access open to any signed-in user. The multi-tenant plugin does not scope
 * them. This sets their rules once the config is sanitized.
 */
const nobody: Access = () => false
const asUser = (req: PayloadRequest) => (req.user ?? null) as RoleUser | null

/** Users who share a unit with the requester (the requester included): whose edit locks they may see. */
async function colleagues(req: PayloadRequest, user: RoleUser): Promise<ID[]> {
  const units = tenantIdsWithRole(user)
  if (units.length === 0) return [user.id]
  const found = await req.payload.find({
    collection: 'users', where: { 'tenants.tenant': { in: units } }, depth: 0, limit: 1000, pagination: false,
    select: {}, overrideAccess: true, req,
  })
  return found.docs.map((d) => d.id)
}

const lockAccess: Access = async ({ req }) => {
  const user = asUser(req)
  if (!user) return false
  if (isSuperAdmin(user)) return true
  const where: Where = { and: [{ 'user.value': { in: await colleagues(req, user) } }, { globalSlug: { exists: false } }] }
  return where
}

/** Whether the requester may update the document (its collection's own update rule, scoping included). */
async function mayUpdate(req: PayloadRequest, collection: string, id: ID | undefined): Promise<boolean> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config || id === undefined) return false
  const rule = config.access?.update
  const result = rule ? await rule({ req, id: relationId(id) }) : Boolean(req.user)
  if (result === false) return false
  if (result === true) return true
  const where: Where = { and: [result as Where, { id: { equals: id } }] }
  const { totalDocs } = await req.payload.count({ collection: collection as CollectionSlug, where, overrideAccess: true, req })
  return totalDocs > 0
}

type LockRef = { relationTo?: string; value?: ID | { id: ID } } | null | undefined
const refOf = (document: LockRef) => ({
  collection: document?.relationTo,
  id: typeof document?.value === 'object' && document.value ? document.value.id : document?.value,
})

const refused = () => ClientError.from('无权编辑该文档，不能锁定或解锁 / you may not edit this document, so you cannot lock or unlock it', 403)

/** Taking over an edit lock: only onto oneself, and only on a document one may edit. */
const guardLockChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = asUser(req)
  if (!user || isSuperAdmin(user)) return data
  const ref = refOf((data.document ?? originalDoc?.document) as LockRef)
  if (!ref.collection || !(await mayUpdate(req, ref.collection, ref.id))) throw refused()
  if (data.user !== undefined) {
    const holder = refOf(data.user as LockRef)
    if (!sameId(holder.id, user.id)) throw refused()
  }
  return data
}

const guardLockDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = asUser(req)
  if (!user || isSuperAdmin(user)) return
  const lock = await req.payload.findByID({ collection: 'payload-locked-documents', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  const ref = refOf(lock?.document as LockRef)
  if (!lock || !ref.collection || !(await mayUpdate(req, ref.collection, ref.id))) throw refused()
}

export function hardenSystemCollections(config: SanitizedConfig): SanitizedConfig {
  const idType = config.db.defaultIDType === 'number' ? 'number' : 'text'
  for (const collection of config.collections) {
    const references = refuseMalformedReferences(collection, idType)
    if (references) collection.hooks.beforeValidate = [references, ...(collection.hooks.beforeValidate ?? [])]
    if (collection.slug === 'payload-locked-documents') {
      // Locks are made by the admin's server side (no access check); over the API they are only read,
      // taken over or released, and only by someone who may edit the locked document.
      collection.access = { ...collection.access, create: nobody, read: lockAccess, update: lockAccess, delete: lockAccess }
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), guardLockChange]
      collection.hooks.beforeDelete = [...(collection.hooks.beforeDelete ?? []), guardLockDelete]
    }
    if (collection.slug === 'payload-migrations') {
      const superOnly: Access = ({ req }) => isSuperAdmin(asUser(req))
      collection.access = { ...collection.access, read: superOnly, create: nobody, update: nobody, delete: nobody }
    }
  }
  return config
}
