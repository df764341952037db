import type { Payload, Where } from 'payload'
import type { Doc, UnitDoc } from './site-data'

export interface AdoptedItem extends Doc {
  title: string
  publishedAt?: string
  summary?: string
  slug: string
  /** The hub column it was adopted into. */
  category: string
  /** The unit the original belongs to (provenance), and where the original lives. */
  source: UnitDoc
}

/**
 * Articles the hub adopted from units (信息报送), shown with the hub's edited title and summary over
 * the live original. An original that is no longer published is never shown, whatever the
 * submission's status says.
 */
export async function adoptedForHub(payload: Payload, units: UnitDoc[], opts: { category?: string; limit?: number } = {}): Promise<AdoptedItem[]> {
  const and: Where[] = [{ status: { equals: 'adopted' } }]
  if (opts.category) and.push({ adoptedCategory: { equals: opts.category } })
  const found = await payload.find({ collection: 'hub-submissions', where: { and }, sort: '-decidedAt', limit: (opts.limit ?? 10) * 2, depth: 1, pagination: false })
  const items: AdoptedItem[] = []
  for (const sub of found.docs) {
    const original = sub.article as (Doc & { _status?: string; title?: string; slug?: string; summary?: string; publishedAt?: string }) | null
    const source = units.find((u) => String(u.id) === String((sub.sourceTenant as { id?: unknown } | null)?.id ?? sub.sourceTenant))
    if (!original || typeof original !== 'object' || original._status !== 'published' || !source) continue
    items.push({
      id: `hub-${String(sub.id)}`,
      title: (sub.editedTitle as string) || String(original.title),
      summary: (sub.editedSummary as string) || original.summary,
      slug: String(original.slug),
      category: String(sub.adoptedCategory ?? sub.targetCategory ?? 'news'),
      publishedAt: original.publishedAt,
      source,
    })
  }
  return items.slice(0, opts.limit ?? 10)
}
