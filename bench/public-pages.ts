/**
 * Public pages under load (autocannon), as ratios to a bare express "hello" route on the same server
 * in the same run: a cached article page and hub home, then the hub home, a sub-site's home, its
 * catalogue (all years and one year), the hub's aggregated catalogue and an article, each rendered
 * anew for every request: "uncached" purges before each request what a publish of one of the
 * department's items purges (its pages, the hub's, and the lists that item is in); "cold" drops
 * every kept list too, so each page reads all its lists from the database.
 *
 *   npm run bench:public                       # 100,000 items in a SQLite file reused between runs
 *   DATABASE_URI=postgres://postgres@127.0.0.1:5432/zq_bench_public npm run bench:public
 *   BENCH_ITEMS=10000 BENCH_SECONDS=5 npm run bench:public
 */
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import express from 'express'
import { preloadLexical } from '../src/config/preload-lexical'

// Pages render with React's production build, as under `npm start` (NODE_ENV=production); the
// development build renders several times slower. Only React is loaded so: Payload itself stays in
// development mode, which pushes the schema (a branch's schema before the lead's migration).
(process.env as Record<string, string>).NODE_ENV = 'production'
await import('react')
await import('react/jsx-runtime')
await import('react-dom/server')
delete (process.env as Record<string, string>).NODE_ENV

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
const { purgeAll, applyPurge } = await import('../src/site/render-cache')
const { changedLists } = await import('../src/site/list-memo')
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
      data: { tenant: unit.id, unitKind: unit.kind, column, title: `基准条目 ${i}`, issuer: String(unit.name), indexNumber: `${String(unit.unitCode)}/B-${i}`, year: 2010 + (i % 16), publishedAt: at, validity: 'valid', mode: 'proactive', _status: 'published' },
    })
    if (i % 10_000 === 0) console.log(`  … ${i} items (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
}
// The items above were written past the hooks: count them as a start-up does.
const { recountAll } = await import('../collections/CatalogueCounts/recount')
await recountAll(payload)
const article = await payload.create({ collection: 'articles', data: { tenant: dept.id, title: '基准文章', slug: `bench-${Date.now()}`, category: 'news', _status: 'published' } as never })

const root = express()
root.get('/hello', (_req, res) => void res.type('text/plain').send('hello'))
// The purge is made on the server as each request arrives, not when the load generator sends it: so no
// request shares a read that another one started before its purge (kept lists share reads in flight).
let purgeOnArrival: Parameters<typeof applyPurge>[0] | undefined
root.use((_req, _res, next) => (purgeOnArrival && applyPurge(purgeOnArrival), next()))
root.use(createApp({ payload, config, database: database.kind }))
const server = root.listen(0)
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const hubId = (await payload.find({ collection: 'tenants', where: { kind: { equals: 'hub' } }, limit: 1, depth: 0 })).docs[0].id

type Purge = Parameters<typeof applyPurge>[0]
// What a publish of a new item (this year's) of the department purges; cold: every list as well.
const afterPublish: Purge = { units: [String(dept.id), String(hubId)], lists: changedLists('disclosures', [{ unit: dept.id, kind: String(dept.kind), year: new Date().getFullYear() }]) }
const cold: Purge = { units: [String(dept.id), String(hubId)] }

async function load(name: string, url: string, purge?: Purge, headers?: Record<string, string>): Promise<number> {
  let n = 0
  purgeOnArrival = purge
  const result = await autocannon({
    url, connections, duration: seconds, timeout: 60, headers,
    // Every request its own cache key (`indexNumber` is part of the key, and no page but the lookup reads
    // it), after a purge of the page's unit and the hub (what a publish does): no answer comes from the
    // cache, and none shares another's render (concurrent misses of one key wait for one render).
    requests: purge
      ? [{ setupRequest: (req) => ({ ...req, path: `${new URL(url).pathname}${new URL(url).search ? `${new URL(url).search}&` : '?'}indexNumber=${n++}` }) }]
      : undefined,
  })
  purgeOnArrival = undefined
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

const site = `${base}/sites/${String(dept.slug)}`
// A year the unit has items in (an empty year would render an empty table).
const oneYear = (await payload.findDistinct({ collection: 'disclosures', field: 'year', where: { tenant: { equals: dept.id } }, sort: '-year' })).values.map((v) => Number(v.year))[0]
const pages: [string, string][] = [
  ['hub home', `${base}/`],
  ['sub-site home', `${site}/`],
  ['sub-site catalogue', `${site}/xxgk`],
  ['sub-site catalogue, one year', `${site}/xxgk?year=${oneYear}`],
  ['hub catalogue of departments', `${base}/xxgk/units/department`],
  ['article', `${site}/articles/${String(article.slug)}`],
]
await load('warm-up', `${base}/`)
// The baseline is measured first and last, and averaged: on these machines one 5-second run of it varies by ±15 %.
const helloFirst = await load('hello', `${base}/hello`)
const cached = [
  ['article', await load('cached article', pages[5][1])],
  ['hub home', await load('cached hub home', pages[0][1])],
  // As a browser asks: the page's kept brotli copy.
  ['hub home, compressed', await load('cached hub home, compressed', pages[0][1], undefined, { 'accept-encoding': 'gzip, deflate, br' })],
] as const
purgeAll()
const uncached: [string, number][] = []
for (const [name, url] of pages) uncached.push([name, await load(`uncached ${name}`, url, afterPublish)])
const coldRuns: [string, number][] = []
for (const [name, url] of pages) coldRuns.push([name, await load(`cold ${name}`, url, cold)])
const helloLast = await load('hello', `${base}/hello`)
const hello = (helloFirst + helloLast) / 2
const ratio = (x: number) => `${(x / hello).toFixed(2)}×`
const line = (label: string, x: number, goal: number) => console.log(`${label.padEnd(42)} ${x.toFixed(0).padStart(6)} req/s = ${ratio(x)} (goal ≥ ${goal}×)`)
console.log(`database: ${database.kind}; ${(await payload.count({ collection: 'disclosures' })).totalDocs} items; ${connections} connections, ${seconds} s each`)
console.log(`baseline: express "hello"                    ${hello.toFixed(0).padStart(6)} req/s (first ${helloFirst.toFixed(0)}, last ${helloLast.toFixed(0)})`)
for (const [name, x] of cached) line(`cached ${name}`, x, 0.5)
for (const [name, x] of uncached) line(`uncached ${name}`, x, 0.1)
for (const [name, x] of coldRuns) console.log(`${`cold ${name}`.padEnd(42)} ${x.toFixed(0).padStart(6)} req/s = ${ratio(x)}`)
server.close()
process.exit(0)
