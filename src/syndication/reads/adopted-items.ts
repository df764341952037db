import type { Payload, PayloadRequest, Where } from 'payload'
import { idOf } from '../../access/roles'
import type { ArticleCategory } from '../../content/categories'
import { canonicalArticleUrl } from '../../tenancy/canonical-url'
import { hubOf } from '../../tenancy/kinds'
import { toUnitDoc, type UnitDoc } from '../../tenancy/reads/units'

export interface AdoptedSource {
  id: number | string
  slug: string
  name: string
  shortName: string
  kind: string
}

/** One adopted item as the public may see it: the hub's wording over the live original, with provenance. */
export interface AdoptedHubItem {
  id: number | string
  articleId: number | string
  /** The original's slug, for links on path-routed sites. */
  slug: string
  title: string
  summary: string | null
  column: ArticleCategory
  publishedAt: string | null
  adoptedAt: string | null
  source: AdoptedSource
  canonicalUrl: string
}

export interface AdoptedPage {
  docs: AdoptedHubItem[]
  totalDocs: number
  page: number
  limit: number
  hasNextPage: boolean
}

/**
 * Adopted submissions whose original is published right now, newest decision first. Reads the live
 * original (title, summary, slug, date) and overlays the hub's edited title and summary; the Local
 * API is not scoped, so the query itself names the status and published state. Public-safe fields only.
 */
export async function listAdoptedForHub(
  payload: Payload,
  /** `units`: the unit directory when the caller holds it (the public sites do), so it is not read again. */
  opts: { limit?: number; page?: number; column?: string; req?: Partial<PayloadRequest>; units?: UnitDoc[] } = {},
): Promise<AdoptedPage> {
  const limit = opts.limit ?? 20
  const page = opts.page ?? 1
  const and: Where[] = [{ status: { equals: 'adopted' } }, { 'article._status': { equals: 'published' } }]
  if (opts.column) and.push({ adoptedCategory: { equals: opts.column } })
  const subs = await payload.find({
    collection: 'hub-submissions', where: { and }, sort: '-decidedAt', limit, page, depth: 0, overrideAccess: true, req: opts.req,
    select: { article: true, sourceTenant: true, adoptedCategory: true, targetCategory: true, editedTitle: true, editedSummary: true, decidedAt: true },
  })
  const articleIds = subs.docs.map((s) => idOf(s.article)).filter((id) => id !== undefined)
  const unitIds = [...new Set(subs.docs.map((s) => idOf(s.sourceTenant)))]
  const [articles, units] = await Promise.all([
    articleIds.length
      ? payload.find({
        collection: 'articles', where: { and: [{ id: { in: articleIds } }, { _status: { equals: 'published' } }] }, pagination: false, depth: 0,
        overrideAccess: true, req: opts.req, select: { title: true, summary: true, slug: true, publishedAt: true },
      })
      : { docs: [] },
    opts.units ?? payload.find({
      collection: 'tenants', where: { or: [{ id: { in: unitIds } }, { kind: { equals: 'hub' } }] }, pagination: false, depth: 0, overrideAccess: true, req: opts.req,
      select: { slug: true, name: true, shortName: true, kind: true, hasSubSite: true, domains: true },
    }).then((found) => found.docs.map(toUnitDoc)),
  ])
  const articleById = new Map(articles.docs.map((a) => [String(a.id), a]))
  const unitById = new Map(units.map((u) => [String(u.id), u]))
  const hub = hubOf([...unitById.values()])
  const docs: AdoptedHubItem[] = []
  for (const sub of subs.docs) {
    const original = articleById.get(String(idOf(sub.article)))
    const unit = unitById.get(String(idOf(sub.sourceTenant)))
    if (!original || !unit) continue // unpublished or deleted between the two reads: never shown
    docs.push({
      id: sub.id,
      articleId: original.id,
      slug: String(original.slug),
      title: sub.editedTitle || original.title,
      summary: sub.editedSummary || original.summary || null,
      column: sub.adoptedCategory ?? sub.targetCategory ?? 'news',
      publishedAt: original.publishedAt ?? null,
      adoptedAt: sub.decidedAt ?? null,
      source: { id: unit.id, slug: unit.slug, name: unit.name, shortName: unit.shortName, kind: unit.kind },
      canonicalUrl: canonicalArticleUrl({ slug: String(original.slug) }, unit, hub),
    })
  }
  return { docs, totalDocs: subs.totalDocs, page, limit, hasNextPage: subs.hasNextPage }
}
