/**
 * Syndication: how long from a sub-site publish until the hub shows the item, in its API and on
 * its page, and how many items end lost or stale after a long run of publishes and unpublishes;
 * the same for curated submissions (an adopted article in GET /api/hub-submissions/adopted).
 * The baseline, measured in the same run, is a plain draft save of the same kind of item.
 *
 *   npm run bench:syndication                         # 1,000 publishes, then 10,000 publish/unpublish steps
 *   BENCH_PUBLISHES=200 BENCH_STEPS=2000 npm run bench:syndication
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { preloadLexical } from '../src/config/preload-lexical'

const publishes = Number(process.env.BENCH_PUBLISHES) || 1000
const steps = Number(process.env.BENCH_STEPS) || 10_000
process.env.DATABASE_URI ??= `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zq-synd-')), 'bench.db')}`
process.env.PAYLOAD_SECRET ??= 'bench'
process.env.JOBS_AUTORUN = 'false'

await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')
const { createApp } = await import('../src/server/app')
const { payload, config, database } = await bootPayload()
await seedGroup(payload, { demo: true })
const server = createApp({ payload, config, database: database.kind }).listen(0)
// Keep idle connections open longer than the client does, so a reused socket is never closed under a request.
server.keepAliveTimeout = 120_000
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const dept = (await payload.find({ collection: 'tenants', where: { kind: { equals: 'department' } }, sort: 'sortOrder', limit: 1 })).docs[0]
const column = (await payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } } })).docs[0].id
const apiUrl = `${base}/api/disclosures/hub-catalogue?scope=department&unit=${String(dept.slug)}&limit=5`
const pageUrl = `${base}/xxgk/units/department?unit=${String(dept.slug)}`

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const create = (title: string, status: 'draft' | 'published') =>
  payload.create({ collection: 'disclosures', draft: status === 'draft', data: { tenant: dept.id, column, title, issuer: '基准', _status: status } as never })

// Baseline: a draft save, which nobody can see.
const drafts: number[] = []
for (let i = 0; i < Math.min(publishes, 300); i++) {
  const t = performance.now()
  await create(`草稿 ${i}`, 'draft')
  drafts.push(performance.now() - t)
}

// Publish, then poll the hub's API and page until the item shows (both answered fresh, never from a stale cache).
const apiLatency: number[] = []
const pageLatency: number[] = []
for (let i = 0; i < publishes; i++) {
  const title = `延迟测量 ${i}`
  const t = performance.now()
  await create(title, 'published')
  for (;;) if (((await (await fetch(apiUrl)).json()) as { docs: { title: string }[] }).docs.some((d) => d.title === title)) break
  apiLatency.push(performance.now() - t)
  for (;;) if ((await (await fetch(pageUrl)).text()).includes(title)) break
  pageLatency.push(performance.now() - t)
}

// Many publishes and unpublishes over a pool, reading the hub page in between so its cache is warm.
const pool = await Promise.all(Array.from({ length: 50 }, (_, i) => create(`往复 ${i}`, 'published')))
const live = new Set(pool.map((d) => String(d.id)))
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
for (let i = 0; i < steps; i++) {
  const doc = pool[Math.floor(random() * pool.length)]
  const publish = !live.has(String(doc.id))
  await payload.update({ collection: 'disclosures', id: doc.id, data: { _status: publish ? 'published' : 'draft' } as never })
  if (publish) live.add(String(doc.id))
  else live.delete(String(doc.id))
  if (i % 20 === 0) await (await fetch(pageUrl)).text() // read the body, so the connection is free for the next request
}
const shown = new Set<string>()
for (let page = 1; ; page++) {
  const body = (await (await fetch(`${base}/api/disclosures/hub-catalogue?scope=department&unit=${String(dept.slug)}&limit=100&page=${page}`)).json()) as { docs: { id: string | number; title: string }[]; hasNextPage: boolean }
  for (const d of body.docs) if (d.title.startsWith('往复')) shown.add(String(d.id))
  if (!body.hasNextPage) break
}
const html = await (await fetch(pageUrl)).text() // its first page: the newest items, where a stale one would show
const lost = [...live].filter((id) => !shown.has(id)).length
const stale = [...shown].filter((id) => !live.has(id)).length
const pageStale = pool.filter((d) => !live.has(String(d.id)) && html.includes(`/xxgk/${String(d.id)}"`)).length

// Curated submission: a marked article published and adopted → in the hub's adopted list; then
// publishes, edits and unpublishes of adopted originals, after which the list must match the live originals.
const adoptedUrl = (limit: number, page = 1) => `${base}/api/hub-submissions/adopted?limit=${limit}&page=${page}`
const article = (title: string, status: 'draft' | 'published') =>
  payload.create({
    collection: 'articles', draft: status === 'draft',
    data: { tenant: dept.id, title, category: 'news', _status: status, hubSubmission: { submit: true, targetCategory: 'news' } } as never,
  })
const adopt = async (articleId: number | string) => {
  const sub = (await payload.find({ collection: 'hub-submissions', where: { article: { equals: articleId } }, limit: 1, depth: 0 })).docs[0]
  await payload.update({ collection: 'hub-submissions', id: sub.id, data: { status: 'adopted' }, depth: 0 })
}
const articleDrafts: number[] = []
for (let i = 0; i < Math.min(publishes, 300); i++) {
  const t = performance.now()
  await article(`文章草稿 ${i}`, 'draft')
  articleDrafts.push(performance.now() - t)
}
const adoptLatency: number[] = []
for (let i = 0; i < publishes; i++) {
  const title = `采用延迟 ${i}`
  const t = performance.now()
  const a = await article(title, 'published')
  await adopt(a.id)
  for (;;) if (((await (await fetch(adoptedUrl(5))).json()) as { docs: { title: string }[] }).docs.some((d) => d.title === title)) break
  adoptLatency.push(performance.now() - t)
}
const articlePool = await Promise.all(Array.from({ length: 50 }, (_, i) => article(`报送往复 ${i}`, 'published')))
for (const a of articlePool) await adopt(a.id)
const expected = new Map(articlePool.map((a) => [String(a.id), String(a.title)]))
for (let i = 0; i < steps; i++) {
  const a = articlePool[Math.floor(random() * articlePool.length)]
  const key = String(a.id)
  if (!expected.has(key)) {
    await payload.update({ collection: 'articles', id: a.id, data: { _status: 'published' } as never })
    await adopt(a.id) // republished originals come back as pending; the hub adopts them again
    expected.set(key, String((await payload.findByID({ collection: 'articles', id: a.id, depth: 0 })).title))
  } else if (random() < 0.5) {
    const title = `报送往复 ${i} 改`
    await payload.update({ collection: 'articles', id: a.id, data: { title } as never })
    expected.set(key, title)
  } else {
    await payload.update({ collection: 'articles', id: a.id, data: { _status: 'draft' } as never })
    expected.delete(key)
  }
}
const shownAdopted = new Map<string, string>()
for (let page = 1; ; page++) {
  const body = (await (await fetch(adoptedUrl(100, page))).json()) as { docs: { articleId: string | number; title: string }[]; hasNextPage: boolean }
  for (const d of body.docs) if (articlePool.some((a) => String(a.id) === String(d.articleId))) shownAdopted.set(String(d.articleId), d.title)
  if (!body.hasNextPage) break
}
const adoptedLost = [...expected.keys()].filter((id) => !shownAdopted.has(id)).length
const adoptedStale = [...shownAdopted].filter(([id, title]) => expected.get(id) !== title).length

const ms = (x: number) => `${x.toFixed(1)} ms`
const base50 = percentile(drafts, 50)
console.log(`database: ${database.kind}; ${publishes} publishes measured, ${steps} publish/unpublish steps over 50 items`)
console.log(`baseline: draft save p50 ${ms(base50)}, p95 ${ms(percentile(drafts, 95))}`)
console.log(`publish → in hub API   p50 ${ms(percentile(apiLatency, 50))} (${(percentile(apiLatency, 50) / base50).toFixed(2)}×), p95 ${ms(percentile(apiLatency, 95))} (${(percentile(apiLatency, 95) / base50).toFixed(2)}×)`)
console.log(`publish → on hub page  p50 ${ms(percentile(pageLatency, 50))} (${(percentile(pageLatency, 50) / base50).toFixed(2)}×), p95 ${ms(percentile(pageLatency, 95))} (${(percentile(pageLatency, 95) / base50).toFixed(2)}×)`)
console.log(`after ${steps} steps: ${live.size} live; lost from hub API ${lost}, stale in hub API ${stale}, stale on hub page ${pageStale} (goal 0)`)
const artBase = percentile(articleDrafts, 50)
console.log(`baseline: article draft save p50 ${ms(artBase)}, p95 ${ms(percentile(articleDrafts, 95))}`)
console.log(`publish + adopt → in adopted list  p50 ${ms(percentile(adoptLatency, 50))} (${(percentile(adoptLatency, 50) / artBase).toFixed(2)}×), p95 ${ms(percentile(adoptLatency, 95))} (${(percentile(adoptLatency, 95) / artBase).toFixed(2)}×)`)
console.log(`after ${steps} publish/edit/unpublish steps on adopted originals: ${expected.size} live; lost from adopted list ${adoptedLost}, stale (retracted shown or old title) ${adoptedStale} (goal 0)`)
server.close()
process.exit(lost + stale + pageStale + adoptedLost + adoptedStale === 0 ? 0 : 1)
