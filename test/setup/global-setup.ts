import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { parseDatabaseUri } from '../../src/db/database-uri'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
  }
}

/**
 * One throw-away database per run. TEST_DATABASE_URI picks the engine: unset → a temporary SQLite
 * file; `postgres://…/name` → a fresh database `name_<random>` on that server, dropped afterwards.
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URI
  const target = parseDatabaseUri(base)
  let uri: string
  let teardown: () => Promise<void>

  if (!base || target.kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-test-'))
    uri = `file:${path.join(dir, 'test.db')}`
    teardown = async () => fs.rmSync(dir, { recursive: true, force: true })
  } else if (target.kind === 'postgres') {
    const url = new URL(target.url)
    const name = `${url.pathname.slice(1) || 'zhanqun'}_${crypto.randomBytes(4).toString('hex')}`
    url.pathname = `/${name}`
    uri = url.toString()
    // Payload's adapter creates the database on first connect; we only remove it.
    teardown = async () => {
      const { default: pg } = await import('pg')
      const admin = new URL(target.url)
      admin.pathname = '/postgres'
      const client = new pg.Client({ connectionString: admin.toString() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    }
  } else {
    uri = target.url
    teardown = async () => {}
  }
  project.provide('databaseUri', uri)
  console.log(`[test] database: ${target.kind} (${uri.replace(/\/\/[^@]*@/, '//***@')})`)
  return teardown
}
