import type { PayloadRequest } from 'payload'
import { passwordResetMail } from '../../src/mail/templates'
import { markQueued } from './email-adapter'
import { publicOrigin, queueMail } from './queue-mail'

type ResetArgs = { req?: PayloadRequest; token?: string; user?: { id?: unknown; email?: string; name?: string } }

function contentFor({ req, token, user }: ResetArgs) {
  const expiration = (req!.payload.collections.users.config.auth.forgotPassword as { expiration?: number } | undefined)?.expiration ?? 3_600_000
  const url = `${publicOrigin(req!)}${req!.payload.config.routes.admin}/reset/${token}`
  return passwordResetMail({ name: user?.name, url, validHours: Math.max(1, Math.round(expiration / 3_600_000)) })
}

/**
 * The users collection's `auth.forgotPassword`: the reset mail in Chinese. Payload calls
 * generateEmailHTML with the request inside its transaction, right after storing the token: the mail
 * is queued there (it exists only if the token does) and the adapter is told not to send it again.
 */
export const passwordResetEmail = {
  generateEmailSubject: (args?: ResetArgs) => contentFor(args!).subject,
  generateEmailHTML: async (args?: ResetArgs) => {
    const content = contentFor(args!)
    await queueMail(args!.req!, {
      to: String(args!.user!.email),
      content,
      kind: 'password-reset',
      related: { collection: 'users', id: String(args!.user!.id) },
      sensitive: true,
    })
    markQueued(content.html)
    return content.html
  },
}
