import type { Access, CollectionConfig } from 'payload'
import { asRoleUser, tenantIdsWithRole } from '../../src/access/roles'
import { isHubStaff } from '../Letters/access'

/** Hub staff read every unit's results; a unit's own staff read their unit's; nobody else. */
export const monitoringReadAccess: Access = async ({ req }) => {
  if (!req.user) return false
  if (await isHubStaff(req)) return true
  const units = tenantIdsWithRole(asRoleUser(req.user))
  return units.length ? { tenant: { in: units } } : false
}

/**
 * 监测结果: one row per unit and month, holding the unit's latest check of that month (score, veto,
 * findings with links to fix them). Written only by the server's jobs: the daily check of the group and
 * the check of a unit after each publish. The rows of past months are the monthly history.
 */
export const MonitoringSnapshots: CollectionConfig = {
  slug: 'monitoring-snapshots',
  graphQL: { singularName: 'MonitoringSnapshot', pluralName: 'MonitoringSnapshots' },
  labels: { singular: { zh: '监测结果', en: 'Monitoring result' }, plural: { zh: '网站监测', en: 'Monitoring' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'month', 'score', 'vetoed', 'rank', 'findingCount', 'checkedAt'],
    group: { zh: '网站监测', en: 'Monitoring' },
    description: {
      zh: '按国办秘函〔2019〕19号检查指标每日检查各单位网站（发布后即时复查本单位）；每月一行，为考核历史。单项否决的问题须优先整改。',
      en: 'Each unit checked daily against the national inspection rules (and again after each publish); one row per month.',
    },
  },
  defaultSort: '-checkedAt',
  access: { read: monitoringReadAccess, create: () => false, update: () => false, delete: () => false },
  fields: [
    // The unit's name with the month: the tenant plugin shows a unit's name only to its own users.
    { name: 'title', type: 'text', label: { zh: '单位与月份', en: 'Unit and month' } },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', required: true, index: true, label: { zh: '单位', en: 'Unit' } },
    { name: 'month', type: 'text', required: true, index: true, label: { zh: '月份', en: 'Month' } },
    { name: 'checkedAt', type: 'date', required: true, label: { zh: '检查时间', en: 'Checked at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'score', type: 'number', required: true, label: { zh: '得分', en: 'Score' } },
    { name: 'vetoed', type: 'checkbox', defaultValue: false, label: { zh: '单项否决', en: 'Vetoed' } },
    { name: 'rank', type: 'number', label: { zh: '全站群排名', en: 'Group rank' } },
    { name: 'findingCount', type: 'number', label: { zh: '问题数', en: 'Findings' } },
    { name: 'findingsView', type: 'ui', label: { zh: '问题明细', en: 'Findings' }, admin: { components: { Field: '/collections/MonitoringSnapshots/FindingsPanel#FindingsPanel' } } },
    { name: 'findings', type: 'json', label: { zh: '问题明细（数据）', en: 'Findings (data)' }, admin: { hidden: true } },
    // Finding keys already mailed to the unit: the daily mail sends only what is new.
    { name: 'mailedKeys', type: 'json', admin: { hidden: true } },
    // The China day of the last daily check that wrote this row: the daily check runs once a day.
    { name: 'dailyDay', type: 'text', index: true, admin: { hidden: true } },
  ],
}
