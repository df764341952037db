/**
 * `npm run import -- <file.csv|file.xlsx|file.json>`: loads historical disclosure items.
 * Shows a progress bar on a terminal (a line per 1,000 rows otherwise); prints every rejected row
 * with its line and reason; exits 2 when any row was rejected.
 */
import cliProgress from 'cli-progress'
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
  const rate = () => Math.round((1000 * done) / Math.max(1, performance.now() - started))
  let done = 0
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar({ format: '[import] {bar} {percentage}% | {value}/{total} 行 rows | {rate} 条/s items/s | 剩余 ETA {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null
  bar?.start(rows.length, 0, { rate: 0 })
  let printed = 0
  const report = await importDisclosures(payload, rows, (n) => {
    done = n
    if (bar) bar.update(n, { rate: rate() })
    else if (n - printed >= 1000 || n === rows.length) {
      printed = n
      console.log(`[import] ${n}/${rows.length} (${rate()} items/s)`)
    }
  })
  bar?.stop()
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
