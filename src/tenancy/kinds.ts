export const tenantKinds = [
  { value: 'hub', label: { zh: '主站（门户）', en: 'Hub (portal)' } },
  { value: 'department', label: { zh: '市直部门', en: 'Department' } },
  { value: 'county', label: { zh: '县市区', en: 'County / district' } },
  { value: 'enterprise', label: { zh: '公共企事业单位', en: 'Public enterprise / institution' } },
  { value: 'zone', label: { zh: '园区', en: 'Development zone' } },
] as const

export type TenantKindValue = (typeof tenantKinds)[number]['value']
