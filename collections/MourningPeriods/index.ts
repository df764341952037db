import type { CollectionConfig } from 'payload'
import { superAdminOnly } from '../../src/access'
import { invalidateMourningPeriods } from '../../src/display/reads/mourning-periods'
import { periodProblem } from '../../src/display/mourning'
import { ClientError } from '../shared/client-error'
import { afterTransaction, purgeAllPages } from '../shared/hooks/purge-public-cache'

const chinaTime = { defaultTimezone: 'Asia/Shanghai', supportedTimezones: [{ label: '北京时间 (UTC+8)', value: 'Asia/Shanghai' }] }
const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } }

const invalidate = ({ doc, req }: { doc: unknown; req: Parameters<typeof afterTransaction>[0] }) => {
  invalidateMourningPeriods()
  afterTransaction(req, invalidateMourningPeriods)
  return purgeAllPages({ doc, req })
}

/**
 * 哀悼日置灰: periods, set in advance in China time, during which the whole group or chosen sites
 * render grey. Public pages read them per request; the render cache keys on the grey state, so a
 * period starts and ends on time without a restart or a purge.
 */
export const MourningPeriods: CollectionConfig = {
  slug: 'mourning-periods',
  graphQL: { singularName: 'MourningPeriod', pluralName: 'MourningPeriods' },
  labels: { singular: { zh: '哀悼日置灰', en: 'Mourning period' }, plural: { zh: '哀悼日置灰', en: 'Mourning periods' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'endsAt', 'scope'],
    group: { zh: '站群管理', en: 'Site group' },
    description: { zh: '在设定的时间段内（北京时间），全站群或所选站点的公开页面显示为灰色，结束后自动恢复。', en: 'During the period (China time) the public pages of the whole group or of the chosen sites render grey, and normal afterwards.' },
  },
  defaultSort: '-startsAt',
  access: { read: superAdminOnly, create: superAdminOnly, update: superAdminOnly, delete: superAdminOnly },
  hooks: {
    beforeValidate: [({ data, originalDoc }) => {
      const merged = { ...originalDoc, ...data }
      const problem = periodProblem(merged.startsAt, merged.endsAt)
      if (problem) throw new ClientError(problem.zh, problem.en)
      if (merged.scope === 'sites' && !(merged.units ?? []).length) throw new ClientError('请选择要置灰的站点', 'choose the sites to turn grey')
      return data
    }],
    afterChange: [invalidate],
    afterDelete: [invalidate],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 100, label: { zh: '事由', en: 'Occasion' } },
    { name: 'startsAt', type: 'date', required: true, index: true, timezone: chinaTime, admin: dateTime, label: { zh: '开始时间（北京时间）', en: 'Starts (China time)' } },
    { name: 'endsAt', type: 'date', required: true, index: true, timezone: chinaTime, admin: dateTime, label: { zh: '结束时间（北京时间）', en: 'Ends (China time)' } },
    {
      name: 'scope',
      type: 'radio',
      required: true,
      defaultValue: 'group',
      label: { zh: '范围', en: 'Scope' },
      options: [{ value: 'group', label: { zh: '全站群', en: 'Whole group' } }, { value: 'sites', label: { zh: '所选站点', en: 'Chosen sites' } }],
    },
    {
      name: 'units',
      type: 'relationship',
      relationTo: 'tenants',
      hasMany: true,
      label: { zh: '站点', en: 'Sites' },
      admin: { condition: (data) => data?.scope === 'sites' },
    },
  ],
}
