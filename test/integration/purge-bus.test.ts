import crypto from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { broadcastPurge, joinCluster, leaveCluster, serverId } from '../../src/cluster/bus'
import { settledBeforeResponse, beforeResponse } from '../../src/cluster/settle'
import { postgresPeer, redisPeer, type Peer } from '../helpers/purge-peers'

// The server's own `postgres` database: it always exists, and nothing else listens there.
const base = (process.env.TEST_DATABASE_URI ?? '').startsWith('postgres') ? Object.assign(new URL(process.env.TEST_DATABASE_URI!), { pathname: '/postgres' }).toString() : ''
const log = { info: () => {}, warn: (msg: string) => warnings.push(msg) }
let warnings: string[] = []

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
