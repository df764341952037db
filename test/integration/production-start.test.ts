import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pickStaleUnits } from '../../src/seed/demo/plan'
import { units } from '../../tenants/units'
import { useTestContext } from '../helpers/context'
import { indexesOf } from '../helpers/schema-indexes'
import { cleanEnv, startServer } from '../helpers/server-process'

const onPostgres = (process.env.TEST_DATABASE_URI ?? '').startsWith('postgres')

/**
 * The real start path: `npm start` semantics (NODE_ENV=production) on an empty database of the run's
 * engine (a new SQLite file, or a new PostgreSQL database beside the run's), so the versioned
 * migrations build the schema (no push) and the empty database is seeded on its own.
 */
describe('production start on an empty database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-prod-'))
  const postgres = onPostgres ? Object.assign(new URL(process.env.TEST_DATABASE_URI!), { pathname: `/zhanqun_prod_${crypto.randomBytes(4).toString('hex')}` }) : undefined
  let child: ChildProcess | undefined
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    }
    fs.rmSync(dir, { recursive: true, force: true })
    if (postgres) {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: Object.assign(new URL(postgres), { pathname: '/postgres' }).toString() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${postgres.pathname.slice(1)}" WITH (FORCE)`)
      await client.end()
    }
  })

  it('migrates, seeds the living demo group and serves', async () => {
    const started = performance.now()
    const server = await startServer({ DATABASE_URI: postgres?.toString() ?? `file:${path.join(dir, 'prod.db')}`, PAYLOAD_SECRET: 'production-start-test' }, 280_000)
    child = server.child
    console.log(`[bench] first start with demo data: ${((performance.now() - started) / 1000).toFixed(1)} s`)
    expect(server.log()).toContain('已载入站群与演示数据')
    const get = async (url: string) => {
      const res = await fetch(`${server.url}${url}`)
      expect(res.status, url).toBe(200)
      return res.json()
    }
    expect((await get('/api/tenants?limit=1')).totalDocs).toBe(units.length)
    const health = await get('/healthz')
    expect(health).toMatchObject({ status: 'ok', database: onPostgres ? 'postgres' : 'sqlite' })

    // Every site is alive: articles in each category, items across the catalogue; the planned stale sites are stale.
    const sites = (await get('/api/tenants?where[hasSubSite][equals]=true&limit=100&depth=0')).docs as { id: number; slug: string }[]
    expect(sites).toHaveLength(44)
    const stale = pickStaleUnits(units)
    const DAY = 86_400_000
    for (const site of sites) {
      for (const category of ['headline', 'news', 'notice']) {
        expect((await get(`/api/articles/count?where[tenant][equals]=${site.id}&where[category][equals]=${category}`)).totalDocs, `${site.slug} ${category}`).toBeGreaterThan(0)
      }
      expect((await get(`/api/disclosures/count?where[tenant][equals]=${site.id}`)).totalDocs, site.slug).toBeGreaterThanOrEqual(18)
      const newest = (await get(`/api/articles?where[tenant][equals]=${site.id}&where[category][equals]=news&sort=-publishedAt&limit=1&depth=0`)).docs[0]
      expect((Date.now() - Date.parse(newest.publishedAt)) / DAY > 14, `${site.slug} news freshness`).toBe(stale.includes(site.slug))
    }
    // One item waits for the demo reviewer, and the outbox holds the notice it caused.
    const token = (await (await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.zhanqun.cn', password: 'Zhanqun-demo-2026' }) })).json()).token
    const outbox = await (await fetch(`${server.url}/api/mail-outbox?where[kind][equals]=review-submitted&limit=5`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(outbox.totalDocs).toBeGreaterThan(0)
    expect(outbox.docs[0].to).toBe('reviewer.dept@demo.zhanqun.cn')
    const home = await (await fetch(`${server.url}/`)).text()
    expect(home).toContain('来源：')
    // A living mailbox: hundreds of letters, most answered, some overdue; answered ones public where allowed.
    const letters = await (await fetch(`${server.url}/api/letters/stats`, { headers: { Authorization: `JWT ${token}` } })).json()
    const total = letters.units.find((u: { unit: string }) => u.unit === 'all')
    expect(total.received).toBeGreaterThanOrEqual(200)
    expect(total.replyRate).toBeGreaterThan(0.7)
    const overdue = await (await fetch(`${server.url}/api/letters/count?where[due][less_than]=${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)}`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(overdue.totalDocs).toBeGreaterThan(0)
    expect((await get('/api/letters/public')).totalDocs).toBeGreaterThan(50)
    // Disclosure applications: table 三 of this year adds up, with applications carried in from last year.
    const table = await (await fetch(`${server.url}/api/requests/table3?year=${new Date().getFullYear()}`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(table.checks).toBe(true)
    expect(table.rows.find((r: { key: string }) => r.key === 'new').values.total).toBeGreaterThan(50)
    expect(table.rows.find((r: { key: string }) => r.key === 'carried-in').values.total).toBeGreaterThan(0)
    // Monitoring: the month's ranking is stored by the first start, with healthy and failing units.
    const ranking = await (await fetch(`${server.url}/api/monitoring`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(ranking.source).toBe('stored')
    expect(ranking.units).toHaveLength(units.length)
    expect(ranking.units.some((u: { score: { vetoed: boolean } }) => u.score.vetoed)).toBe(true)
    expect(ranking.units.some((u: { score: { vetoed: boolean } }) => !u.score.vetoed)).toBe(true)
    const attached = (await get('/api/disclosures?where[attachments][exists]=true&limit=1&depth=1')).docs[0]
    expect((await fetch(`${server.url}${attached.attachments[0].url}`)).status).toBe(200)

    // The migrations build every index the config asks for (the run's own database was pushed from it).
    await useTestContext()
    const [migrated, pushed] = await Promise.all([indexesOf(postgres?.toString() ?? `file:${path.join(dir, 'prod.db')}`), indexesOf(process.env.DATABASE_URI!)])
    expect(pushed).toContain(onPostgres
      ? 'disclosures unitKind__status_publishedAt_createdAt_id_idx btree (unit_kind, _status, published_at, created_at, id)'
      : 'disclosures unitKind__status_publishedAt_createdAt_id_idx (unit_kind,_status,published_at,created_at,id)')
    expect(pushed.filter((line) => !migrated.includes(line))).toEqual([])
  }, 300_000)

  it('fails fast with one clear line on a bad DATABASE_URI', async () => {
    const bad = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: cleanEnv({ NODE_ENV: 'production', ADMIN: 'off', DATABASE_URI: 'mysql://nowhere/db' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    bad.stderr!.on('data', (b) => (err += b))
    const code = await new Promise<number | null>((r) => bad.on('exit', r))
    expect(code).toBe(1)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toMatch(/DATABASE_URI 无效 \/ invalid DATABASE_URI: unsupported scheme "mysql:"/)
  })

  it('fails fast when the database cannot be reached', async () => {
    const bad = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: cleanEnv({ NODE_ENV: 'production', ADMIN: 'off', DATABASE_URI: 'postgres://nobody:secret@127.0.0.1:1/none' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    bad.stderr!.on('data', (b) => (err += b))
    const code = await new Promise<number | null>((r) => bad.on('exit', r))
    expect(code).toBe(1)
    expect(err).toContain('无法连接数据库 / cannot connect to the postgres database')
    expect(err).not.toContain('secret@')
  })
})
