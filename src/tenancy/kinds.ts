/** The kinds of unit in the site group. Pure. */
export const unitKinds = [
  { value: 'hub', label: { zh: '主站（门户）', en: 'Hub (portal)' } },
  { value: 'department', label: { zh: '市直部门', en: 'Department' } },
  { value: 'county', label: { zh: '县市区', en: 'County / district' } },
  { value: 'enterprise', label: { zh: '公共企事业单位', en: 'Public enterprise / institution' } },
  { value: 'zone', label: { zh: '园区', en: 'Development zone' } },
] as const

export type UnitKind = (typeof unitKinds)[number]['value']

export const isUnitKind = (value: unknown): value is UnitKind => unitKinds.some((k) => k.value === value)

/** The kinds whose items the hub aggregates into its own catalogues (市政府部门/区县政府信息公开目录). */
export const aggregatedKinds = ['department', 'county'] as const
export type AggregatedKind = (typeof aggregatedKinds)[number]

export const isAggregatedKind = (value: unknown): value is AggregatedKind => (aggregatedKinds as readonly unknown[]).includes(value)

/** The hub of a list of units: the one unit of kind `hub`. */
export const hubOf = <U extends { kind: string }>(units: readonly U[]): U | undefined => units.find((u) => u.kind === 'hub')
