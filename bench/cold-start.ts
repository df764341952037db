/**
 * Cold start on a fresh clone (install, admin build, first request) and warm restart, against a
 * baseline measured in the same run: a bare express "hello" server's time to its first answer.
 *
 *   npm run bench:start            # clones HEAD into a temp dir; npm ci uses the local npm cache
 */
import { execSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-'))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function timed(label: string, command: string, cwd: string): number {
  const t0 = performance.now()
  execSync(command, { cwd, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  const ms = performance.now() - t0
  console.log(`${label.padEnd(28)} ${seconds(ms)}`)
  return ms
}

/** Starts a server and returns the ms until `url` answers 200, then stops it. */
async function firstAnswer(args: string[], cwd: string, url: string, env: Record<string, string> = {}): Promise<number> {
  const t0 = performance.now()
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: 'ignore' })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`)
      try {
        if ((await fetch(url)).status === 200) return performance.now() - t0
      } catch {
        // not listening yet
      }
      if (performance.now() - t0 > 300_000) throw new Error(`${url} did not answer within 300 s`)
      await new Promise((r) => setTimeout(r, 50))
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

const port = 31000 + Math.floor(Math.random() * 10000)
const hello = path.join(work, 'hello.mjs')
fs.writeFileSync(hello, `import express from '${path.join(root, 'node_modules/express/index.js')}'\nexpress().get('/', (_q, s) => s.send('hello')).listen(${port})\n`)
const baseline = await firstAnswer([hello], work, `http://127.0.0.1:${port}/`)
console.log(`${'baseline: bare express'.padEnd(28)} ${baseline.toFixed(0)} ms to first answer`)

execSync(`git clone --quiet --local "${root}" "${work}/repo"`)
const repo = path.join(work, 'repo')
const install = timed('npm ci (local cache)', 'npm ci --no-audit --no-fund', repo)
const build = timed('admin build (next build)', 'npm run build', repo)
const env = { NODE_ENV: 'production', PORT: String(port) }
const tsx = ['--import', 'tsx', 'src/server/main.ts']
const cold = await firstAnswer(tsx, repo, `http://127.0.0.1:${port}/admin/login`, env)
const warm = await firstAnswer(tsx, repo, `http://127.0.0.1:${port}/admin/login`, env)
const warmApi = await firstAnswer(tsx, repo, `http://127.0.0.1:${port}/api/tenants?limit=1`, env)

console.log(`${'first start (migrate+seed)'.padEnd(28)} ${seconds(cold)}  = ${(cold / baseline).toFixed(0)}× baseline`)
console.log(`${'warm restart → /admin/login'.padEnd(28)} ${seconds(warm)}  = ${(warm / baseline).toFixed(0)}× baseline`)
console.log(`${'warm restart → /api/tenants'.padEnd(28)} ${seconds(warmApi)}  = ${(warmApi / baseline).toFixed(0)}× baseline`)
console.log(`${'fresh clone → first request'.padEnd(28)} ${seconds(install + build + cold)}`)
fs.rmSync(work, { recursive: true, force: true })
