/**
 * Public pages under load (autocannon), as ratios to a bare express "hello" route on the same server
 * in the same run: a cached article page, the hub home page, and both rendered uncached.
 *
 *   npm run bench:public                       # 100,000 items in a SQLite file reused between runs
 *   BENCH_ITEMS=10000 BENCH_SECONDS=5 npm run bench:public
 */
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import express from 'express'
import { preloadLexical } from '../src/config/preload-lexical'

const items = Number(process.env.BENCH_ITEMS) || 100_000
const seconds = Number(process.env.BENCH_SECONDS) || 10
const connections = Number(process.env.BENCH_CONNECTIONS) || 50
const dbFile = path.join(os.tmpdir(), `zhanqun-bench-public-${items}.db`)
process.env.DATABASE_URI ??= `file:${dbFile}`
process.env.PAYLOAD_SECRET ??= 'bench'
process.env.LOG_LEVEL ??= 'warn'
process.env.JOBS_AUTORUN = 'false'

await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')
const { createApp } = await import('../src/server/app')
const { purgeAll } = await import('../src/site/render-cache')
const { payload, config, database } = await bootPayload()
await seedGroup(payload, { demo: true })

const dept = (await payload.find({ collection: 'tenants', where: { kind: { equals: 'department' } }, sort: 'sortOrder', limit: 1 })).docs[0]
const units = (await payload.find({ collection: 'tenants', where: { kind: { in: ['department', 'county'] } }, limit: 40, depth: 0 })).docs
const column = (await payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } } })).docs[0].id
const existing = await payload.count({ collection: 'disclosures' })
if (existing.totalDocs < items) {
  // Straight to the adapter: the bench needs volume, not hooks (numbers are synthetic and unique).
  const started = performance.now()
  for (let i = existing.totalDocs; i < items; i++) {
    const unit = units[i % units.length]
    const at = new Date(Date.UTC(2010 + (i % 16), i % 12, 1 + (i % 28))).toISOString()
    await payload.db.create({
      collection: 'disclosures',
      data: { tenant: unit.id, column, title: `基准条目 ${i}`, issuer: String(unit.name), indexNumber: `${String(unit.unitCode)}/B-${i}`, year: 2010 + (i % 16), publishedAt: at, validity: 'valid', mode: 'proactive', _status: 'published' },
    })
    if (i % 10_000 === 0) console.log(`  … ${i} items (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
}
const article = await payload.create({ collection: 'articles', data: { tenant: dept.id, title: '基准文章', slug: `bench-${Date.now()}`, category: 'news', _status: 'published' } as never })

const root = express()
root.get('/hello', (_req, res) => void res.type('text/plain').send('hello'))
root.use(createApp({ payload, config, database: database.kind }))
const server = root.listen(0)
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

async function load(name: string, url: string, uncached = false): Promise<number> {
  let n = 0
  const result = await autocannon({
    url, connections, duration: seconds, timeout: 60,
    // A fresh query string per request misses the render cache: every answer is rendered anew.
    requests: uncached ? [{ setupRequest: (req) => ({ ...req, path: `${new URL(url).pathname}?n=${n++}` }) }] : undefined,
  })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

const articleUrl = `${base}/sites/${String(dept.slug)}/articles/${String(article.slug)}`
await load('warm-up', `${base}/`)
const hello = await load('hello', `${base}/hello`)
const cachedArticle = await load('cached article', articleUrl)
const cachedHome = await load('cached hub home', `${base}/`)
purgeAll()
const uncachedArticle = await load('uncached article', articleUrl, true)
const uncachedHome = await load('uncached hub home', `${base}/`, true)
const ratio = (x: number) => `${(x / hello).toFixed(2)}×`
console.log(`database: ${database.kind}; ${(await payload.count({ collection: 'disclosures' })).totalDocs} items; ${connections} connections, ${seconds} s each`)
console.log(`baseline: express "hello"          ${hello.toFixed(0)} req/s`)
console.log(`cached article page                ${cachedArticle.toFixed(0)} req/s = ${ratio(cachedArticle)} (goal ≥ 0.5×)`)
console.log(`cached hub home                    ${cachedHome.toFixed(0)} req/s = ${ratio(cachedHome)} (goal ≥ 0.5×)`)
console.log(`uncached article page              ${uncachedArticle.toFixed(0)} req/s = ${ratio(uncachedArticle)} (goal ≥ 0.1×)`)
console.log(`uncached hub home                  ${uncachedHome.toFixed(0)} req/s = ${ratio(uncachedHome)} (goal ≥ 0.1×)`)
server.close()
process.exit(0)
