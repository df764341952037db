/**
 * The disclosure catalogue (信息公开目录): one column tree for every site of the group, defined here
 * once and synchronised into the `columns` collection. Categories follow Article 20 of the 2019
 * Regulation on Government Information Disclosure; freshness rules follow the national website
 * inspection indicators (2019). No Payload imports.
 */
export type ColumnKind = 'disclosure' | 'news' | 'notice' | 'service' | 'interaction'

export interface CatalogueNode {
  /** Stable key, also the public URL segment; never changes once shipped. */
  key: string
  title: string
  kind: ColumnKind
  /** Two-digit code used as the index number's category segment when that format is on. */
  code?: string
  /** Longest allowed gap between updates, in days (null: no rule). Used by monitoring. */
  maxAgeDays: number | null
  /** Sub-sites may add their own columns below this node. */
  allowCustomChildren: boolean
  /** `hub`: only on the portal; items arrive by aggregation from units of `aggregates` kind. */
  scope: 'all' | 'hub'
  aggregates?: 'department' | 'county'
  children?: CatalogueNode[]
}

const node = (key: string, title: string, extra: Partial<CatalogueNode> = {}): CatalogueNode => ({
  key,
  title,
  kind: 'disclosure',
  maxAgeDays: null,
  allowCustomChildren: false,
  scope: 'all',
  ...extra,
})

/** Article 20 categories under 法定主动公开内容, with their category codes. */
const mandatory: [string, string, number | null][] = [
  ['organization', '机构职能', null],
  ['policy', '政策文件', 180],
  ['planning', '规划信息', 365],
  ['statistics', '统计信息', null],
  ['licensing', '行政许可与服务事项', null],
  ['enforcement', '行政处罚与行政强制', null],
  ['budget', '财政预决算', null],
  ['fees', '行政事业性收费', null],
  ['procurement', '政府采购', null],
  ['projects', '重大建设项目', null],
  ['welfare', '社会公益事业', null],
  ['emergencies', '突发公共事件', null],
  ['inspection', '监督检查', null],
  ['personnel', '人事信息', 365],
  ['other', '其他', null],
]

export const catalogue: readonly CatalogueNode[] = [
  node('guide', '政府信息公开指南'),
  node('rules', '政府信息公开制度', { allowCustomChildren: true }),
  node('mandatory', '法定主动公开内容', {
    allowCustomChildren: true,
    children: mandatory.map(([key, title, maxAgeDays], i) =>
      node(`mandatory-${key}`, title, { code: String(i + 1).padStart(2, '0'), maxAgeDays, allowCustomChildren: true }),
    ),
  }),
  node('application', '依申请公开', { kind: 'interaction' }),
  node('annual-report', '政府信息公开年报', { maxAgeDays: 366 }),
  node('hub-departments', '市政府部门信息公开目录', { scope: 'hub', aggregates: 'department' }),
  node('hub-counties', '区县政府信息公开目录', { scope: 'hub', aggregates: 'county' }),
]

export interface FlatNode extends Omit<CatalogueNode, 'children'> {
  parentKey: string | null
  sortOrder: number
}

/** The tree in document order, each node with its parent's key. */
export function flattenCatalogue(nodes: readonly CatalogueNode[] = catalogue, parentKey: string | null = null): FlatNode[] {
  return nodes.flatMap((n, i) => {
    const { children, ...rest } = n
    return [{ ...rest, parentKey, sortOrder: i * 10 }, ...flattenCatalogue(children ?? [], n.key)]
  })
}

/** Nodes a tenant's items may be filed under: every disclosure node, minus hub aggregates and containers of the interaction kind. */
export function isFileableNode(n: { kind: string; aggregates?: string | null }): boolean {
  return n.kind === 'disclosure' && !n.aggregates
}
