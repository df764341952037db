import type { Payload, PayloadRequest, Where } from 'payload'
import { idOf } from '../../access/roles'
import type { Disclosure } from '../../payload-types'
import { leanPage } from '../../db/lean-find'
import { countKey } from '../../disclosure/catalogue-counts'
import { keptCount } from '../../disclosure/reads/catalogue-counts'
import { canonicalDisclosureUrl } from '../../tenancy/canonical-url'
import { hubOf } from '../../tenancy/kinds'
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

const withTotal = <T>(docs: T[], totalDocs: number, { page, limit }: HubCatalogueQuery) => {
  const totalPages = Math.ceil(totalDocs / limit)
  return { docs, totalDocs, totalPages, hasNextPage: page < totalPages, hasPrevPage: page > 1 }
}

const noPage = (query: HubCatalogueQuery): HubCataloguePage => ({
  scope: query.scope, docs: [], totalDocs: 0, totalPages: 0, page: query.page, limit: query.limit, hasNextPage: false, hasPrevPage: query.page > 1,
})

/**
 * `known`: what the caller already holds (the public sites keep the unit directory and column tree in
 * memory): the units and columns found there are not read again.
 */
export interface KnownDirectory {
  units: UnitDoc[]
  columns: Map<string, { key: string; title: string }>
}

/**
 * The hub's aggregated catalogues (市政府部门信息公开目录 / 区县政府信息公开目录): every published item of
 * the units of one kind, read live from the units' own records. Nothing is copied, so an edit shows
 * at once and an unpublished or deleted item is gone at once. Public, like the items themselves; the
 * Local API is not scoped, so the query itself asks for published items only.
 * The items carry their unit's kind (`unitKind`): the query is one index range, newest first, with no
 * join; the page's units and columns are then read by id.
 */
export async function readHubCatalogue(payload: Payload, query: HubCatalogueQuery, req?: Partial<PayloadRequest>, known?: KnownDirectory): Promise<HubCataloguePage> {
  const and: Where[] = [{ unitKind: { equals: query.scope } }, { _status: { equals: 'published' } }]
  if (query.year) and.push({ year: { equals: query.year } })
  const knownUnit = query.unit && known ? known.units.find((u) => u.slug === query.unit) : undefined
  const [unit, columnIds] = await Promise.all([
    knownUnit ? { docs: [knownUnit] } : query.unit ? payload.find({ collection: 'tenants', where: { slug: { equals: query.unit } }, limit: 1, depth: 0, overrideAccess: true, req, select: { slug: true } }) : null,
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

  // The total is kept (catalogue counts) unless a column narrows the list; a unit narrows it to the unit's.
  const unitId = unit?.docs[0]?.id
  const total = columnIds ? undefined : await keptCount(payload, countKey(unitId !== undefined ? { unit: String(unitId) } : { kind: query.scope }, query.year || null))
  // A lean read of plain fields, as the public sites' lists (the adapter's paginated find when no total is kept).
  const fields = ['title', 'indexNumber', 'documentNumber', 'issuer', 'publishedAt', 'year', 'validity', 'column', 'tenant']
  const found = await leanPage<Disclosure>(payload, { collection: 'disclosures', where: { and }, page: query.page, limit: query.limit, sort: '-publishedAt', fields }, total, req as PayloadRequest | undefined)
  const result = withTotal(found.docs, found.totalDocs, query)
  const knownUnits = new Map((known?.units ?? []).map((u) => [String(u.id), u]))
  const ids = (key: 'tenant' | 'column', have: Map<string, unknown>) =>
    [...new Set(result.docs.map((d) => idOf(d[key] as never)).filter((id) => id !== undefined && !have.has(String(id))))]
  const missingUnits = ids('tenant', knownUnits)
  const missingColumns = ids('column', known?.columns ?? new Map())
  const [units, columns, hub] = await Promise.all([
    missingUnits.length
      ? payload.find({
        collection: 'tenants', where: { id: { in: missingUnits } }, pagination: false, depth: 0, overrideAccess: true, req,
        select: { slug: true, name: true, shortName: true, kind: true, hasSubSite: true, domains: true },
      })
      : { docs: [] },
    missingColumns.length ? payload.find({ collection: 'columns', where: { id: { in: missingColumns } }, pagination: false, depth: 0, overrideAccess: true, req, select: { key: true, title: true } }) : { docs: [] },
    known ? hubOf(known.units) : findHub(payload, req),
  ])
  const unitById = new Map([...knownUnits, ...units.docs.map((u) => [String(u.id), toUnitDoc(u)] as const)])
  const columnById = new Map([...(known?.columns ?? []), ...columns.docs.map((c) => [String(c.id), { key: String(c.key), title: String(c.title) }] as const)])
  const docs = result.docs.flatMap((doc): HubCatalogueItem[] => {
    const source = unitById.get(String(idOf(doc.tenant as never)))
    const column = columnById.get(String(idOf(doc.column as never)))
    if (!source || !column) return []
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
      canonicalUrl: canonicalDisclosureUrl(doc, source, hub),
    }]
  })
  const { totalDocs, totalPages, hasNextPage, hasPrevPage } = result
  return { scope: query.scope, docs, totalDocs, totalPages, page: query.page, limit: query.limit, hasNextPage, hasPrevPage }
}
