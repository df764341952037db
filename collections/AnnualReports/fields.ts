import type { Field } from 'payload'
import { appealColumns, appealGroups, sectionTitles } from '../../src/report/template'

/** The parts staff enter, shaped like EnteredParts (src/report/template.ts). */
const count = (name: string, zh: string): Field => ({ name, type: 'number', min: 0, label: zh, admin: { step: 1 } })
const issued = (name: string, zh: string): Field => ({
  name, type: 'group', label: zh,
  fields: [{ type: 'row', fields: [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('valid', '现行有效件数')] }],
})

export const enteredFields: Field[] = [
  {
    name: 'table2', type: 'group', label: { zh: '表二 主动公开政府信息情况（录入）', en: 'Table 二 (entered)' },
    fields: [
      issued('rules', '规章（第二十条第（一）项）'),
      issued('normative', '行政规范性文件（第二十条第（一）项）'),
      { type: 'row', fields: [count('licensing', '行政许可：本年处理决定数量'), count('penalties', '行政处罚：本年处理决定数量'), count('coercion', '行政强制：本年处理决定数量')] },
      { name: 'fees', type: 'number', min: 0, label: '行政事业性收费：本年收费金额（单位：万元）' },
    ],
  },
  {
    name: 'table4', type: 'group', label: { zh: '表四 行政复议、行政诉讼情况（录入）', en: 'Table 四 (entered)' },
    fields: appealGroups.map((g) => ({
      name: g.key, type: 'group', label: g.key === 'review' ? g.zh : `行政诉讼：${g.zh}`,
      fields: [{ type: 'row', fields: appealColumns.map((c) => count(c.key, c.zh)) }],
    }) as Field),
  },
  {
    name: 'sections', type: 'group', label: { zh: '文字部分（一、二、三、四部分的说明文字及五、六部分）', en: 'Narrative' },
    fields: Object.entries(sectionTitles).map(([key, zh]) => ({ name: key, type: 'textarea', label: zh, maxLength: 20000 }) as Field),
  },
]
