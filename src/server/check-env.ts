/**
 * Imported first by the entry points, before anything that loads payload.config: a wrong
 * DATABASE_URI then ends the process with one clear line instead of a stack trace from deep inside
 * the config.
 */
import { DatabaseUriError, parseDatabaseUri } from '../db/database-uri'
import { mailSender, smtpOptions } from '../mail/smtp-settings'

try {
  parseDatabaseUri(process.env.DATABASE_URI)
} catch (err) {
  if (!(err instanceof DatabaseUriError)) throw err
  console.error(`[zhanqun] ${err.message}`)
  process.exit(1)
}

// Mail settings likewise: a malformed SMTP_URL or MAIL_FROM stops the start, not the first mail.
try {
  smtpOptions(process.env)
  mailSender(process.env)
} catch (err) {
  console.error(`[zhanqun] ${(err as Error).message}`)
  process.exit(1)
}
