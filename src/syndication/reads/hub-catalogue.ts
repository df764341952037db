import type { Payload, PayloadRequest, Where } from 'payload'
import { canonicalDisclosureUrl } from '../../tenancy/canonical-url'
import { findHub, toUnitDoc, type UnitDoc } from '../../tenancy/reads/units'
import type { HubCatalogueQuery } from '../params'

export interface HubCatalogueItem {
  id: number | string
  title: string
  indexNumber: string | null
  documentNumber: string | null
  issuer: string
  publishedAt: string | null
  year: number | null
  validity: string
  column: { key: string; title: string }
  unit: Pick<UnitDoc, 'id' | 'slug' | 'name' | 'shortName' | 'kind'>
  /** The item's one canonical URL, on its unit's own site. */
  canonicalUrl: string
}

export interface HubCataloguePage {
  scope: HubCatalogueQuery['scope']
  docs: HubCatalogueItem[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

/**
 * The hub's aggregated catalogues (市政府部门信息公开目录 / 区县政府信息公开目录): every published item of
 * the units of one kind, read live from the units' own records. Nothing is copied, so an edit shows
 * at once and an unpublished or deleted item is gone at once. Public, like the items themselves; the
 * Local API is not scoped, so the query itself asks for published items only.
 */
export async function readHubCatalogue(payload: Payload, query: HubCatalogueQuery, req?: Partial<PayloadRequest>): Promise<HubCataloguePage> {
  const and: Where[] = [{ _status: { equals: 'published' } }, { 'tenant.kind': { equals: query.scope } }]
  if (query.unit) and.push({ 'tenant.slug': { equals: query.unit } })
  if (query.column) and.push({ 'column.key': { equals: query.column } })
  if (query.year) and.push({ year: { equals: query.year } })

  const [result, hub] = await Promise.all([
    payload.find({ collection: 'disclosures', where: { and }, page: query.page, limit: query.limit, depth: 1, sort: '-publishedAt', overrideAccess: true, req }),
    findHub(payload, req),
  ])
  const docs = result.docs.flatMap((doc): HubCatalogueItem[] => {
    if (typeof doc.tenant !== 'object' || !doc.tenant || typeof doc.column !== 'object') return []
    const source = toUnitDoc(doc.tenant)
    return [{
      id: doc.id,
      title: doc.title,
      indexNumber: doc.indexNumber ?? null,
      documentNumber: doc.documentNumber ?? null,
      issuer: doc.issuer,
      publishedAt: doc.publishedAt ?? null,
      year: doc.year ?? null,
      validity: doc.validity,
      column: { key: doc.column.key, title: doc.column.title },
      unit: { id: source.id, slug: source.slug, name: source.name, shortName: source.shortName, kind: source.kind },
      canonicalUrl: canonicalDisclosureUrl(doc, source, hub),
    }]
  })
  const { totalDocs, totalPages, hasNextPage, hasPrevPage } = result
  return { scope: query.scope, docs, totalDocs, totalPages, page: query.page, limit: query.limit, hasNextPage, hasPrevPage }
}
