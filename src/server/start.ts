import { recountAll } from '../../collections/CatalogueCounts/recount'
import { syncCatalogue } from '../../collections/Columns/sync-catalogue'
import { prepareSequences } from '../../collections/IndexSequences/prepare-sequences'
import { queueDigestIfDue } from '../../collections/Letters/overdue-digest'
import { queueMonitoringIfDue } from '../../collections/MonitoringSnapshots/store'
import { joinServers } from '../cluster/join'
import { holdsJobsLease } from '../cluster/jobs-lease'
import { acceptJobs, runsJobsHere } from '../jobs/config'
import { seedIfEmpty } from '../seed'
import { rebuildSearchIndex } from '../search/reads/indexer'
import { searchEngine } from '../search/reads/search'
import { createAdminHandler } from './admin'
import { createApp } from './app'
import { bootPayload, BootError } from './boot'
import { answerClientErrors } from './client-errors'

let started = false
// An await that can never settle (a stuck module loader, say) empties the event loop, and Node then
// exits silently with code 0. Say so, and fail, instead.
process.on('beforeExit', () => {
  if (started) return
  console.error('[zhanqun] 启动未完成即退出 / the process ran out of work before the server started')
  process.exit(1)
})

async function main(): Promise<void> {
  const startedAt = performance.now()
  const { payload, config, database } = await bootPayload()
  await syncCatalogue(payload)
  const seeded = await seedIfEmpty(payload)
  await prepareSequences(payload)
  if (seeded) console.log(`[zhanqun] 数据库为空，已载入站群与演示数据 / empty database: seeded ${seeded.tenants} units and demo data`)
  const cluster = await joinServers(payload).catch((err: Error) => {
    throw new BootError(`无法连接其他服务器的通道 / cannot open the channel to the other servers: ${err.message}`)
  })

  acceptJobs()
  const admin = process.env.ADMIN === 'off' ? undefined : await createAdminHandler({ dev: process.env.NODE_ENV === 'development' })
  const app = createApp({ payload, config, database: database.kind, admin })
  const port = process.env.PORT === '0' ? 0 : Number(process.env.PORT) || 3000
  // Express 5 calls this back with the listen error too (a port already taken): that is no start.
  const server = app.listen(port, (error?: Error) => {
    if (error) {
      console.error(`[zhanqun] 无法监听端口 ${port} / cannot listen on port ${port}: ${error.message}`)
      process.exit(1)
    }
    started = true
    const ms = Math.round(performance.now() - startedAt)
    const address = server.address()
    const bound = address && typeof address === 'object' ? address.port : port
    process.env.PORT = String(bound) // PORT=0 takes a free port: mail links point at the real one
    console.log(`[zhanqun] 站群已启动 / listening on http://localhost:${bound} (${database.kind}, ready in ${ms} ms; admin: /admin; purge: ${cluster})`)
    // A group seeded just now (its demo items are loaded without per-item jobs) is indexed while serving.
    ;(seeded ? rebuildSearchIndex(payload) : Promise.resolve(null))
      .then((built) => built && console.log(`[zhanqun] 检索索引已建立 / search index built: ${built.indexed} items`))
      .then(() => searchEngine(payload).warm())
      .catch((error) => console.error('[zhanqun] 检索索引建立失败 / search index build failed:', error))
    // Pages count live until their unit's counts are kept; a count left stale by a crash is corrected here
    // (the whole demo, loaded just now, was counted as it loaded).
    if (!seeded?.living) void recountAll(payload).catch((error) => console.error('[zhanqun] 目录条数统计失败 / catalogue counts failed:', error))
  })
  answerClientErrors(server)
  // The mailbox's daily overdue digest and the monitoring's daily check of the group: asked every hour,
  // queued once a day (see queueDigestIfDue, queueMonitoringIfDue), by the process that holds the jobs lease.
  if (runsJobsHere()) {
    const daily = (delayMs = 0) =>
      void holdsJobsLease()
        .then(async (held) => {
          if (!held) return
          await queueDigestIfDue(payload).catch((err) => payload.logger.error({ err, msg: 'overdue digest' }))
          await queueMonitoringIfDue(payload, new Date(), { delayMs }).catch((err) => payload.logger.error({ err, msg: 'daily monitoring' }))
        })
        .catch((err) => payload.logger.error({ err, msg: 'jobs lease' }))
    daily(120_000)
    setInterval(() => daily(), 60 * 60 * 1000).unref()
  }
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((err) => {
  console.error(err instanceof BootError ? `[zhanqun] ${err.message}` : err)
  process.exit(1)
})
