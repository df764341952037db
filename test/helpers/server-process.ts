import { spawn, type ChildProcess } from 'node:child_process'

/** The child gets a clean environment: only what a user's shell would pass, plus the variables named. */
export const cleanEnv = (vars: Record<string, string>): NodeJS.ProcessEnv =>
  ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...vars }) as unknown as NodeJS.ProcessEnv

export interface ServerProcess {
  child: ChildProcess
  port: number
  url: string
  log: () => string
  stop: () => Promise<void>
}

/** Starts `src/server/main.ts` the way `npm start` does and waits until it listens. */
export function startServer(vars: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  return startProcess('src/server/main.ts', 'listening on', vars, timeoutMs)
}

/** Starts the jobs worker (`npm run jobs:worker`) and waits until it runs; it serves no HTTP. */
export function startWorker(vars: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  return startProcess('scripts/jobs-worker.ts', 'jobs worker running', vars, timeoutMs)
}

async function startProcess(script: string, ready: string, vars: Record<string, string>, timeoutMs: number): Promise<ServerProcess> {
  // The server takes a free port itself (PORT=0) and names it: a port picked here could be taken by then.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: cleanEnv({ NODE_ENV: 'production', PORT: '0', ADMIN: 'off', ...vars }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (b) => (log += b))
  child.stderr!.on('data', (b) => (log += b))
  // A process that dies mid-test says so in its log, which the failing assertion prints.
  child.once('exit', (code, signal) => (log += `\n[exited: code ${code} signal ${signal}]\n`))
  const deadline = Date.now() + timeoutMs
  while (!log.includes(ready) && Date.now() < deadline && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 200))
  }
  if (!log.includes(ready)) child.kill('SIGKILL')
  if (!log.includes(ready)) throw new Error(`${script} did not start (exit ${child.exitCode} ${child.signalCode}): ${log}`)
  const port = Number(/listening on http:\/\/localhost:(\d+)/.exec(log)?.[1] ?? 0)
  return {
    child, port, url: `http://127.0.0.1:${port}`, log: () => log,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    }),
  }
}
