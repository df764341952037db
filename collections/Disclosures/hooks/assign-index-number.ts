import { type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
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

/**
 * Gives a disclosure its index number on first publication and never changes it afterwards. Any
 * number sent by a client is ignored; only an import (context.importIndexNumber) may bring one.
 */
export const assignIndexNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const status = data._status === 'published' ? 'published' : 'draft'
  const previous = originalDoc?.indexNumber ? { indexNumber: originalDoc.indexNumber as string } : null

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
      const year = yearOfPublication(new Date(data.publishedAt))
      const serial = await allocateSerial(req, tenant.unitCode, year)
      data.indexNumber = formatIndexNumber({ unitCode: tenant.unitCode, year, serial, category }, format)
    }
    return data
  } catch (err) {
    throw asClientError(err)
  }
}
