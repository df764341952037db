import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { units } from '../../tenants/units'
import { cleanEnv, startServer } from '../helpers/server-process'

/**
 * The real start path: `npm start` semantics (NODE_ENV=production) on an empty SQLite file, so the
 * versioned migrations build the schema (no push) and the empty database is seeded on its own.
 */
describe('production start on an empty database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-prod-'))
  let child: ChildProcess | undefined
  afterAll(() => {
    child?.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('migrates, seeds and serves', async () => {
    const server = await startServer({ DATABASE_URI: `file:${path.join(dir, 'prod.db')}`, PAYLOAD_SECRET: 'production-start-test' })
    child = server.child
    expect(server.log()).toContain('已载入站群与演示数据')
    const res = await fetch(`${server.url}/api/tenants?limit=1`)
    expect(res.status).toBe(200)
    expect((await res.json()).totalDocs).toBe(units.length)
    const health = await (await fetch(`${server.url}/healthz`)).json()
    expect(health).toMatchObject({ status: 'ok', database: 'sqlite' })
  })

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
