import type { Endpoint, PayloadRequest, Where } from 'payload'
import { canonicalDisclosureUrl, type UrlUnit } from '../../../src/tenancy/canonical-url'

export interface HubCatalogueParams {
  scope: string | null
  unit?: string | null
  column?: string | null
  year?: number | string | null
  page?: number | string | null
  limit?: number | string | null
}

export type HubCatalogueResult =
  | { ok: false; zh: string; en: string }
  | { ok: true; scope: string; docs: Record<string, unknown>[]; totalDocs: number; totalPages: number; page: number; limit: number; hasNextPage: boolean; hasPrevPage: boolean }

function intOf(raw: unknown, fallback: number, min: number, max: number): number | null {
  if (raw === null || raw === undefined || raw === '') return fallback
  const n = Number(raw)
  return Number.isInteger(n) && n >= min && n <= max ? n : null
}

/**
 * The hub's aggregated catalogues (市政府部门信息公开目录 / 区县政府信息公开目录): every published item of
 * the units of one kind, read live from the units' own records. Nothing is copied, so an edit shows
 * at once and an unpublished or deleted item is gone at once. Public, like the items themselves.
 */
export async function queryHubCatalogue(req: PayloadRequest, params: HubCatalogueParams): Promise<HubCatalogueResult> {
  const { scope } = params
  if (scope !== 'department' && scope !== 'county') return { ok: false, zh: 'scope 须为 department 或 county', en: 'scope must be department or county' }
  const page = intOf(params.page, 1, 1, 100_000)
  const limit = intOf(params.limit, 20, 1, 100)
  const year = intOf(params.year, 0, 1949, 9999)
  if (page === null || limit === null || year === null) return { ok: false, zh: 'page、limit 或 year 无效', en: 'page, limit or year is invalid' }

  const and: Where[] = [{ _status: { equals: 'published' } }, { 'tenant.kind': { equals: scope } }]
  if (params.unit) and.push({ 'tenant.slug': { equals: params.unit } })
  if (params.column) and.push({ 'column.key': { equals: params.column } })
  if (year) and.push({ year: { equals: year } })

  const [result, hubs] = await Promise.all([
    req.payload.find({ collection: 'disclosures', where: { and }, page, limit, depth: 1, sort: '-publishedAt', overrideAccess: true, req }),
    req.payload.find({ collection: 'tenants', where: { kind: { equals: 'hub' } }, limit: 1, depth: 0, req }),
  ])
  const hub = (hubs.docs[0] ?? { slug: 'portal' }) as unknown as UrlUnit
  const docs = result.docs.map((doc) => {
    const source = doc.tenant as unknown as UrlUnit & { id: number | string; name: string; shortName: string; kind: string }
    const col = doc.column as unknown as { key: string; title: string }
    return {
      id: doc.id,
      title: doc.title,
      indexNumber: doc.indexNumber,
      documentNumber: doc.documentNumber ?? null,
      issuer: doc.issuer,
      publishedAt: doc.publishedAt,
      year: doc.year,
      validity: doc.validity,
      column: { key: col.key, title: col.title },
      unit: { id: source.id, slug: source.slug, name: source.name, shortName: source.shortName, kind: source.kind },
      canonicalUrl: canonicalDisclosureUrl(doc, source, hub),
    }
  })
  const { totalDocs, totalPages, hasNextPage, hasPrevPage } = result
  return { ok: true, scope, docs, totalDocs, totalPages, page, limit, hasNextPage, hasPrevPage }
}

/** GET /api/disclosures/hub-catalogue?scope=department&unit=fgw&column=mandatory-budget&year=2010&page=1&limit=20 */
export const hubCatalogueEndpoint: Endpoint = {
  path: '/hub-catalogue',
  method: 'get',
  handler: async (req) => {
    const q = req.searchParams
    const result = await queryHubCatalogue(req, {
      scope: q.get('scope'), unit: q.get('unit'), column: q.get('column'), year: q.get('year'), page: q.get('page'), limit: q.get('limit'),
    })
    if (!result.ok) return Response.json({ errors: [{ message: `${result.zh} / ${result.en}` }] }, { status: 400 })
    const { ok: _ok, ...body } = result
    return Response.json(body)
  },
}
