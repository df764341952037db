import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import pg from 'pg'

/**
 * The servers of one group tell each other what to purge. Redis pub/sub when REDIS_URL is set;
 * otherwise PostgreSQL LISTEN/NOTIFY on one dedicated connection (outside the adapter's pool) when
 * DATABASE_URI is PostgreSQL; otherwise nothing (a single server purges its own cache).
 *
 * A purge is acknowledged: every other server answers once it has dropped the pages, and
 * `broadcastPurge` resolves when all have answered (or after PURGE_ACK_TIMEOUT_MS, logged). The
 * number to wait for is what the engine reports: Redis PUBLISH returns its receivers; PostgreSQL
 * counts the sessions named `zhanqun-cluster` in pg_stat_activity.
 */
/** `lists`: the public lists the change touched (src/site/list-memo); absent, all of them. */
export type PurgeMessage = { all: true } | { units: string[]; lists?: string[] }

export interface ClusterTransport {
  kind: 'redis' | 'postgres'
  /** Sends to every server, itself included; returns how many other servers will answer. */
  send: (channel: 'purge' | 'ack', payload: string) => Promise<number>
  /** A session-wide lock the engine drops when this process dies (the jobs runner's lease). */
  tryLock: (name: string, ttlMs: number) => Promise<boolean>
  close: () => Promise<void>
}

interface Options {
  redisUrl?: string
  postgresUrl?: string
  onPurge: (message: PurgeMessage) => void
  log: { info: (msg: string) => void; warn: (msg: string) => void }
}

export const serverId = randomUUID()
const waiting = new Map<string, { acks: number; expected: number; done: () => void }>()
let transport: ClusterTransport | undefined

const ackTimeoutMs = () => Number(process.env.PURGE_ACK_TIMEOUT_MS) || 2000

function receive(channel: string, raw: string, options: Options): void {
  let message: { id: string; from: string; to?: string; purge?: PurgeMessage }
  try {
    message = JSON.parse(raw)
  } catch {
    return
  }
  if (channel === 'ack') {
    const wait = message.to === serverId ? waiting.get(message.id) : undefined
    if (wait && ++wait.acks >= wait.expected) wait.done()
    return
  }
  if (message.from === serverId || !message.purge) return
  options.onPurge(message.purge)
  void transport?.send('ack', JSON.stringify({ id: message.id, from: serverId, to: message.from })).catch(() => {})
}

async function redisTransport(url: string, options: Options): Promise<ClusterTransport> {
  const prefix = process.env.REDIS_PREFIX ?? 'zhanqun:'
  const channels = { purge: `${prefix}purge`, ack: `${prefix}purge-ack` }
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null })
  const publisher = new Redis(url, { lazyConnect: true })
  let lost = false
  subscriber.on('error', (err) => options.log.warn(`[zhanqun] Redis: ${err.message}`))
  publisher.on('error', () => {})
  subscriber.on('close', () => (lost = true))
  // Messages sent while the connection was down are gone: drop everything once it is back.
  subscriber.on('ready', () => {
    if (lost) options.onPurge({ all: true })
    lost = false
  })
  subscriber.on('message', (channel: string, raw: string) => receive(channel === channels.ack ? 'ack' : 'purge', raw, options))
  try {
    await Promise.all([subscriber.connect(), publisher.connect()])
    await subscriber.subscribe(channels.purge, channels.ack)
  } catch (err) {
    subscriber.disconnect()
    publisher.disconnect()
    throw new Error(`Redis: ${(err as Error).message}`)
  }
  return {
    kind: 'redis',
    send: async (channel, payload) => Math.max(0, (await publisher.publish(channels[channel], payload)) - 1),
    tryLock: async (name, ttlMs) => {
      // Renew our own lease, or take a free one.
      const got = await publisher.eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) and 1 or 0",
        1, `${prefix}lock:${name}`, serverId, String(ttlMs),
      )
      return Number(got) === 1
    },
    close: async () => {
      subscriber.disconnect()
      publisher.disconnect()
    },
  }
}

const pgChannels = { purge: 'zhanqun_purge', ack: 'zhanqun_purge_ack' }

async function postgresTransport(url: string, options: Options): Promise<ClusterTransport> {
  let client: pg.Client | undefined
  let closed = false
  const locks = new Set<string>()
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: 'zhanqun-cluster' })
    next.on('notification', (n) => receive(n.channel === pgChannels.ack ? 'ack' : 'purge', n.payload ?? '', options))
    next.on('error', (err) => options.log.warn(`[zhanqun] PostgreSQL LISTEN: ${err.message}`))
    next.on('end', () => {
      if (closed) return
      client = undefined
      locks.clear() // session locks end with the session
      const retry = () => void connect().then(() => options.onPurge({ all: true }), () => setTimeout(retry, 1000).unref())
      setTimeout(retry, 200).unref()
    })
    await next.connect()
    await next.query(`LISTEN ${pgChannels.purge}; LISTEN ${pgChannels.ack}`)
    client = next
  }
  await connect()
  const live = () => {
    if (!client) throw new Error('PostgreSQL LISTEN connection is down')
    return client
  }
  return {
    kind: 'postgres',
    send: async (channel, payload) => {
      const c = live()
      const peers = channel === 'purge'
        ? Number((await c.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'zhanqun-cluster' AND datname = current_database() AND pid <> pg_backend_pid()")).rows[0].n)
        : 0
      await c.query('SELECT pg_notify($1, $2)', [pgChannels[channel], payload])
      return peers
    },
    tryLock: async (name) => {
      if (locks.has(name)) return Boolean(client)
      const got = (await live().query('SELECT pg_try_advisory_lock(hashtext($1)) AS got', [`zhanqun:${name}`])).rows[0].got === true
      if (got) locks.add(name)
      return got
    },
    close: async () => {
      closed = true
      await client?.end().catch(() => {})
    },
  }
}

/** Connects this process to the other servers of the group; a no-op without Redis or PostgreSQL. */
export async function joinCluster(options: Options): Promise<ClusterTransport['kind'] | 'single'> {
  if (transport) return transport.kind
  if (options.redisUrl) transport = await redisTransport(options.redisUrl, options)
  else if (options.postgresUrl) transport = await postgresTransport(options.postgresUrl, options)
  return transport?.kind ?? 'single'
}

export async function leaveCluster(): Promise<void> {
  await transport?.close()
  transport = undefined
}

export const clusterTransport = (): ClusterTransport | undefined => transport

/** Tells every other server to purge, and waits until each has (bounded by PURGE_ACK_TIMEOUT_MS). */
export async function broadcastPurge(purge: PurgeMessage, log?: { warn: (msg: string) => void }): Promise<void> {
  if (!transport) return
  const id = randomUUID()
  let settle = () => {}
  const answered = new Promise<void>((resolve) => (settle = resolve))
  const wait = { acks: 0, expected: Number.POSITIVE_INFINITY, done: settle }
  waiting.set(id, wait)
  try {
    wait.expected = await transport.send('purge', JSON.stringify({ id, from: serverId, purge }))
    if (wait.acks >= wait.expected) return
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ackTimeoutMs())))
    if (await Promise.race([answered.then(() => false), timedOut])) {
      log?.warn(`[zhanqun] 缓存清除未获全部确认 / purge acknowledged by ${wait.acks} of ${wait.expected} servers`)
    }
    clearTimeout(timer)
  } catch (err) {
    log?.warn(`[zhanqun] 缓存清除广播失败 / purge broadcast failed: ${(err as Error).message}`)
  } finally {
    waiting.delete(id)
  }
}
