import type { TenantRole } from '../access/roles'

/** Demo accounts, one per role, for the README's logins. Passwords come from the seed's options. */
export interface DemoUser {
  email: string
  name: string
  superAdmin?: boolean
  rows: { site: 'hub' | 'department' | 'county'; roles: TenantRole[] }[]
}

export const demoPassword = 'Zhanqun-demo-2026'

export const demoUsers: DemoUser[] = [
  { email: 'admin@demo.zhanqun.cn', name: '全站管理员', superAdmin: true, rows: [] },
  { email: 'hub.editor@demo.zhanqun.cn', name: '主站编辑', rows: [{ site: 'hub', roles: ['hub-editor', 'editor'] }] },
  { email: 'webmaster.dept@demo.zhanqun.cn', name: '部门站点管理员', rows: [{ site: 'department', roles: ['webmaster'] }] },
  { email: 'editor.dept@demo.zhanqun.cn', name: '部门编辑', rows: [{ site: 'department', roles: ['editor'] }] },
  { email: 'reviewer.dept@demo.zhanqun.cn', name: '部门审核员', rows: [{ site: 'department', roles: ['reviewer'] }] },
  { email: 'webmaster.county@demo.zhanqun.cn', name: '区县站点管理员', rows: [{ site: 'county', roles: ['webmaster'] }] },
  { email: 'editor.county@demo.zhanqun.cn', name: '区县编辑', rows: [{ site: 'county', roles: ['editor'] }] },
]
