import type { Field, GlobalConfig, Payload } from 'payload'
import { superAdminOnly } from '../../src/access'
import { wholeNumberField } from '../shared/whole-number'
import { ruleIds, ruleTitles, type RuleId } from '../../src/monitoring/rules'
import { defaultDeductions, type Deduction } from '../../src/monitoring/scoring'
import { defaultThresholds, requiredFieldLabels, withThresholds, type MonitoringThresholds } from '../../src/monitoring/thresholds'

const numberField = (name: keyof MonitoringThresholds, zh: string, en: string): Field =>
  wholeNumberField({ name, required: true, min: 0, max: 3650, defaultValue: defaultThresholds[name] as number, label: { zh, en } })

/** The group's thresholds and deduction table for monitoring; defaults are the national inspection rules. */
export const MonitoringSettings: GlobalConfig = {
  slug: 'monitoring-settings',
  label: { zh: '监测设置', en: 'Monitoring settings' },
  admin: { group: { zh: '网站监测', en: 'Monitoring' } },
  access: { read: ({ req }) => Boolean(req.user), update: superAdminOnly },
  fields: [
    numberField('homeStaleDays', '首页未更新天数上限（单项否决）', 'Home page: max days without update (veto)'),
    numberField('newsStaleDays', '动态、要闻栏目更新周期（天）', 'News columns: max days'),
    numberField('noticeStaleDays', '通知公告、政策文件栏目更新周期（天）', 'Notice and policy columns: max days'),
    numberField('staleColumnsVeto', '未及时更新栏目数达到即单项否决', 'Stale columns that veto'),
    numberField('overdueColumnsVeto', '应更新未更新栏目数达到即单项否决', 'Overdue columns that veto'),
    numberField('emptyColumnsVeto', '空白栏目数达到即单项否决', 'Empty columns that veto'),
    numberField('letterUnansweredDays', '留言未答复天数上限（单项否决）', 'Letter unanswered: max days (veto)'),
    numberField('letterLookbackDays', '留言检查范围（检查前天数）', 'Letters checked: days back'),
    {
      name: 'requiredMetadata', type: 'select', hasMany: true, defaultValue: defaultThresholds.requiredMetadata,
      options: Object.entries(requiredFieldLabels).map(([value, zh]) => ({ value, label: zh })), label: { zh: '信息公开条目必备要素', en: 'Required metadata' },
    },
    {
      name: 'deductions', type: 'array', label: { zh: '扣分表（未列出的规则按默认）', en: 'Deductions (rules not listed: default)' },
      fields: [
        { name: 'rule', type: 'select', required: true, options: ruleIds.map((id) => ({ value: id, label: ruleTitles[id] })), label: { zh: '规则', en: 'Rule' } },
        { name: 'each', type: 'number', required: true, min: 0, max: 100, label: { zh: '每处扣分', en: 'Points each' } },
        { name: 'max', type: 'number', required: true, min: 0, max: 100, label: { zh: '最多扣分', en: 'At most' } },
      ],
    },
  ],
}

export async function readMonitoringSettings(payload: Payload): Promise<{ thresholds: MonitoringThresholds; deductions: Record<RuleId, Deduction> }> {
  const s = (await payload.findGlobal({ slug: 'monitoring-settings', depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
  const deductions = { ...defaultDeductions }
  for (const row of (s.deductions as { rule: RuleId; each: number; max: number }[] | null) ?? []) {
    if (ruleIds.includes(row.rule)) deductions[row.rule] = { each: Number(row.each), max: Number(row.max) }
  }
  const { deductions: _d, ...rest } = s
  return { thresholds: withThresholds({ ...rest, requiredMetadata: Array.isArray(s.requiredMetadata) && s.requiredMetadata.length ? s.requiredMetadata : undefined } as never), deductions }
}
