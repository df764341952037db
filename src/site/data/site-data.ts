import type { Payload, Where } from 'payload'
import type { Article, Disclosure } from '../../payload-types'
import type { UnitDoc } from '../../tenancy/reads/units'
import { countKey, type CountKey } from '../../disclosure/catalogue-counts'
import { keptCount, keptYears } from '../../disclosure/reads/catalogue-counts'
import { leanFind, leanPage } from '../../db/lean-find'
import { listTag, memoList } from '../list-memo'

export type { UnitDoc }

/**
 * Reads for the public sites. The Local API is not scoped by the multi-tenant plugin, so every
 * query here names its unit and asks for published documents only.
 */
/** An article or disclosure item as the pages read it; adopted items (信息报送) carry their `source` unit. */
export type Doc = Partial<Omit<Article, 'id'>> & Partial<Omit<Disclosure, 'id'>> & { id: number | string; sourceUnit?: UnitDoc }

export interface Listing {
  docs: Doc[]
  page: number
  totalPages: number
  totalDocs: number
}

const published: Where = { _status: { equals: 'published' } }
const ofUnit = (unit: UnitDoc): Where => ({ tenant: { equals: unit.id } })

const listing = (r: { docs: unknown[]; page?: number; totalPages?: number; totalDocs?: number }): Listing => ({
  docs: r.docs as Doc[], page: r.page ?? 1, totalPages: r.totalPages ?? 1, totalDocs: r.totalDocs ?? r.docs.length,
})

const articleFields = ['title', 'slug', 'publishedAt', 'updatedAt', 'summary', 'tenant']
const disclosureFields = ['title', 'publishedAt', 'updatedAt', 'indexNumber', 'tenant']

/**
 * A public list: a lean read of plain fields (db/lean-find), with its total from the kept counts when
 * there is one (leanPage). `count: false` lists (home pages) need no total.
 */
async function list(payload: Payload, collection: 'articles' | 'disclosures', where: Where, opts: { page?: number; limit?: number; count?: boolean }, fields: string[], kept?: CountKey): Promise<Listing> {
  const read = { collection, where, sort: '-publishedAt', page: opts.page ?? 1, limit: opts.limit ?? 20, fields }
  if (opts.count === false) return listing({ docs: await leanFind(payload, read) })
  const found = await leanPage<Doc>(payload, read, kept ? await keptCount(payload, kept) : undefined)
  return { ...found, totalPages: Math.max(1, found.totalPages) }
}

const optionsKey = (opts: { page?: number; limit?: number; count?: boolean }) => `${opts.page ?? 1}|${opts.limit ?? 20}|${opts.count !== false}`

/** `count: false` skips the total (lists without pagination, e.g. the home page). Kept until the unit's articles change (list-memo). */
export function articles(payload: Payload, unit: UnitDoc, opts: { category?: string; page?: number; limit?: number; count?: boolean }): Promise<Listing> {
  const and: Where[] = [published, ofUnit(unit)]
  if (opts.category) and.push({ category: { equals: opts.category } })
  return memoList(`articles|${String(unit.id)}|${opts.category ?? ''}|${optionsKey(opts)}`, [listTag.unit('articles', unit.id)], () => list(payload, 'articles', { and }, opts, articleFields))
}

/** An item's own page: everything but its unit (the site's own, known already) and its review record. */
const pageFields = { tenant: false, review: false } as const

/** Kept until an item of the unit or any media document changes: a re-render after another item's publish does not read it again. */
const keptItem = (collection: 'articles' | 'disclosures', unit: UnitDoc, key: string, read: () => Promise<Doc | null>): Promise<Doc | null> =>
  memoList(`item|${collection}|${String(unit.id)}|${key}`, [listTag.unit(collection, unit.id), listTag.media], read, (doc) => doc !== null)

export function articleBySlug(payload: Payload, unit: UnitDoc, slug: string): Promise<Doc | null> {
  return keptItem('articles', unit, slug, async () => {
    const r = await payload.find({ collection: 'articles', where: { and: [published, ofUnit(unit), { slug: { equals: slug } }] }, limit: 1, depth: 1, pagination: false, select: pageFields })
    return (r.docs[0] as Doc | undefined) ?? null
  })
}

/** Whether a path segment can be an ID on this database: the routes accept numbers and ObjectIds alike. */
export function isDocumentId(payload: Payload, id: string): boolean {
  return payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,14}$/.test(id) : /^[0-9a-f]{24}$/.test(id)
}

export function disclosureById(payload: Payload, unit: UnitDoc, id: string): Promise<Doc | null> {
  return keptItem('disclosures', unit, id, async () => {
    const r = await payload.find({ collection: 'disclosures', where: { and: [published, ofUnit(unit), { id: { equals: id } }] }, limit: 1, depth: 1, pagination: false, select: pageFields })
    return (r.docs[0] as Doc | undefined) ?? null
  })
}

