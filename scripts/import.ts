/**
 * `npm run import '../src/server/check-env'
import -- <file.csv|file.xlsx|file.json>`: loads historical disclosure items.
 * Prints every rejected row with its line and reason; exits 2 when any row was rejected.
 */
import { readRows } from '../src/import/read-rows'
import { preloadLexical } from '../src/config/preload-lexical'

const file = process.argv[2]
if (!file) {
  console.error('用法 / usage: npm run import -- <file.csv|file.xlsx|file.json>')
  process.exit(1)
}
await preloadLexical()
const { BootError, bootPayload } = await import('../src/server/boot')
const { importDisclosures } = await import('../src/import/import-disclosures')

try {
  const rows = await readRows(file)
  const { payload } = await bootPayload()
  const started = performance.now()
  const report = await importDisclosures(payload, rows, (done) => {
    if (done % 1000 === 0) console.log(`[import] ${done}/${rows.length}`)
  })
  const seconds = (performance.now() - started) / 1000
  for (const r of report.rejected) console.log(`第${r.line}行 / line ${r.line}: ${r.reasons.join('；')}`)
  console.log(
    `[import] 导入 ${report.imported} 条，拒绝 ${report.rejected.length} 条，用时 ${seconds.toFixed(1)} 秒 / ` +
      `${report.imported} imported, ${report.rejected.length} rejected in ${seconds.toFixed(1)} s (${(report.imported / seconds).toFixed(0)} items/s)`,
  )
  process.exit(report.rejected.length > 0 ? 2 : 0)
} catch (err) {
  console.error(err instanceof BootError ? `[import] ${err.message}` : `[import] ${(err as Error).message}`)
  process.exit(1)
}
