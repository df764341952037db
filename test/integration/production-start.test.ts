import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { units } from '../../tenants/units'

/** The child gets a clean environment: only what a user's shell would pass, plus the variables named. */
const cleanEnv = (vars: Record<string, string>): NodeJS.ProcessEnv =>
  ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...vars }) as unknown as NodeJS.ProcessEnv

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
    const port = 30000 + Math.floor(Math.random() * 20000)
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: cleanEnv({
        NODE_ENV: 'production',
        PORT: String(port),
        ADMIN: 'off',
        DATABASE_URI: `file:${path.join(dir, 'prod.db')}`,
        PAYLOAD_SECRET: 'production-start-test',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = server
    let log = ''
    server.stdout!.on('data', (b) => (log += b))
    server.stderr!.on('data', (b) => (log += b))
    const deadline = Date.now() + 120_000
    while (!log.includes('listening on') && Date.now() < deadline && server.exitCode === null) {
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(log, `exit ${server.exitCode} ${server.signalCode}: ${log}`).toContain('listening on')
    expect(log).toContain('已载入站群与演示数据')
    const res = await fetch(`http://127.0.0.1:${port}/api/tenants?limit=1`)
    expect(res.status).toBe(200)
    expect((await res.json()).totalDocs).toBe(units.length)
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()
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
