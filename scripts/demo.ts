/**
 * `npm run demo` loads demo data into the running group's database:
 *   npm run demo                               the living demo group, dated up to today (as on first start)
 *   npm run demo -- --year 2010 --scale full   the seed's own year at its volume: 23,360 catalogue items
 *   npm run demo -- --year 2010                the same year at a tenth of that (2,336 items)
 */
import { parseArgs } from 'node:util'
import '../src/server/check-env'
import { preloadLexical } from '../src/config/preload-lexical'
import { progress } from './progress'

const { values } = parseArgs({ options: { year: { type: 'string' }, scale: { type: 'string', default: 'small' } } })
const year = values.year === undefined ? undefined : Number(values.year)
if (year !== undefined && !(Number.isInteger(year) && year >= 2008 && year <= 2100)) {
  console.error('[demo] --year 须为2008年以后的年份 / --year must be a year from 2008')
  process.exit(2)
}
if (!['small', 'full'].includes(values.scale!)) {
  console.error('[demo] --scale 须为 small 或 full / --scale must be small or full')
  process.exit(2)
}

await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')
const { loadLivingDemo, loadPlannedDisclosures } = await import('../src/seed/demo/load')
const { planYear } = await import('../src/seed/demo/year')
const { units } = await import('../tenants/units')

const { payload } = await bootPayload()
await seedGroup(payload, { demo: true })
const t0 = performance.now()
if (year === undefined) {
  let tick: (() => void) | undefined
  const report = await loadLivingDemo(payload, { onProgress: (_done, total) => (tick ??= progress(total))() })
  console.log(`[demo] 文章 ${report.articles}，信息公开条目 ${report.disclosures}，附件与图片 ${report.files} / ${report.articles} articles, ${report.disclosures} items, ${report.files} files`)
} else {
  const items = planYear(units, year, values.scale === 'full' ? 23_360 : 2_336)
  await loadPlannedDisclosures(payload, items, progress(items.length))
  console.log(`[demo] ${year}年：${items.length} 条信息公开条目，${units.length} 个单位 / ${year}: ${items.length} items across ${units.length} units`)
}
// Demo items are loaded without the per-item index jobs: the search index takes them in one pass.
const { rebuildSearchIndex } = await import('../src/search/reads/indexer')
let tick: (() => void) | undefined
const indexed = await rebuildSearchIndex(payload, { onTotal: (n) => (tick = progress(n)), onProgress: () => tick?.() })
console.log(`[demo] 检索索引 ${indexed.indexed} 条 / search index: ${indexed.indexed} items`)
console.log(`[demo] 用时 / took ${((performance.now() - t0) / 1000).toFixed(1)} s`)
process.exit(0)
