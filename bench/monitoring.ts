/**
 * Monitoring (网站监测) at the scale of the group: 44 sites and N published items (bodies with links,
 * some broken). Prints the whole group's check in one pass (`monitorUnits`: reads, link resolution,
 * rules, scoring, ranking) against reading the same rows through the same Local API without the
 * rules, and the per-publish check of one unit against reading that unit's rows; medians of rounds.
 *
 *   npm run bench:monitoring                       # 100,000 items in a SQLite file reused between runs
 *   BENCH_ITEMS=20000 npm run bench:monitoring
 *   DATABASE_URI=postgres://postgres@127.0.0.1:5432/zq_bench_monitoring npm run bench:monitoring
 */
import os from 'node:os'
import path from 'node:path'
import { preloadLexical } from '../src/config/preload-lexical'

const items = Number(process.env.BENCH_ITEMS) || 100_000
const rounds = Number(process.env.BENCH_ROUNDS) || 3
process.env.DATABASE_URI ??= `file:${path.join(os.tmpdir(), `zhanqun-bench-monitoring-${items}.db`)}`
process.env.PAYLOAD_SECRET ??= 'bench'
process.env.JOBS_AUTORUN = 'false'

await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')
const { monitorUnits } = await import('../src/monitoring/reads/report')
const { commitTransaction, createLocalReq, initTransaction } = await import('payload')
type Payload = Awaited<ReturnType<typeof bootPayload>>['payload']
const { payload, database } = await bootPayload()
await seedGroup(payload, { demo: false })

const sites = (await payload.find({ collection: 'tenants', where: { or: [{ kind: { equals: 'hub' } }, { hasSubSite: { equals: true } }] }, pagination: false, depth: 0 })).docs
const columns = (await payload.find({ collection: 'columns', where: { and: [{ shared: { equals: true } }, { kind: { equals: 'disclosure' } }, { aggregates: { exists: false } }] }, pagination: false, depth: 0 })).docs
const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const link = (url: string) => ({ type: 'link', fields: { url, linkType: 'custom', newTab: false }, format: '', indent: 0, version: 3, direction: 'ltr', children: [text('相关链接')] })
const body = (i: number) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [
      { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', children: [text(`为贯彻落实有关工作部署，现将第${i}号事项公开如下。`.repeat(4))] },
      { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', children: [link(`/xxgk/${i % 97 === 0 ? 99_000_000 + i : Math.max(1, i - 1)}`), link('/news/news'), link('https://www.gov.cn/zhengce/')] },
    ],
  },
})

const existing = (await payload.count({ collection: 'disclosures' })).totalDocs
if (existing < items) {
  console.log(`[bench:monitoring] writing ${items - existing} items across ${sites.length} sites (straight to the adapter, once) …`)
  const started = performance.now()
  let req = await createLocalReq({}, payload)
  await initTransaction(req)
  for (let i = existing; i < items; i++) {
    const unit = sites[i % sites.length]
    const column = columns[i % columns.length]
    const at = new Date(Date.now() - (i % 900) * 86_400_000).toISOString()
    await payload.db.create({
      collection: 'disclosures', req,
      data: {
        tenant: unit.id, column: column.id, title: `监测基准条目 ${i}`, issuer: i % 50 === 0 ? '' : String(unit.name), indexNumber: `${String(unit.unitCode)}/M-${i}`,
        year: 2024, writtenAt: at, publishedAt: at, validity: 'valid', validUntil: i % 211 === 0 ? '2020-01-01T00:00:00.000Z' : null, mode: 'proactive', body: body(i), _status: 'published',
      },
    })
    if ((i + 1) % 500 === 0) {
      await commitTransaction(req)
      req = await createLocalReq({}, payload)
      await initTransaction(req)
    }
    if ((i + 1) % 10_000 === 0) process.stderr.write(`\r  … ${i + 1} items (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
  await commitTransaction(req)
  process.stderr.write('\n')
}

/** The baseline: the same rows (same queries, same fields, bodies included) with no rules run. */
async function readRows(p: Payload, units?: (number | string)[]): Promise<number> {
  const scope = units ? [{ tenant: { in: units } }] : []
  let rows = 0
  for (const collection of ['disclosures', 'articles'] as const) {
    for (let page = 1; ; page++) {
      const found = await p.find({ collection, where: { and: [...scope, { _status: { equals: 'published' } }] }, depth: 0, limit: 2000, page, sort: 'id', overrideAccess: true, draft: false,
        select: collection === 'disclosures' ? { title: true, tenant: true, column: true, indexNumber: true, issuer: true, publishedAt: true, writtenAt: true, validity: true, validUntil: true, body: true, attachments: true } : { title: true, tenant: true, category: true, publishedAt: true, body: true } })
      rows += found.docs.length
      if (!found.hasNextPage) break
    }
  }
  await p.find({ collection: 'letters', pagination: false, depth: 0, overrideAccess: true, where: units ? { unit: { in: units } } : {}, select: { status: true } })
  await p.find({ collection: 'requests', pagination: false, depth: 0, overrideAccess: true, where: units ? { unit: { in: units } } : {}, select: { status: true } })
  return rows
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
async function time(fn: () => Promise<unknown>): Promise<number> {
  const runs: number[] = []
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    await fn()
    runs.push(performance.now() - t0)
  }
  return median(runs)
}

const total = (await payload.count({ collection: 'disclosures' })).totalDocs + (await payload.count({ collection: 'articles' })).totalDocs
let report: Awaited<ReturnType<typeof monitorUnits>> | undefined
const baseGroup = await time(() => readRows(payload))
const group = await time(async () => (report = await monitorUnits(payload)))
const one = [sites[1].id]
const baseUnit = await time(() => readRows(payload, one))
const unit = await time(() => monitorUnits(payload, { units: one }))
const findings = report!.units.reduce((n, u) => n + u.findings.reduce((m, f) => m + f.count, 0), 0)

console.log(`[bench:monitoring] ${database.kind}, ${total} published items, ${sites.length} sites, ${report!.units.length} units; median of ${rounds} rounds`)
console.log(`  whole group, one pass: ${(group / 1000).toFixed(2)} s; reading the same rows: ${(baseGroup / 1000).toFixed(2)} s; ratio ${(group / baseGroup).toFixed(2)}  (${findings} findings, ${report!.vetoedUnits} units vetoed)`)
console.log(`  one unit (per publish): ${unit.toFixed(0)} ms; reading its rows: ${baseUnit.toFixed(0)} ms; ratio ${(unit / baseUnit).toFixed(2)}`)
console.log(`  heap after: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`)
process.exit(0)
