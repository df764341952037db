/**
 * `npm run monitor -- --unit <slug>` prints a unit's monitoring findings (网站监测) in the terminal;
 * without `--unit`, the whole group's ranking. `--json` prints the report as JSON.
 */
import { parseArgs } from 'node:util'
import '../src/server/check-env'
import { preloadLexical } from '../src/config/preload-lexical'

const { values } = parseArgs({ options: { unit: { type: 'string' }, json: { type: 'boolean', default: false } } })

await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { monitorUnits } = await import('../src/monitoring/reads/report')

const { payload } = await bootPayload()
// The public sites' renderer, so the monitoring samples pages here too (the router itself is not served).
;(await import('../src/server/public/public-site')).publicSite(payload)
let units: (number | string)[] | undefined
if (values.unit) {
  const found = await payload.find({ collection: 'tenants', where: { slug: { equals: values.unit } }, limit: 1, depth: 0, overrideAccess: true })
  if (!found.docs[0]) {
    console.error(`没有单位“${values.unit}” / no unit with slug ${values.unit}`)
    process.exit(2)
  }
  units = [found.docs[0].id]
}
const t0 = performance.now()
const report = await monitorUnits(payload, { units })
const ms = Math.round(performance.now() - t0)

if (values.json) {
  console.log(JSON.stringify(report, null, 2))
} else if (units) {
  const u = report.units[0]
  console.log(`${u.name}（${u.slug}）得分 ${u.score.score}${u.score.vetoed ? '，单项否决 / vetoed' : ''}`)
  if (u.findings.length === 0) console.log('  未发现问题 / no findings')
  for (const f of u.findings) {
    console.log(`  ${f.veto ? '[否决]' : '[扣分]'} ${f.title}：${f.summary}`)
    for (const e of f.evidence.slice(0, 20)) console.log(`      ${e.label} — ${e.detail}  ${e.adminUrl}`)
    if (f.evidence.length > 20) console.log(`      … 另有 ${f.evidence.length - 20} 条`)
  }
} else {
  console.log(`全站群 ${report.units.length} 个单位，${report.vetoedUnits} 个单项否决 / ${report.units.length} units, ${report.vetoedUnits} vetoed`)
  for (const u of report.units) {
    console.log(`  ${String(u.rank).padStart(3)}  ${String(u.score.score).padStart(3)}  ${u.score.vetoed ? '否决' : '    '}  ${u.slug.padEnd(12)} ${u.name}  ${u.findings.map((f) => `${f.rule}×${f.count}`).join(' ')}`)
  }
}
console.error(`(${ms} ms)`)
process.exit(0)
