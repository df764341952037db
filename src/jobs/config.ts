import type { JobsConfig } from 'payload'
import { holdsJobsLease } from '../cluster/jobs-lease'
import { notifyWebhookTask } from './publication-effects'
import { indexForSearchTask } from './search-index'
import { sendMailTask } from './send-mail'
import { letterDigestTask } from '../../collections/Letters/overdue-digest'
import { monitorUnitTask, monitoringDailyTask } from '../../collections/MonitoringSnapshots/store'

/**
 * The jobs queue (Payload's `payload-jobs` collection) runs scheduled publishing and other work that
 * must survive a restart: jobs live in the database and the server picks them up on its schedule.
 * JOBS_CRON (6-field cron, seconds first) sets how often; JOBS_AUTORUN=false leaves running them to
 * another process (`npm run jobs:worker`). Among several servers only the holder of the jobs lease
 * runs the queue (src/cluster/jobs-lease.ts), so each job runs once.
 */
// The server's own runner waits until the start has loaded the group: on SQLite its writes would
// otherwise queue behind the first start's long seeding transactions and fail as 'database is locked'.
let serverReady = false
export const acceptJobs = (): void => {
  serverReady = true
}

export const runsJobsHere = (): boolean => process.env.JOBS_AUTORUN !== 'false'

export function jobsConfig(): JobsConfig {
  return {
    // Only the server runs, queues and cancels jobs, through the Local API (which skips these checks):
    // over HTTP (`/api/payload-jobs/run`, `/handle-schedules`) nobody may, signed in or not.
    access: { run: () => false, queue: () => false, cancel: () => false },
    autoRun: [{ cron: process.env.JOBS_CRON || '*/10 * * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: async () => serverReady && runsJobsHere() && (await holdsJobsLease()),
    // Finished jobs are removed; failed ones stay, with their error, for operators to see.
    deleteJobOnComplete: true,
    tasks: [notifyWebhookTask as never, sendMailTask as never, letterDigestTask as never, indexForSearchTask as never, monitoringDailyTask as never, monitorUnitTask as never],
  }
}
