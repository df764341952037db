/**
 * `npm run jobs:worker`: the jobs queue (scheduled publishing, mail, webhooks, search indexing, the
 * overdue digest) in a process of its own, for groups whose web servers run with JOBS_AUTORUN=false.
 * It serves no HTTP. Several workers may run: only the holder of the jobs lease runs the queue
 * (src/cluster/jobs-lease.ts); a publish it makes purges every web server's cache through the same
 * Redis or PostgreSQL channel the servers use.
 */
import '../src/server/check-env'
import { preloadLexical } from '../src/config/preload-lexical'

process.env.JOBS_AUTORUN = 'true' // this process is where the queue runs, whatever the servers' setting
await preloadLexical()
const { bootPayload } = await import('../src/server/boot')
const { joinServers } = await import('../src/cluster/join')
const { leaveCluster } = await import('../src/cluster/bus')
const { holdsJobsLease } = await import('../src/cluster/jobs-lease')
const { acceptJobs } = await import('../src/jobs/config')
const { queueDigestIfDue } = await import('../collections/Letters/overdue-digest')

const { payload, database } = await bootPayload()
// The public sites' renderer, so the monitoring samples pages here too (the router itself is not served).
;(await import('../src/server/public/public-site')).publicSite(payload)
const cluster = await joinServers(payload)
acceptJobs()
const digest = () => void holdsJobsLease().then((held) => held && queueDigestIfDue(payload)).catch((err) => payload.logger.error({ err, msg: 'overdue digest' }))
digest()
setInterval(digest, 60 * 60 * 1000)
console.log(`[zhanqun] 任务进程已启动 / jobs worker running (${database.kind}, cron ${process.env.JOBS_CRON || '*/10 * * * * *'}, purge: ${cluster})`)

const stop = async () => {
  await leaveCluster()
  await payload.destroy().catch(() => {})
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
