/**
 * What a publish pays to purge the other servers' caches before it answers: one acknowledged purge
 * (`broadcastPurge`, src/cluster/bus.ts) to 3 other servers, against a plain round trip on the same
 * engine in the same run (Redis PING, PostgreSQL `SELECT 1`). The other servers are played in this
 * process by clients that answer at once, so the figure is the protocol's cost, not a render's.
 *
 *   npm run bench:purge      # Redis at REDIS_URL (127.0.0.1:6379) and PostgreSQL at BENCH_POSTGRES_URL
 */
import crypto from 'node:crypto'
import { Redis } from 'ioredis'
import pg from 'pg'
import { broadcastPurge, joinCluster, leaveCluster } from '../src/cluster/bus'
import { postgresPeer, redisPeer, type Peer } from '../test/helpers/purge-peers'

const rounds = Number(process.env.BENCH_ROUNDS) || 500
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const postgresUrl = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const log = { info: () => {}, warn: (msg: string) => console.warn(msg) }

async function timed(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await fn() // warm-up
  const ms: number[] = []
  for (let i = 0; i < rounds; i++) {
    const t = performance.now()
    await fn()
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return { p50: ms[Math.floor(ms.length / 2)], p95: ms[Math.floor(ms.length * 0.95)] }
}

async function measure(name: string, baseline: () => Promise<unknown>, join: () => Promise<unknown>, peers: () => Promise<Peer[]>) {
  const base = await timed(baseline)
  const others = await peers()
  await join()
  const purge = await timed(() => broadcastPurge({ units: ['1', '2'] }, log))
  const answered = others.every((p) => p.received.length >= rounds)
  await leaveCluster()
  await Promise.all(others.map((p) => p.close()))
  const f = (n: number) => n.toFixed(2)
  console.log(`${name}: round trip p50 ${f(base.p50)} ms; acknowledged purge to ${others.length} servers p50 ${f(purge.p50)} ms, p95 ${f(purge.p95)} ms = ${(purge.p50 / base.p50).toFixed(1)}× a round trip${answered ? '' : ' (SOME PURGES UNANSWERED)'}`)
}

const prefix = `zhanqun-bench-${crypto.randomBytes(4).toString('hex')}:`
process.env.REDIS_PREFIX = prefix
const ping = new Redis(redisUrl)
await measure('Redis pub/sub', () => ping.ping(), () => joinCluster({ redisUrl, onPurge: () => {}, log }),
  () => Promise.all([0, 0, 0].map(() => redisPeer(prefix, 0))))
ping.disconnect()

const client = new pg.Client({ connectionString: postgresUrl })
await client.connect()
await measure('PostgreSQL LISTEN/NOTIFY', () => client.query('SELECT 1'), () => joinCluster({ postgresUrl, onPurge: () => {}, log }),
  () => Promise.all([0, 0, 0].map(() => postgresPeer(postgresUrl, 0))))
await client.end()
process.exit(0)