/** Whether an item by that key was published once on this unit but is not now (410 rather than 404). Drafts never count. */
export async function wasWithdrawn(payload: Payload, unit: UnitDoc, collection: 'articles' | 'disclosures', where: Where): Promise<boolean> {
  const found = await payload.find({ collection, where: { and: [ofUnit(unit), where] }, limit: 1, depth: 0, draft: true, select: {} })
  const id = found.docs[0]?.id
  if (id === undefined) return false
  const versions = await payload.countVersions({ collection, where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] } })
  return versions.totalDocs > 0
}

/** A unit's own items, or (`{ kind }`) every item of the units of one kind, as the hub aggregates them. */
export type ItemsOf = UnitDoc | { kind: string; id?: undefined }

/** Kept until an item of the unit (or kind), in that year when the list is of one year, changes (list-memo). */
export function disclosures(payload: Payload, of: ItemsOf, opts: { columnIds?: (number | string)[]; year?: number; page?: number; limit?: number; count?: boolean }): Promise<Listing> {
  // Equality on (unit or unitKind, status[, year]) then newest first: the collection's indexes in that order.
  const and: Where[] = [of.id === undefined ? { unitKind: { equals: of.kind } } : ofUnit(of), published]
  if (opts.year) and.push({ year: { equals: opts.year } })
  if (opts.columnIds) and.push({ column: { in: opts.columnIds } })
  const kept = opts.columnIds ? undefined : countKey(of.id === undefined ? { kind: of.kind } : { unit: String(of.id) }, opts.year ?? null)
  const tag = of.id === undefined ? listTag.kind('disclosures', of.kind, opts.year) : listTag.unit('disclosures', of.id, opts.year)
  const key = `disclosures|${tag}|${opts.columnIds?.join(',') ?? ''}|${optionsKey(opts)}`
  return memoList(key, [tag], () => list(payload, 'disclosures', { and }, opts, disclosureFields, kept))
}

/**
 * The years a unit has published items in, newest first: from its kept counts, else one DISTINCT
 * query answered from the (unit, status, year, …) index.
 */
export function disclosureYears(payload: Payload, unit: UnitDoc): Promise<number[]> {
  const tag = listTag.unit('disclosures', unit.id)
  return memoList(`years|${tag}`, [tag], async () => {
    const kept = await keptYears(payload, String(unit.id))
    if (kept) return kept
    const r = await payload.findDistinct({ collection: 'disclosures', field: 'year', where: { and: [ofUnit(unit), published, { year: { exists: true } }] }, sort: '-year' })
    return r.values.map((v) => Number(v.year)).filter(Boolean)
  })
}

export interface ColumnNode {
  id: number | string
  key: string
  title: string
  kind: string
  scope: string
  aggregates?: string | null
  parent: number | string | null
  children: ColumnNode[]
}

const trees = new Map<string, { generation: number; tree: Promise<ColumnNode[]> }>()

/** columnTree, kept until units or columns change (render-cache's directory generation). */
export function cachedColumnTree(payload: Payload, unit: UnitDoc, generation: number): Promise<ColumnNode[]> {
  const memo = trees.get(String(unit.id))
  if (memo?.generation === generation) return memo.tree
  const tree = columnTree(payload, unit)
  trees.set(String(unit.id), { generation, tree })
  tree.catch(() => trees.delete(String(unit.id)))
  return tree
}

/** The shared tree plus this unit's own columns; hub-only nodes appear on the hub only. */
export async function columnTree(payload: Payload, unit: UnitDoc): Promise<ColumnNode[]> {
  const r = await payload.find({
    collection: 'columns', pagination: false, depth: 0, sort: 'sortOrder',
    where: { or: [{ shared: { equals: true } }, { tenant: { equals: unit.id } }] },
  })
  const nodes = r.docs
    .filter((c) => unit.kind === 'hub' || c.scope !== 'hub')
    .map((c) => ({
      id: c.id, key: String(c.key), title: String(c.title), kind: String(c.kind), scope: String(c.scope),
      aggregates: c.aggregates as string | null, parent: (c.parent as number | string | null) ?? null, children: [] as ColumnNode[],
    }))
  const byId = new Map(nodes.map((n) => [String(n.id), n]))
  const roots: ColumnNode[] = []
  for (const n of nodes) (n.parent != null && byId.get(String(n.parent)) ? byId.get(String(n.parent))!.children : roots).push(n)
  return roots
}

export function findColumn(tree: ColumnNode[], key: string): ColumnNode | undefined {
  for (const n of tree) {
    if (n.key === key) return n
    const inner = findColumn(n.children, key)
    if (inner) return inner
  }
  return undefined
}

export const subtreeIds = (n: ColumnNode): (number | string)[] => [n.id, ...n.children.flatMap(subtreeIds)]

export async function byIndexNumber(payload: Payload, indexNumber: string, unit?: UnitDoc): Promise<Doc | null> {
  const and: Where[] = [published, { indexNumber: { equals: indexNumber } }]
  if (unit) and.push(ofUnit(unit))
  const r = await payload.find({ collection: 'disclosures', where: { and }, limit: 1, depth: 1 })
  return (r.docs[0] as Doc | undefined) ?? null
}
