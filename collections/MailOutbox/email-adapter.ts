import type { EmailAdapter } from 'payload'
import { describeSmtp, mailSender, smtpOptions } from '../../src/mail/smtp-settings'
import { queueMailOutsideRequest } from './queue-mail'

/**
 * Mails Payload builds itself, such as the password reset, are queued by our own hook where the
 * request is known (collections/MailOutbox/password-reset.ts); it leaves the HTML here so the adapter,
 * called right after without the request, knows not to queue it twice.
 */
const queuedByHook = new Set<string>()

export function markQueued(html: string): void {
  queuedByHook.add(html)
}

const addressOf = (to: unknown): string =>
  (Array.isArray(to) ? to : [to])
    .map((a: unknown) => (typeof a === 'object' && a && 'address' in a ? String(a.address) : String(a ?? '')))
    .filter(Boolean)
    .join(', ')

/**
 * Payload's e-mail adapter: it sends nothing itself. Every mail goes to the outbox and a retried
 * job (src/jobs/send-mail.ts), which sends through Payload's nodemailer adapter when SMTP is set.
 */
export const outboxEmailAdapter: EmailAdapter = ({ payload }) => {
  const sender = mailSender(process.env)
  payload.logger.info(`mail: ${describeSmtp(smtpOptions(process.env))}, from ${sender.address}`)
  return {
    name: 'zhanqun-outbox',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => {
      if (typeof message.html === 'string' && queuedByHook.delete(message.html)) return
      // Another mail of Payload's own (none is enabled today). Without the request it cannot join the
      // caller's transaction; it is written after that has had the chance to finish, and logged whole
      // if even that fails.
      const mail = {
        to: addressOf(message.to),
        kind: 'payload',
        content: { subject: String(message.subject ?? ''), text: String(message.text ?? ''), html: String(message.html ?? '') },
      }
      setImmediate(() => {
        queueMailOutsideRequest(payload, mail).catch((error) => payload.logger.error({ err: error, msg: 'mail could not be queued', mail }))
      })
    },
  }
}
