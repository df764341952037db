import { Redis } from 'ioredis'
import pg from 'pg'
import type { PurgeMessage } from '../../src/cluster/bus'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Another server, played by hand: it receives purges and answers after `delayMs` (or never). */
export interface Peer { received: PurgeMessage[]; close: () => Promise<void> }

export async function redisPeer(prefix: string, delayMs: number | null): Promise<Peer> {
  const sub = new Redis('redis://127.0.0.1:6379')
  const pub = new Redis('redis://127.0.0.1:6379')
  const received: PurgeMessage[] = []
  sub.on('message', async (_channel: string, raw: string) => {
    const message = JSON.parse(raw)
    received.push(message.purge)
    if (delayMs === null) return
    if (delayMs > 0) await sleep(delayMs)
    await pub.publish(`${prefix}purge-ack`, JSON.stringify({ id: message.id, from: 'peer', to: message.from })).catch(() => {}) // closed meanwhile
  })
  await sub.subscribe(`${prefix}purge`)
  return { received, close: async () => void (sub.disconnect(), pub.disconnect()) }
}

export async function postgresPeer(url: string, delayMs: number | null): Promise<Peer> {
  const client = new pg.Client({ connectionString: url, application_name: 'zhanqun-cluster' })
  await client.connect()
  const received: PurgeMessage[] = []
  client.on('notification', async (n) => {
    const message = JSON.parse(n.payload ?? '{}')
    if (n.channel !== 'zhanqun_purge' || message.from === 'peer') return
    received.push(message.purge)
    if (delayMs === null) return
    if (delayMs > 0) await sleep(delayMs)
    await client.query('SELECT pg_notify($1, $2)', ['zhanqun_purge_ack', JSON.stringify({ id: message.id, from: 'peer', to: message.from })]).catch(() => {}) // closed meanwhile
  })
  await client.query('LISTEN zhanqun_purge')
  return { received, close: () => client.end() }
}

