/**
 * Bulk import of a year of the hub's items (23,360 in the 2010 report) from a generated CSV,
 * against a baseline measured in the same run: parsing and checking the same rows without storing.
 *
 *   npm run bench:import                 # BENCH_ITEMS=2000 for a quick run
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseImportRow } from '../src/disclosure/import-row'
import { preloadLexical } from '../src/config/preload-lexical'
import { readRows } from '../src/import/read-rows'
import { flattenCatalogue, isFileableNode } from '../src/disclosure/catalogue'
import { units } from '../tenants/units'

const total = Number(process.env.BENCH_ITEMS) || 23_360
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zq-import-'))
if (!process.env.DATABASE_URI) process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET ??= 'bench'

const columns = flattenCatalogue().filter(isFileableNode).filter((n) => n.scope === 'all').map((n) => n.key)
const lines = ['标题,单位,栏目,发布日期,主题词,正文']
for (let i = 0; i < total; i++) {
  const unit = units[i % units.length]
  const day = String((i % 28) + 1).padStart(2, '0')
  const month = String((i % 12) + 1).padStart(2, '0')
  lines.push(`2010年政务信息第${i + 1}条,${unit.slug},${columns[i % columns.length]},2010-${month}-${day},政务；公开,全年市政府门户网站共发布政务信息23360条。`)
}
const file = path.join(dir, 'items.csv')
fs.writeFileSync(file, lines.join('\n'))

// The config reads DATABASE_URI when loaded: import it only now.
await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')
const { importDisclosures } = await import('../src/import/import-disclosures')
const { payload, database } = await bootPayload()
await seedGroup(payload, { demo: false })

let t = performance.now()
const rows = await readRows(file)
const parsed = rows.filter((r) => parseImportRow(r.values).ok).length
const baselineSeconds = (performance.now() - t) / 1000

t = performance.now()
const report = await importDisclosures(payload, rows, (done) => {
  if (done % 5000 === 0) console.log(`  ${done}/${rows.length}`)
})
const seconds = (performance.now() - t) / 1000
console.log(`database: ${database.kind}; ${total} rows`)
console.log(`baseline: read + check only   ${baselineSeconds.toFixed(2)} s (${(parsed / baselineSeconds).toFixed(0)} rows/s)`)
console.log(`import (stored, numbered)     ${seconds.toFixed(1)} s (${(report.imported / seconds).toFixed(0)} items/s), ${report.rejected.length} rejected`)
console.log(`ratio import / baseline       ${(seconds / baselineSeconds).toFixed(0)}×`)
console.log(`peak memory (RSS)             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
process.exit(report.rejected.length > 0 ? 1 : 0)
