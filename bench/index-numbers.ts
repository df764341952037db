/**
 * Index-number allocation under 50-way concurrency, as a ratio to a baseline measured in the same
 * run, before and after: creating the same document as a draft, which takes the same write path
 * (main row and version) but gets no number.
 *
 *   npm run bench:index-numbers                              # embedded SQLite in a temp dir
 *   DATABASE_URI=postgres://postgres@127.0.0.1:5432/zq_bench npm run bench:index-numbers
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { preloadLexical } from '../src/config/preload-lexical'

const total = Number(process.env.BENCH_ITEMS) || 1000
const concurrency = 50
if (!process.env.DATABASE_URI) process.env.DATABASE_URI = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zq-bench-')), 'bench.db')}`
process.env.PAYLOAD_SECRET ??= 'bench'

// The config reads DATABASE_URI when loaded: import it only now.
await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')
const { payload, database } = await bootPayload()
await seedGroup(payload, { demo: false })
const column = (await payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } } })).docs[0].id

async function unit(label: string) {
  const code = `B${Date.now().toString(36).toUpperCase()}${label}`.slice(0, 18)
  return (await payload.create({ collection: 'tenants', data: { name: `基准${label}`, shortName: label, slug: `b-${code.toLowerCase()}`, kind: 'department', unitCode: code, hasSubSite: false } })).id
}

async function run(label: string, status: 'published' | 'draft', unitCount = 1): Promise<number> {
  const tenants = await Promise.all(Array.from({ length: unitCount }, (_, i) => unit(`${label}${i}`)))
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++
        const tenant = tenants[i % tenants.length]
        await payload.create({ collection: 'disclosures', draft: status === 'draft', data: { tenant, column, title: `基准 ${i}`, issuer: '基准', _status: status } as never })
      }
    }),
  )
  return total / ((performance.now() - started) / 1000)
}

const warm = await run('W', 'draft') // warm caches and JIT before measuring
const plainFirst = await run('P', 'draft')
const numbered = await run('N', 'published')
const spread = await run('S', 'published', 10)
// The baseline is measured before and after the numbered runs and averaged: the machine drifts.
const plainLast = await run('Q', 'draft')
const plain = (plainFirst + plainLast) / 2
console.log(`database: ${database.kind}; ${total} documents per run, ${concurrency} at a time (warm-up ${warm.toFixed(0)}/s)`)
console.log(`baseline: draft create, no number   ${plain.toFixed(0)} docs/s (first ${plainFirst.toFixed(0)}, last ${plainLast.toFixed(0)})`)
console.log(`publish with index number           ${numbered.toFixed(0)} docs/s`)
console.log(`cost ratio (baseline / numbered)    ${(plain / numbered).toFixed(2)}×   (goal < 2×)`)
console.log(`same, spread over 10 units          ${spread.toFixed(0)} docs/s = ${(plain / spread).toFixed(2)}× (one counter row per unit-year)`)
process.exit(0)
