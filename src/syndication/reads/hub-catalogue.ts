import type { Payload, PayloadRequest, Where } from 'payload'
import { idOf } from '../../access/roles'
import type { Disclosure } from '../../payload-types'
import { listFields } from '../../shared/list-fields'
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

const noPage = (query: HubCatalogueQuery): HubCataloguePage => ({
  scope: query.scope, docs: [], totalDocs: 0, totalPages: 0, page: query.page, limit: query.limit, hasNextPage: false, hasPrevPage: query.page > 1,
})

/**
 * The hub's aggregated catalogues (市政府部门信息公开目录 / 区县政府信息公开目录): every published item of
 * the units of one kind, read live from the units' own records. Nothing is copied, so an edit shows
 * at once and an unpublished or deleted item is gone at once. Public, like the items themselves; the
 * Local API is not scoped, so the query itself asks for published items only.
 * The items carry their unit's kind (`unitKind`): the query is one index range, newest first, with no
 * join; the page's units and columns are then read by id.
 */
export async function readHubCatalogue(payload: Payload, query: HubCatalogueQuery, req?: Partial<PayloadRequest>): Promise<HubCataloguePage> {
  const and: Where[] = [{ unitKind: { equals: query.scope } }, { _status: { equals: 'published' } }]
  if (query.year) and.push({ year: { equals: query.year } })
  const [unit, columnIds] = await Promise.all([
    query.unit ? payload.find({ collection: 'tenants', where: { slug: { equals: query.unit } }, limit: 1, depth: 0, overrideAccess: true, req, select: { slug: true } }) : null,
    query.column ? payload.find({ collection: 'columns', where: { key: { equals: query.column } }, pagination: false, depth: 0, overrideAccess: true, req, select: { key: true } }) : null,
  ])
  if (unit) {
    if (!unit.docs[0]) return noPage(query)
    and.push({ tenant: { equals: unit.docs[0].id } })
  }
  if (columnIds) {
    if (columnIds.docs.length === 0) return noPage(query)
    and.push({ column: { in: columnIds.docs.map((c) => c.id) } })
  }

  // Straight through the adapter, as the public sites' lists: plain fields at depth 0, no read hooks to run.
  const result = await payload.db.find<Disclosure>({
    collection: 'disclosures', where: { and }, page: query.page, limit: query.limit, sort: '-publishedAt', req,
    select: listFields({ title: true, indexNumber: true, documentNumber: true, issuer: true, publishedAt: true, year: true, validity: true, column: true, tenant: true }),
  })
  const ids = (key: 'tenant' | 'column') => [...new Set(result.docs.map((d) => idOf(d[key] as never)).filter((id) => id !== undefined))]
  const [units, columns, hub] = await Promise.all([
    payload.find({
      collection: 'tenants', where: { id: { in: ids('tenant') } }, pagination: false, depth: 0, overrideAccess: true, req,
      select: { slug: true, name: true, shortName: true, kind: true, hasSubSite: true, domains: true },
    }),
    payload.find({ collection: 'columns', where: { id: { in: ids('column') } }, pagination: false, depth: 0, overrideAccess: true, req, select: { key: true, title: true } }),
    findHub(payload, req),
  ])
  const unitById = new Map(units.docs.map((u) => [String(u.id), u]))
  const columnById = new Map(columns.docs.map((c) => [String(c.id), c]))
  const docs = result.docs.flatMap((doc): HubCatalogueItem[] => {
    const tenant = unitById.get(String(idOf(doc.tenant as never)))
    const column = columnById.get(String(idOf(doc.column as never)))
    if (!tenant || !column) return []
    const source = toUnitDoc(tenant)
    return [{
      id: doc.id,
      title: doc.title,
      indexNumber: doc.indexNumber ?? null,
      documentNumber: doc.documentNumber ?? null,
      issuer: doc.issuer,
      publishedAt: doc.publishedAt ?? null,
      year: doc.year ?? null,
      validity: doc.validity,
      column: { key: String(column.key), title: String(column.title) },
      unit: { id: source.id, slug: source.slug, name: source.name, shortName: source.shortName, kind: source.kind },
      canonicalUrl: canonicalDisclosureUrl(doc, tenant, hub),
    }]
  })
  const { totalDocs, totalPages, hasNextPage, hasPrevPage } = result
  return { scope: query.scope, docs, totalDocs, totalPages, page: query.page, limit: query.limit, hasNextPage, hasPrevPage }
}
