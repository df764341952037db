import type { TaskConfig } from 'payload'
import { signBody, type PublicationEvent } from './publication-event'

/**
 * Work that follows a publication but must never undo or lose it: telling integrators' webhooks.
 * Each target is its own job, queued in the publishing transaction (no publish, no job) and retried
 * with growing delays when the receiver fails, so one slow receiver delays no one else.
 */
export const notifyWebhookTask: TaskConfig<{ input: { url: string; event: PublicationEvent }; output: { status: number } }> = {
  slug: 'notifyWebhook',
  label: '通知订阅方 / notify webhook',
  // 6 tries over about 5 minutes by default (5 s, 10 s, 20 s, …).
  retries: { attempts: 6, backoff: { type: 'exponential', delay: Number(process.env.WEBHOOK_RETRY_DELAY_MS) || 5_000 } },
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  handler: async ({ input }) => {
    const body = JSON.stringify(input.event)
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'zhanqun-webhook/1' }
    if (process.env.WEBHOOK_SECRET) headers['X-Zhanqun-Signature'] = signBody(process.env.WEBHOOK_SECRET, body)
    const res = await fetch(input.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) })
    if (!res.ok) throw new Error(`webhook ${input.url} answered ${res.status}`)
    return { output: { status: res.status } }
  },
}
