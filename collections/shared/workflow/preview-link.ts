import type { PayloadRequest } from 'payload'
import { idOf, type UnitRef } from '../../../src/access/roles'
import { signPreview } from '../../../src/site/http-cache'

const PREVIEW_SECONDS = 60 * 60

/** The admin's Preview button: the draft on its unit's public site, behind a signature valid for an hour. */
export function previewLink(collection: 'articles' | 'disclosures') {
  return async (doc: { id?: unknown; tenant?: UnitRef }, { req }: { req: PayloadRequest }): Promise<string | null> => {
    const unitId = idOf(doc.tenant)
    if (doc.id === undefined || unitId === undefined) return null
    const unit = await req.payload.findByID({ collection: 'tenants', id: unitId, depth: 0, disableErrors: true, req })
    if (!unit) return null
    const expires = Math.floor(Date.now() / 1000) + PREVIEW_SECONDS
    const query = signPreview(req.payload.secret, { collection, id: String(doc.id) }, expires)
    return `${req.payload.config.serverURL}/sites/${unit.slug}/preview/${collection}/${String(doc.id)}?${query}`
  }
}
