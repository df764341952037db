/**
 * Kept counts of the public catalogues (目录条数): how many published items a unit, or all units of
 * one kind, has in all and per year. Catalogue pages read one kept number instead of counting every
 * item. One key per count; an item is counted under four keys (two when it has no year).
 */
export type CountScope = { unit: string; kind?: undefined } | { kind: string; unit?: undefined }

export interface CountKey {
  key: string
  unit: string | null
  kind: string | null
  /** null: all years. */
  year: number | null
}

export function countKey(scope: CountScope, year: number | null): CountKey {
  const [prefix, id] = scope.unit !== undefined ? ['unit', scope.unit] : ['kind', scope.kind]
  return { key: `${prefix}:${id}:${year ?? 'all'}`, unit: scope.unit ?? null, kind: scope.kind ?? null, year }
}

/** The keys an item is counted under: its unit's and its unit kind's, in all and in its year. */
export function keysOfItem(item: { unit: string | null; kind: string | null; year: number | null }): CountKey[] {
  const scopes: CountScope[] = []
  if (item.unit) scopes.push({ unit: item.unit })
  if (item.kind) scopes.push({ kind: item.kind })
  return scopes.flatMap((scope) => [countKey(scope, null), ...(item.year ? [countKey(scope, item.year)] : [])])
}

/** Keys of several items (the item before and after a change), each once. */
export function uniqueKeys(lists: CountKey[][]): CountKey[] {
  const byKey = new Map<string, CountKey>()
  for (const k of lists.flat()) byKey.set(k.key, k)
  return [...byKey.values()]
}
