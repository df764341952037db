/**
 * `npm run search:rebuild` rebuilds the group's search index (统一检索) from the published items, with
 * a progress bar: after an import straight into the database, a restore, or a change of the
 * segmentation. Safe while the server runs: entries are rewritten in place and the server's engine
 * picks them up at its next search.
 */
import '../src/server/check-env'
import { preloadLexical } from '../src/config/preload-lexical'
import { progress } from './progress'

await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { rebuildSearchIndex } = await import('../src/search/reads/indexer')

const { payload } = await bootPayload()
const t0 = performance.now()
let tick: (() => void) | undefined
const report = await rebuildSearchIndex(payload, {
  onTotal: (n) => {
    console.log(`[search] 重建检索索引：${n} 条已发布信息 / rebuilding the search index: ${n} published items`)
    tick = progress(n)
  },
  onProgress: () => tick?.(),
})
const seconds = ((performance.now() - t0) / 1000).toFixed(1)
console.log(`[search] 已索引 ${report.indexed} 条，移除 ${report.removed} 条，用时 ${seconds} 秒 / indexed ${report.indexed}, removed ${report.removed}, took ${seconds} s`)
process.exit(0)
