import { clusterTransport } from './bus'

/**
 * Which process runs the jobs queue. Payload's runner marks a job as processing with a read and
 * then a write, so two runners polling together can take the same job. Among several processes only
 * the holder of this lease runs the queue: a Redis key renewed while alive, or a PostgreSQL session
 * advisory lock on the cluster connection (dropped with the session). A single process holds it.
 */
const ttlMs = 30_000
let holding = false
let renewal: NodeJS.Timeout | undefined

const announce = (held: boolean) =>
  console.log(held ? '[zhanqun] 本进程运行任务队列 / this process runs the jobs queue' : '[zhanqun] 任务队列由另一进程运行 / another process runs the jobs queue')

export async function holdsJobsLease(): Promise<boolean> {
  const transport = clusterTransport()
  if (!transport) return true
  const held = await transport.tryLock('jobs-runner', ttlMs).catch(() => false)
  if (held !== holding) announce(held)
  holding = held
  // Keep a Redis lease alive between runs slower than its TTL.
  if (held && !renewal) renewal = setInterval(() => void holdsJobsLease(), ttlMs / 3).unref()
  if (!held && renewal) {
    clearInterval(renewal)
    renewal = undefined
  }
  return held
}
