import nodemailer, { type Transporter } from 'nodemailer'
import type { TaskConfig } from 'payload'
import { describeSmtp, mailSender, smtpOptions, type SmtpOptions } from '../mail/smtp-settings'

/** Tries per mail: the first and 4 retries with doubling delays (1, 2, 4, 8 minutes by default). */
export const MAIL_RETRIES = 4

const REDACTED = '（邮件含一次性链接，已发送，正文不保留 / sent; the body held a one-time link and is not kept）'

const transports = new Map<string, Transporter>()

/**
 * One nodemailer SMTP transport per distinct setting. (Payload's @payloadcms/email-nodemailer
 * wraps the same calls, but has no release for payload 3.90.2, and Payload refuses mixed versions.)
 */
function transportFor(options: SmtpOptions): Transporter {
  const key = JSON.stringify(options)
  let transport = transports.get(key)
  if (!transport) transports.set(key, (transport = nodemailer.createTransport(options)))
  return transport
}

const errorText = (error: unknown) => ((error as Error)?.message || String(error)).slice(0, 2000)

/**
 * Sends one outbox mail. SMTP settings are read when the job runs; without them the mail is written
 * to the log and marked `logged`. A failure is recorded on the outbox row and thrown, so the queue
 * retries with backoff; after the last try the row reads `failed` with the error.
 */
export const sendMailTask: TaskConfig<{ input: { outboxId: string }; output: { status: string } }> = {
  slug: 'sendMail',
  label: '发送邮件 / send mail',
  retries: { attempts: MAIL_RETRIES, backoff: { type: 'exponential', delay: Number(process.env.MAIL_RETRY_DELAY_MS) || 60_000 } },
  inputSchema: [{ name: 'outboxId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const row = await payload.findByID({ collection: 'mail-outbox', id: input.outboxId, depth: 0, disableErrors: true, overrideAccess: true })
    if (!row) return { output: { status: 'missing' } }
    if (row.status === 'sent' || row.status === 'logged') return { output: { status: row.status } }
    const attempts = (row.attempts ?? 0) + 1
    const update = (data: Record<string, unknown>) =>
      payload.update({ collection: 'mail-outbox', id: row.id, data: { attempts, ...data }, depth: 0, overrideAccess: true })

    const smtp = smtpOptions(process.env)
    if (!smtp) {
      payload.logger.info({ msg: `mail not sent: ${describeSmtp(null)}`, to: row.to, subject: row.subject, text: row.text })
      await update({ status: 'logged', error: null })
      return { output: { status: 'logged' } }
    }
    const sender = mailSender(process.env)
    try {
      const info = await transportFor(smtp).sendMail({
        from: { name: sender.name, address: sender.address },
        to: row.to,
        subject: row.subject,
        text: row.text ?? undefined,
        html: row.html ?? undefined,
      })
      await update({
        status: 'sent', error: null, sentAt: new Date().toISOString(), messageId: info?.messageId ?? null,
        ...(row.sensitive ? { text: REDACTED, html: REDACTED } : {}),
      })
      return { output: { status: 'sent' } }
    } catch (error) {
      await update({ status: attempts > MAIL_RETRIES ? 'failed' : 'queued', error: errorText(error) })
      throw error
    }
  },
}
