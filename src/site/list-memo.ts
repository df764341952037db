import { LRUCache } from 'lru-cache'

/**
 * The lists public pages are rendered from (a site's newest items, a catalogue page, the hub's
 * aggregations), kept per process until a change of what they list. Each list is tagged with what
 * it reads, and a purge names the tags its change touched (`changedLists`), so the hub re-rendered
 * after a department's publish reads the department lists again, not its own articles and every
 * county's items. A purge that names no tags (an older server's, a change of units or columns)
 * drops every list.
 */
export type ListTag = string

type Collection = 'articles' | 'disclosures' | string

export const listTag = {
  /** One unit's items (all years), or one year of them. */
  unit: (collection: Collection, unit: string | number, year?: number | null): ListTag => `${collection}:unit:${String(unit)}${year ? `:${year}` : ''}`,
  /** The items of every unit of one kind, or one year of them (the hub's aggregations). */
  kind: (collection: Collection, kind: string, year?: number | null): ListTag => `${collection}:kind:${kind}${year ? `:${year}` : ''}`,
  /** The hub's adopted submissions (信息报送), which show the live title of articles of any unit. */
  adopted: 'adopted' as ListTag,
  /** Any media document: kept item pages show their images and attachments (of any unit). */
  media: 'media' as ListTag,
}

/** An item as it was before or is after a change. */
export interface ItemState {
  unit: string | number
  /** Stored on disclosures (the hub aggregates them by kind). */
  kind?: string | null
  year?: number | null
}

/**
 * The tags a change of these item states touches; undefined (drop every list) when a disclosure's
 * kind is unknown, since the hub's aggregation of that kind would otherwise be missed.
 */
export function changedLists(collection: Collection, states: ItemState[]): ListTag[] | undefined {
  const tags = new Set<ListTag>()
  for (const { unit, kind, year } of states) {
    tags.add(listTag.unit(collection, unit))
    if (year) tags.add(listTag.unit(collection, unit, year))
    if (collection === 'disclosures') {
      if (!kind) return undefined
      tags.add(listTag.kind(collection, kind))
      if (year) tags.add(listTag.kind(collection, kind, year))
    }
    if (collection === 'articles') tags.add(listTag.adopted)
    if (collection === 'media') tags.add(listTag.media)
  }
  return [...tags]
}

interface Entry {
  value: Promise<unknown>
  tags: ListTag[]
  /** The tags' generations when the read started: a later drop makes the entry old. */
  seen: number[]
}

const generations = new Map<ListTag, number>()
const lists = new LRUCache<string, Entry>({ max: Number(process.env.LIST_MEMO_ENTRIES) || 3000 })
const generationOf = (tag: ListTag) => generations.get(tag) ?? 0

/**
 * `read()`'s list, shared with every later caller until one of `tags` is dropped. A drop during the
 * read makes its result old at once (the purge that follows a commit then forces a fresh read).
 * `keep`: whether a result is kept for later callers (e.g. not a miss, which any URL could fill the memo with).
 */
export function memoList<T>(key: string, tags: ListTag[], read: () => Promise<T>, keep?: (value: T) => boolean): Promise<T> {
  const hit = lists.get(key)
  if (hit && hit.tags.every((tag, i) => generationOf(tag) === hit.seen[i])) return hit.value as Promise<T>
  const entry: Entry = { value: read(), tags, seen: tags.map(generationOf) }
  lists.set(key, entry)
  const forget = () => lists.get(key) === entry && lists.delete(key)
  entry.value.then((value) => keep && !keep(value as T) && forget(), forget)
  return entry.value as Promise<T>
}

export function dropLists(tags: readonly ListTag[]): void {
  for (const tag of tags) generations.set(tag, generationOf(tag) + 1)
}

export function dropAllLists(): void {
  lists.clear()
}
