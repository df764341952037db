/**
 * Search (统一检索) at the scale of a big group: N Chinese items (the demo's year plan: titles, 文号 and
 * bodies built from the seed's subjects) plus 50 planted queries with known answers.
 * Prints the index build time and memory, p50/p95 of the search path (`searchGroup`: segmentation,
 * engine, snippets) against a plain `LIKE '%…%'` scan through the same Local API in the same run,
 * and recall@10 of both on the 50 queries.
 *
 *   npm run bench:search                          # 100,000 items on embedded SQLite (a fresh temp file)
 *   BENCH_ITEMS=20000 npm run bench:search
 *   DATABASE_URI=postgres://postgres@127.0.0.1:5432/zq_bench_search npm run bench:search   # an empty database
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { preloadLexical } from '../src/config/preload-lexical'

const total = Number(process.env.BENCH_ITEMS) || 100_000
const rounds = Number(process.env.BENCH_ROUNDS) || 4
process.env.DATABASE_URI ??= `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zq-search-')), 'bench.db')}`
process.env.PAYLOAD_SECRET ??= 'bench'
process.env.JOBS_AUTORUN = 'false'

await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')
const { planYear } = await import('../src/seed/demo/year')
const { blocksToLexical } = await import('../src/seed/demo/bodies')
const { units } = await import('../tenants/units')
const { searchEntryOf } = await import('../src/search/entry')
const { checkSearchParams } = await import('../src/search/params')
const { columnPaths, ensureGroupTerms } = await import('../src/search/reads/indexer')
const { searchGroup, searchEngine } = await import('../src/search/reads/search')
const { payload, database } = await bootPayload()
await seedGroup(payload, { demo: false })
if ((await payload.count({ collection: 'search-entries', overrideAccess: true })).totalDocs > 0) throw new Error('bench:search needs an empty database')

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const unitIds = new Map((await payload.find({ collection: 'tenants', limit: 0, pagination: false, depth: 0 })).docs.map((u) => [u.slug, u.id]))
const columnsByKey = new Map([...(await columnPaths(payload)).values()].map((c) => [c.keys[c.keys.length - 1], c]))
await ensureGroupTerms(payload)

// 50 phrases no demo template uses; each titles 3 items (the known answers) and appears only in the body of 3 others.
const phrases = [
  '老旧小区改造', '垃圾分类示范', '桥梁安全隐患排查', '乡村振兴示范村', '农村饮水安全巩固', '城市内涝治理', '河长制巡河', '森林防火隔离带',
  '高标准农田建设', '中小学课后服务', '养老服务设施', '婴幼儿照护服务', '公共法律服务', '退役军人服务站', '残疾人两项补贴', '慢性病长期处方',
  '家庭医生签约', '电动自行车充电', '燃气安全专项整治', '自建房安全排查', '地下管网普查', '海绵城市试点', '新能源汽车推广', '农产品质量追溯',
  '耕地保护督察', '生猪稳产保供', '烟花爆竹禁放', '扬尘污染防治', '秸秆综合利用', '非法集资防范', '欠薪问题治理', '根治拖欠农民工工资',
  '稳岗返还', '创业担保贷款', '技能人才评价', '职称评审改革', '政府采购意向公开', '国有资产出租', '行政执法公示', '双随机一公开',
  '信用修复', '证明事项告知承诺', '跨省通办', '不动产登记便民', '企业开办一网通办', '工程建设项目审批', '招投标投诉处理', '文物保护单位',
  '全民健身设施', '防汛抗旱应急预案',
]
const queries = phrases.map((phrase, i) => ({ q: i % 5 === 4 ? phrase.slice(0, 4) : phrase, phrase }))

// Build: segment every item and write its entry through the adapter (as the rebuild does), timed apart.
const plan = planYear(units, 2010, total - phrases.length * 6, 2010)
const heapBefore = process.memoryUsage().heapUsed
let segmentMs = 0
let writeMs = 0
const started = performance.now()
let n = 0
// Entries are written in transactions of 500, as the rebuild does (one commit per batch).
const { commitTransaction, createLocalReq, initTransaction } = await import('payload')
let req = await createLocalReq({}, payload)
await initTransaction(req)
const write = async (title: string, unit: string, column: string, publishedAt: string, body: ReturnType<typeof blocksToLexical>, extra: Record<string, unknown> = {}) => {
  const t0 = performance.now()
  const entry = searchEntryOf('disclosures', { id: ++n, tenant: unitIds.get(unit), title, body, issuer: '基准单位', publishedAt, ...extra }, columnsByKey.get(column) ?? null)
  const t1 = performance.now()
  await payload.db.create({ collection: 'search-entries', data: { ...entry, createdAt: publishedAt, updatedAt: new Date().toISOString() }, req })
  if (n % 500 === 0) {
    await commitTransaction(req)
    req = await createLocalReq({}, payload)
    await initTransaction(req)
  }
  segmentMs += t1 - t0
  writeMs += performance.now() - t1
  if (n % 5000 === 0) process.stderr.write(`\r[bench:search] ${n}/${total} entries written`)
}
for (const item of plan) await write(item.title, item.unit, item.column, item.publishedAt, blocksToLexical(item.body), { documentNumber: item.documentNumber, subjects: item.subjects })
const targets = new Map<string, Set<string>>()
for (const [i, phrase] of phrases.entries()) {
  const unit = units[(i * 7) % units.length].slug
  const keys = new Set<string>()
  for (let k = 0; k < 3; k++) {
    await write(`关于做好${phrase}工作的通知（${k + 1}）`, unit, 'mandatory-other', `2010-0${1 + k}-15T02:00:00.000Z`, blocksToLexical([{ type: 'paragraph', text: '各有关单位：现将有关事项通知如下。' }] as never))
    keys.add(`disclosures:${n}`)
  }
  for (let k = 0; k < 3; k++) {
    await write(`${units[(i + k) % units.length].shortName}2010年工作总结`, unit, 'mandatory-other', `2010-12-2${k}T02:00:00.000Z`, blocksToLexical([{ type: 'paragraph', text: `全年推进各项工作，其中${phrase}取得进展。` }] as never))
  }
  targets.set(phrase, keys)
}
await commitTransaction(req)
process.stderr.write('\n')
const buildSeconds = (performance.now() - started) / 1000

// First search loads the engine (the embedded one reads every entry into memory).
const loadStart = performance.now()
await searchGroup(payload, checkSearchParams({ q: '预算公开' }))
const loadMs = performance.now() - loadStart
global.gc?.()
const heapAfter = process.memoryUsage().heapUsed

const timed = async <T>(fn: () => Promise<T>, into: number[]) => {
  const t = performance.now()
  const result = await fn()
  into.push(performance.now() - t)
  return result
}
const searchMs: number[] = []
const likeMs: number[] = []
let recallSearch = 0
let recallLike = 0
for (let r = 0; r < rounds; r++) {
  for (const { q, phrase } of queries) {
    const found = await timed(() => searchGroup(payload, checkSearchParams({ q })), searchMs)
    const like = await timed(() => payload.find({
      collection: 'search-entries', overrideAccess: true, depth: 0, limit: 10, sort: '-publishedAt', select: { key: true },
      where: { and: [{ live: { equals: true } }, { or: [{ title: { contains: q } }, { body: { contains: q } }] }] },
    }), likeMs)
    if (r > 0) continue
    const want = targets.get(phrase)!
    recallSearch += found.docs.filter((d) => want.has(`${d.kind}:${d.id}`)).length / want.size
    recallLike += like.docs.filter((d) => want.has(d.key)).length / want.size
  }
}

const engine = searchEngine(payload).name
const p = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`
console.log(`search bench: ${n.toLocaleString('en')} items on ${database.kind} (engine: ${engine}), ${queries.length} queries × ${rounds} rounds`)
console.log(`  build:   ${buildSeconds.toFixed(1)} s (${Math.round(n / buildSeconds)} items/s; segmentation ${(segmentMs / 1000).toFixed(1)} s, writes ${(writeMs / 1000).toFixed(1)} s)`)
console.log(`  engine load on first search: ${(loadMs / 1000).toFixed(1)} s; heap ${mb(heapBefore)} → ${mb(heapAfter)}, rss ${mb(process.memoryUsage().rss)}`)
if (database.kind === 'postgres') {
  const { sql } = await import('@payloadcms/db-postgres')
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle
  const { rows } = await db.execute(sql`select pg_size_pretty(pg_relation_size('search_entries_fts_idx')) as gin, pg_size_pretty(pg_total_relation_size('search_entries')) as total`)
  console.log(`  PostgreSQL: GIN index ${String(rows[0]?.gin)}, table with indexes ${String(rows[0]?.total)}`)
}
console.log(`  search:     ${p(searchMs)}   recall@10 ${(recallSearch / queries.length).toFixed(3)}`)
console.log(`  LIKE scan:  ${p(likeMs)}   recall@10 ${(recallLike / queries.length).toFixed(3)}`)
console.log(`  ratio p50 ${(percentile(likeMs, 50) / percentile(searchMs, 50)).toFixed(1)}× faster, p95 ${(percentile(likeMs, 95) / percentile(searchMs, 95)).toFixed(1)}× faster than LIKE`)
process.exit(0)
