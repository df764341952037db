import crypto from 'node:crypto'
import { Redis } from 'ioredis'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { broadcastPurge, joinCluster, leaveCluster, serverId, type PurgeMessage } from '../../src/cluster/bus'
import { settledBeforeResponse, beforeResponse } from '../../src/cluster/settle'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
// The server's own `postgres` database: it always exists, and nothing else listens there.
const base = (process.env.TEST_DATABASE_URI ?? '').startsWith('postgres') ? Object.assign(new URL(process.env.TEST_DATABASE_URI!), { pathname: '/postgres' }).toString() : ''
const log = { info: () => {}, warn: (msg: string) => warnings.push(msg) }
let warnings: string[] = []

/** Another server, played by hand: it receives purges and answers after `delayMs` (or never). */
interface Peer { received: PurgeMessage[]; close: () => Promise<void> }

async function redisPeer(prefix: string, delayMs: number | null): Promise<Peer> {
  const sub = new Redis('redis://127.0.0.1:6379')
  const pub = new Redis('redis://127.0.0.1:6379')
  const received: PurgeMessage[] = []
  sub.on('message', async (_channel: string, raw: string) => {
    const message = JSON.parse(raw)
    received.push(message.purge)
    if (delayMs === null) return
    await sleep(delayMs)
    await pub.publish(`${prefix}purge-ack`, JSON.stringify({ id: message.id, from: 'peer', to: message.from }))
  })
  await sub.subscribe(`${prefix}purge`)
  return { received, close: async () => void (sub.disconnect(), pub.disconnect()) }
}

async function postgresPeer(url: string, delayMs: number | null): Promise<Peer> {
  const client = new pg.Client({ connectionString: url, application_name: 'zhanqun-cluster' })
  await client.connect()
  const received: PurgeMessage[] = []
  client.on('notification', async (n) => {
    const message = JSON.parse(n.payload ?? '{}')
    if (n.channel !== 'zhanqun_purge' || message.from === 'peer') return
    received.push(message.purge)
    if (delayMs === null) return
    await sleep(delayMs)
    await client.query('SELECT pg_notify($1, $2)', ['zhanqun_purge_ack', JSON.stringify({ id: message.id, from: 'peer', to: message.from })])
  })
  await client.query('LISTEN zhanqun_purge')
  return { received, close: () => client.end() }
}

const channels = [
  { name: 'Redis pub/sub', run: true },
  { name: 'PostgreSQL LISTEN/NOTIFY', run: base.startsWith('postgres') },
]

/**
 * The guarantee behind "a publish purges every server before the request returns": the sender waits
 * for each other server's acknowledgement, and the HTTP bridge waits for the sender.
 */
describe.each(channels)('the purge channel over $name [PostgreSQL part skipped on SQLite]', ({ name, run }) => {
  const redis = name.startsWith('Redis')
  const prefix = `zhanqun-bus-test-${crypto.randomBytes(4).toString('hex')}:`
  const peers: Peer[] = []
  const join = async () => {
    process.env.REDIS_PREFIX = prefix
    process.env.PURGE_ACK_TIMEOUT_MS = '700'
    warnings = []
    return joinCluster({ redisUrl: redis ? 'redis://127.0.0.1:6379' : undefined, postgresUrl: redis ? undefined : base, onPurge: () => {}, log })
  }
  const peer = (delayMs: number | null) => (redis ? redisPeer(prefix, delayMs) : postgresPeer(base, delayMs))

  afterEach(async () => {
    await Promise.all(peers.splice(0).map((p) => p.close()))
    await leaveCluster()
  })

  it.runIf(run)('waits until every other server has acknowledged the purge', async () => {
    expect(await join()).toBe(redis ? 'redis' : 'postgres')
    peers.push(await peer(300), await peer(50))
    const started = Date.now()
    await broadcastPurge({ units: ['7', '1'] }, log)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    for (const p of peers) expect(p.received).toEqual([{ units: ['7', '1'] }])
    expect(warnings).toEqual([])
  })

  it.runIf(run)('gives up on a silent server after PURGE_ACK_TIMEOUT_MS and says so', async () => {
    await join()
    peers.push(await peer(null))
    const started = Date.now()
    await broadcastPurge({ all: true }, log)
    expect(Date.now() - started).toBeGreaterThanOrEqual(650)
    expect(peers[0].received).toEqual([{ all: true }])
    expect(warnings.join('\n')).toMatch(/acknowledged by 0 of 1/)
  })

  it.runIf(run)('the response waits for the purges its request started', async () => {
    await join()
    peers.push(await peer(250))
    let purged = false
    const started = Date.now()
    await settledBeforeResponse(async () => {
      beforeResponse(broadcastPurge({ all: true }, log).then(() => (purged = true)))
      return 'response'
    })
    expect(purged).toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(240)
    expect(serverId).toBeTruthy()
  })
})
