import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoSites } from '../../src/seed'
import { samplePng } from '../helpers/isolation-matrix'
import { remote } from '../helpers/remote'
import { startS3, type TestS3 } from '../helpers/s3'
import { startServer, startWorker, type ServerProcess } from '../helpers/server-process'
import { users } from '../helpers/workflow'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const base = process.env.TEST_DATABASE_URI ?? ''
const onPostgres = base.startsWith('postgres')
const runsQueue = 'this process runs the jobs queue'

/** A database of its own on the test server, dropped afterwards (Payload creates it on first connect). */
function freshDatabase() {
  const url = new URL(base)
  const name = `${url.pathname.slice(1) || 'zhanqun'}_multi_${crypto.randomBytes(4).toString('hex')}`
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    query: async (sql: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      try {
        return (await client.query(sql, params)).rows
      } finally {
        await client.end()
      }
    },
    drop: async () => {
      const admin = new URL(base)
      admin.pathname = '/postgres'
      const client = new pg.Client({ connectionString: admin.toString() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

const modes = [
  { name: 'Redis pub/sub, jobs in a separate worker (JOBS_AUTORUN=false on the web servers), media on S3', redis: true },
  { name: 'PostgreSQL LISTEN/NOTIFY without Redis, both servers running jobs', redis: false },
] as const

describe.skipIf(!onPostgres)('several servers on one PostgreSQL database [skipped on SQLite: needs TEST_DATABASE_URI=postgres://…]', () => {
  describe.each(modes)('$name', ({ redis }) => {
    // Made in beforeAll: on SQLite this block is collected (and skipped) without a PostgreSQL URL.
    let db: ReturnType<typeof freshDatabase>
    let dir: string
    let env: Record<string, string>
    const processes: ServerProcess[] = []
    const settings = (): Record<string, string> => ({
      // Schema by push, like the in-process tests (production-start.test.ts covers the migrations).
      DATABASE_URI: db.url, PAYLOAD_SECRET: 'multi-server-test', SEED_DEMO: 'small', JOBS_CRON: '* * * * * *', NODE_ENV: 'test',
      MEDIA_DIR: path.join(dir, 'media'), LETTER_FILES_DIR: path.join(dir, 'letter-files'),
      ...(redis ? { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: `zhanqun-test-${crypto.randomBytes(4).toString('hex')}:`, JOBS_AUTORUN: 'false' } : {}),
    })
    let s3: TestS3 | undefined
    let A: ReturnType<typeof remote>
    let B: ReturnType<typeof remote>
    const slug = demoSites().department.slug

    beforeAll(async () => {
      db = freshDatabase()
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-multi-'))
      env = settings()
      if (redis) {
        s3 = await startS3()
        Object.assign(env, s3.env)
        // Each server its own disk, as on separate machines: files must come from the bucket.
        env.MEDIA_DIR = path.join(dir, 'media-a')
      }
      // One after the other: the first seeds the empty database.
      processes.push(await startServer(env))
      processes.push(await startServer({ ...env, MEDIA_DIR: path.join(dir, 'media-b') }))
      if (redis) processes.push(await startWorker(env))
      A = remote(processes[0])
      B = remote(processes[1])
    }, 300_000)

    afterAll(async () => {
      await Promise.all(processes.map((p) => p.stop()))
      await s3?.close()
      await db?.drop()
      if (dir) fs.rmSync(dir, { recursive: true, force: true })
    }, 60_000)

    it('joins the others over the configured channel', () => {
      for (const p of processes.slice(0, 2)) expect(p.log()).toContain(`purge: ${redis ? 'redis' : 'postgres'}`)
    })

    it('a publish through one server is visible, uncached, through the other as soon as it returns', async () => {
      // The hub aggregates disclosures, not sub-sites' articles: the unit's own site shows this one.
      const page = `/sites/${slug}/`
      await B.page(page)
      expect((await B.page(page)).cache).toBe('HIT')
      const title = `多服务器发布 ${crypto.randomBytes(3).toString('hex')}`
      const created = await A.call(users.editor, 'POST', '/api/articles', { title, category: 'news', _status: 'published' })
      expect(created.status, created.text).toBe(201)
      const after = await B.page(page)
      expect(after.cache).toBe('MISS')
      expect(after.text).toContain(title)
    })

    it.runIf(redis)('serves a file uploaded through one server from the other, out of the bucket, and never a draft’s to visitors', async () => {
      const png = await samplePng('multi-server-figure', 64, 48)
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: '多服务器图片' }))
      form.append('file', new Blob([new Uint8Array(png.data)], { type: 'image/png' }), png.name)
      const res = await fetch(`${A.url}/api/media`, { method: 'POST', headers: await A.auth(users.editor), body: form })
      expect(res.status).toBe(201)
      const { filename } = ((await res.json()) as { doc: { filename: string } }).doc
      expect(await s3!.keys()).toContain(`media/${filename}`) // each collection under its own prefix
      expect(fs.existsSync(path.join(dir, 'media-a', filename))).toBe(false)
      const url = `${B.url}/api/media/file/${filename}`
      expect([403, 404]).toContain((await fetch(url)).status) // no published item uses it yet
      const own = await fetch(url, { headers: await B.auth(users.editor) })
      expect(own.status).toBe(200)
      expect(Buffer.from(await own.arrayBuffer()).equals(png.data)).toBe(true)
    })

    it('runs a scheduled publish once, in one process, and every server shows it', async () => {
      const column = (await A.call(undefined, 'GET', '/api/columns?where[key][equals]=mandatory-policy&limit=1')).body.docs[0].id
      const title = `多服务器定时发布 ${crypto.randomBytes(3).toString('hex')}`
      const created = await A.call(users.editor, 'POST', '/api/disclosures?draft=true', { title, column, issuer: '市发改委', _status: 'draft' })
      expect(created.status, created.text).toBe(201)
      const id = created.body.doc.id
      expect((await A.call(users.editor, 'POST', `/api/disclosures/${id}/review`, { action: 'submit' })).status).toBe(200)
      expect((await A.call(users.reviewer, 'POST', `/api/disclosures/${id}/review`, { action: 'approve' })).status).toBe(200)
      for (const page of [`/sites/${slug}/xxgk`, '/']) {
        await B.page(page)
        expect((await B.page(page)).cache, page).toBe('HIT')
      }
      expect((await A.call(users.editor, 'POST', `/api/disclosures/${id}/schedule`, { at: new Date(Date.now() + 2000).toISOString() })).status).toBe(201)

      const deadline = Date.now() + 45_000
      let shown = false
      while (Date.now() < deadline && !shown) {
        shown = (await B.page(`/sites/${slug}/xxgk`)).text.includes(title)
        if (!shown) await sleep(300)
      }
      expect(shown, processes.map((p) => p.log()).join('\n---\n')).toBe(true)
      expect((await B.page('/')).text).toContain(title) // the hub lists the departments' disclosures
      // Let any second runner that took the same job finish, then count what it did.
      await sleep(3000)
      const published = await db.query("SELECT count(*)::int AS n FROM _disclosures_v WHERE parent_id = $1 AND version__status = 'published'", [id])
      expect(published[0].n).toBe(1)
      const runners = processes.filter((p) => p.log().includes(runsQueue))
      expect(runners).toHaveLength(1)
      if (redis) expect(runners[0]).toBe(processes[2]) // the worker, not a web server
    }, 90_000)
  })
})
