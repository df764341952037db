import { type GlobalConfig } from 'payload'
import { superAdminOnly } from '../../src/access'
import { resolveFormat } from '../../src/disclosure/index-number'
import { refusingBadInput } from '../shared/client-error'
import { wholeNumberField } from '../shared/whole-number'

/** Group-wide disclosure settings: the index-number format (统一索引号格式). */
export const DisclosureSettings: GlobalConfig = {
  slug: 'disclosure-settings',
  label: { zh: '信息公开设置', en: 'Disclosure settings' },
  admin: { group: { zh: '信息公开', en: 'Disclosure' } },
  access: { read: () => true, update: superAdminOnly },
  hooks: {
    beforeChange: [
      async ({ data }) => {
        await refusingBadInput(() => resolveFormat(data.indexNumberFormat ?? {}))
        return data
      },
    ],
  },
  fields: [
    {
      name: 'indexNumberFormat',
      type: 'group',
      label: { zh: '索引号格式', en: 'Index-number format' },
      admin: { description: { zh: '默认：单位代码/年份-序号，如 000014349/2021-00067。已编发的索引号不受修改影响。', en: 'Default: unit/year-serial, e.g. 000014349/2021-00067. Numbers already given never change.' } },
      fields: [
        { name: 'unitSeparator', type: 'text', defaultValue: '/', required: true, label: { zh: '单位分隔符', en: 'Unit separator' } },
        { name: 'partSeparator', type: 'text', defaultValue: '-', required: true, label: { zh: '分段分隔符', en: 'Part separator' } },
        wholeNumberField({ name: 'serialPadding', defaultValue: 5, min: 1, max: 12, required: true, label: { zh: '序号位数', en: 'Serial digits' } }),
        { name: 'includeCategory', type: 'checkbox', defaultValue: false, label: { zh: '包含分类代码段', en: 'Include a category segment' } },
      ],
    },
  ],
}
