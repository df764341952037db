import type { Columns, Table3Row } from '../requests/table3'
import { appealColumns, appealGroups, type EnteredParts } from './template'

/**
 * The template's checks: in table 三, 一 + 二 = (七)总计 + 四 in every column and each row's 总计 is
 * the sum of its columns; in table 四, each 总计 is the sum of its four results; every entered figure
 * is a non-negative number (counts whole). A report with a problem cannot be submitted. Pure.
 */
export interface Problem { zh: string; en: string; cell?: string }

const orgColumns = ['commercial', 'research', 'public-interest', 'legal-services', 'other-organization'] as const
const allColumns = ['natural', ...orgColumns, 'organization', 'total'] as const

export function checkTable3(rows: readonly Table3Row[]): Problem[] {
  const problems: Problem[] = []
  for (const r of rows) {
    if (!r.values) continue
    const v = r.values
    const org = orgColumns.reduce((s, c) => s + v[c], 0)
    if (v.organization !== undefined && v.organization !== org) problems.push({ zh: `表三“${r.label}”法人或其他组织合计不等于各列之和`, en: `table 三 row ${r.key}: organisations do not add up`, cell: `t3:${r.key}:organization` })
    if (v.total !== v.natural + org) problems.push({ zh: `表三“${r.label}”总计不等于各列之和`, en: `table 三 row ${r.key}: total is not the sum of its columns`, cell: `t3:${r.key}:total` })
  }
  const at = (key: string): Columns | null | undefined => rows.find((r) => r.key === key)?.values
  const [a, b, total, out] = [at('new'), at('carried-in'), at('total'), at('carried-out')]
  if (!a || !b || !total || !out) return [...problems, { zh: '表三缺少必要的行', en: 'table 三 lacks a required row' }]
  for (const c of allColumns) {
    if (a[c] === undefined) continue
    if (a[c] + b[c] !== total[c] + out[c]) {
      problems.push({ zh: `表三“${c}”列：第一项加第二项之和（${a[c] + b[c]}）不等于第三项（七）总计加第四项之和（${total[c] + out[c]}）`, en: `table 三 column ${c}: 一 + 二 (${a[c] + b[c]}) ≠ (七)总计 + 四 (${total[c] + out[c]})`, cell: `t3:total:${c}` })
    }
  }
  return problems
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9
const isAmount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e9

export function checkEntered(e: EnteredParts): Problem[] {
  const problems: Problem[] = []
  const counts: [string, unknown][] = [
    ['table2.rules.issued', e.table2?.rules?.issued], ['table2.rules.repealed', e.table2?.rules?.repealed], ['table2.rules.valid', e.table2?.rules?.valid],
    ['table2.normative.issued', e.table2?.normative?.issued], ['table2.normative.repealed', e.table2?.normative?.repealed], ['table2.normative.valid', e.table2?.normative?.valid],
    ['table2.licensing', e.table2?.licensing], ['table2.penalties', e.table2?.penalties], ['table2.coercion', e.table2?.coercion],
  ]
  for (const g of appealGroups) for (const c of appealColumns) counts.push([`table4.${g.key}.${c.key}`, e.table4?.[g.key]?.[c.key]])
  for (const [field, value] of counts) {
    if (!isCount(value)) problems.push({ zh: `${field} 须为不小于 0 的整数`, en: `${field} must be a whole number, 0 or more`, cell: field })
  }
  if (!isAmount(e.table2?.fees)) problems.push({ zh: 'table2.fees（收费金额，万元）须为不小于 0 的数', en: 'table2.fees (10,000 yuan) must be a number, 0 or more', cell: 'table2.fees' })
  for (const g of appealGroups) {
    const v = e.table4?.[g.key]
    if (!v || !counts.every(([, x]) => x === undefined || typeof x === 'number')) continue
    const sum = v.upheld + v.corrected + v.otherResult + v.pending
    if (Number.isFinite(sum) && sum !== v.total) problems.push({ zh: `表四“${g.zh}”总计（${v.total}）不等于各项之和（${sum}）`, en: `table 四 ${g.key}: total (${v.total}) is not the sum of its results (${sum})`, cell: `table4.${g.key}.total` })
  }
  return problems
}

export const checkReport = (table3: readonly Table3Row[], entered: EnteredParts): Problem[] => [...checkTable3(table3), ...checkEntered(entered)]
