import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { idOf } from '../../../src/access/roles'
import {
  decideAssignment,
  formatIndexNumber,
  parseIndexNumber,
  resolveFormat,
  yearOfPublication,
  type IndexNumberFormat,
} from '../../../src/disclosure/index-number'
import { allocateSerial, raiseSequenceTo } from '../../IndexSequences/sequences'
import { asClientError } from '../../shared/client-error'

async function groupFormat(req: PayloadRequest): Promise<IndexNumberFormat> {
  const settings = await req.payload.findGlobal({ slug: 'disclosure-settings', req, depth: 0 })
  return resolveFormat(settings.indexNumberFormat ?? {})
}

/** What a first publication's number is made of, found in beforeChange; the serial is taken in afterChange. */
interface PendingNumber {
  unitCode: string
  year: number
  category?: string
  format: IndexNumberFormat
}
const pendingKey = 'pendingIndexNumber'

/**
 * Gives a disclosure its index number on first publication and never changes it afterwards. Any
 * number sent by a client is ignored; only an import (context.importIndexNumber) may bring one.
 * The serial itself is taken late, in numberOnPublish, so that the counter row stays locked for as
 * short a time as possible (see there).
 */
export const assignIndexNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const status = data._status === 'published' ? 'published' : 'draft'
  const previous = originalDoc?.indexNumber ? { indexNumber: originalDoc.indexNumber as string } : null
  delete req.context[pendingKey]

  // Year of publication also drives the year filter; set both on first publication.
  if (status === 'published' && !data.publishedAt) data.publishedAt = originalDoc?.publishedAt ?? new Date().toISOString()
  if (data.publishedAt) data.year = yearOfPublication(new Date(data.publishedAt))

  try {
    if (!previous && req.context.importIndexNumber === true && typeof data.indexNumber === 'string' && data.indexNumber) {
      const format = await groupFormat(req)
      const parts = parseIndexNumber(data.indexNumber, format)
      await raiseSequenceTo(req, parts.unitCode, parts.year, parts.serial)
      return data
    }
    const decision = decideAssignment({ indexNumber: null, status }, previous)
    if (decision === 'keep') data.indexNumber = previous!.indexNumber
    else if (decision === 'none') data.indexNumber = null
    else {
      const tenantId = idOf(data.tenant ?? originalDoc?.tenant)
      const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId!, depth: 0, req, select: { unitCode: true } })
      const format = await groupFormat(req)
      let category: string | undefined
      if (format.includeCategory) {
        const column = await req.payload.findByID({ collection: 'columns', id: idOf(data.column ?? originalDoc?.column)!, depth: 0, req })
        category = column.code ?? '99'
      }
      data.indexNumber = null
      req.context[pendingKey] = { unitCode: tenant.unitCode, year: yearOfPublication(new Date(data.publishedAt)), category, format } satisfies PendingNumber
    }
    return data
  } catch (err) {
    throw asClientError(err)
  }
}

/**
 * Takes the serial of a first publication as the publishing transaction's last write: the item, its
 * version, the audit record and the queued jobs are stored already, so the counter row (locked until
 * the transaction ends) waits only for two one-column updates (and the webhooks' queue, if any).
 * Still inside that transaction, so a failed publish gives its serial back and serials stay dense.
 * Writes straight through the adapter: no second save, no second version.
 */
export const numberOnPublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const pending = req.context[pendingKey] as PendingNumber | undefined
  if (!pending) return doc
  delete req.context[pendingKey]
  try {
    // The version just written, read before the counter is locked. The SQL adapters update one column of
    // it in place (one UPDATE); others replace the version object, so they get it whole, as it was read.
    const inPlace = ['sqlite', 'postgres'].includes(req.payload.db.name)
    const { docs: [version] } = await req.payload.db.findVersions({
      collection: collection.slug, where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 1, pagination: false, req,
      select: inPlace ? ({ latest: true, version: { _status: true } } as never) : undefined,
    })
    const serial = await allocateSerial(req, pending.unitCode, pending.year)
    const indexNumber = formatIndexNumber({ unitCode: pending.unitCode, year: pending.year, serial, category: pending.category }, pending.format)
    await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: { indexNumber }, req, returning: false })
    if (version) {
      const versionData = inPlace ? { version: { indexNumber } } : { ...version, version: { ...version.version, indexNumber } }
      await req.payload.db.updateVersion({ collection: collection.slug, id: version.id, versionData: versionData as never, req, returning: false })
    }
    return { ...doc, indexNumber }
  } catch (err) {
    throw asClientError(err)
  }
}
