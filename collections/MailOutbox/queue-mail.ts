import type { Payload, PayloadRequest } from 'payload'
import type { MailContent } from '../../src/mail/templates'

export interface OutgoingMail {
  to: string
  content: MailContent
  /** What the mail is about, for the outbox: password-reset, review-submitted, … */
  kind: string
  related?: { collection: string; id: string | number }
  /** Holds a one-time link: the body is not kept once sent. */
  sensitive?: boolean
}

/**
 * Writes the mail to the outbox and queues its sending job, both with `req`: inside the request's
 * transaction, so the mail exists only if the change that caused it is committed, and nothing is
 * sent from within the transaction itself.
 */
export function queueMail(req: PayloadRequest, mail: OutgoingMail): Promise<void> {
  return writeMail(req.payload, req, mail)
}

/** Only for mail that no request caused (or whose request is out of reach): joins no transaction. */
export function queueMailOutsideRequest(payload: Payload, mail: OutgoingMail): Promise<void> {
  return writeMail(payload, undefined, mail)
}

async function writeMail(payload: Payload, req: PayloadRequest | undefined, mail: OutgoingMail): Promise<void> {
  const row = await payload.create({
    collection: 'mail-outbox',
    data: {
      to: mail.to,
      ...mail.content,
      kind: mail.kind,
      status: 'queued',
      attempts: 0,
      sensitive: mail.sensitive ?? false,
      relatedCollection: mail.related?.collection,
      relatedId: mail.related === undefined ? undefined : String(mail.related.id),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({ task: 'sendMail', input: { outboxId: String(row.id) }, req })
}

/** The address links in mails point at: SERVER_URL, else this server on localhost. */
export function publicOrigin(req: PayloadRequest): string {
  const configured = process.env.SERVER_URL || req.payload.config.serverURL
  return (configured || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')
}
