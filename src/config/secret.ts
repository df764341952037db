import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. When none is given, one is generated once and kept beside the
 * embedded database (data/.secret, mode 600), so restarts, scripts and the admin agree on it.
 */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env, dir = path.resolve('data')): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(dir, '.secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
  }
  env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
  return env.PAYLOAD_SECRET
}
