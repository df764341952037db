/**
 * `npm run report -- --unit <slug> --year 2025` prints a unit's annual disclosure report
 * (政府信息公开工作年度报告) in the terminal: the stored report with its frozen figures once submitted,
 * else the figures as the records are now, and any check the report fails.
 */
import '../src/server/check-env'
import { parseArgs } from 'node:util'
import { preloadLexical } from '../src/config/preload-lexical'

const { values } = parseArgs({ options: { unit: { type: 'string' }, year: { type: 'string' } } })
const year = Number(values.year ?? new Date().getFullYear() - 1)
if (!values.unit || !Number.isInteger(year) || year < 2008 || year > 2200) {
  console.error('用法 / usage: npm run report -- --unit <slug> --year 2025')
  process.exit(2)
}
await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { readReportDocument } = await import('../src/report/reads/document')
const { reportText } = await import('../src/report/build')
const { payload } = await bootPayload()
const unit = (await payload.find({ collection: 'tenants', where: { slug: { equals: values.unit } }, limit: 1, depth: 0 })).docs[0]
if (!unit) {
  console.error(`没有单位 ${values.unit} / no unit with slug ${values.unit}`)
  process.exit(2)
}
const result = (await readReportDocument(payload, { id: unit.id, name: unit.name }, year))!
console.log(reportText(result.document))
console.log(result.report ? `状态 / status: ${result.report.status}${result.frozen ? '（数据为提交时固定 / figures as submitted）' : '（数据为当前记录 / figures from the records now）'}` : '尚未创建本年度年报，以上为按记录生成的草稿 / no report stored yet: a draft from the records')
for (const p of result.problems) console.log(`校验未通过 / check failed: ${p.zh} / ${p.en}`)
process.exit(result.problems.length ? 1 : 0)
