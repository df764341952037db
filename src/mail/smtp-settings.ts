/**
 * SMTP settings from the environment (pure). `SMTP_URL` (smtp://user:pass@host:587 or smtps://…:465)
 * or `SMTP_HOST`/`SMTP_PORT`/`SMTP_USER`/`SMTP_PASS` (`SMTP_SECURE=true` for implicit TLS; port 465
 * implies it). Without either, mail is not sent but kept in the outbox and the log.
 */
export interface SmtpOptions {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
  connectionTimeout: number
  greetingTimeout: number
  socketTimeout: number
}

export interface Sender {
  name: string
  address: string
}

type Env = Record<string, string | undefined>

const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

function port(raw: string | undefined, fallback: number, name: string): number {
  if (!raw) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name}: not a port number: ${raw}`)
  return n
}

/** null when no SMTP server is configured; throws on a malformed setting (at start, not at the first mail). */
export function smtpOptions(env: Env): SmtpOptions | null {
  if (env.SMTP_URL) {
    let url: URL
    try {
      url = new URL(env.SMTP_URL)
    } catch {
      throw new Error('SMTP_URL: not a URL (expected smtp://user:pass@host:587 or smtps://…)')
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL: the scheme must be smtp: or smtps:, not ${url.protocol}`)
    const secure = url.protocol === 'smtps:'
    const user = decodeURIComponent(url.username)
    return {
      host: url.hostname,
      port: port(url.port, secure ? 465 : 587, 'SMTP_URL'),
      secure,
      ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
      ...timeouts,
    }
  }
  if (!env.SMTP_HOST) return null
  const p = port(env.SMTP_PORT, 587, 'SMTP_PORT')
  return {
    host: env.SMTP_HOST,
    port: p,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : p === 465,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
    ...timeouts,
  }
}

const DEFAULT_SENDER: Sender = { name: '站群管理平台', address: 'noreply@localhost' }

/** `MAIL_FROM`: `站群管理平台 <noreply@example.gov.cn>` or a bare address. */
export function mailSender(env: Env): Sender {
  const raw = env.MAIL_FROM?.trim()
  if (!raw) return DEFAULT_SENDER
  const named = /^"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>$/.exec(raw)
  if (named) return { name: named[1].trim() || DEFAULT_SENDER.name, address: named[2] }
  if (/^[^\s<>@]+@[^\s<>@]+$/.test(raw)) return { name: DEFAULT_SENDER.name, address: raw }
  throw new Error(`MAIL_FROM: not an address: ${raw} (expected 名称 <address@example.gov.cn>)`)
}

/** For the log: where mail goes, without the password. */
export function describeSmtp(options: SmtpOptions | null): string {
  if (!options) return 'no SMTP server (mail is kept in the outbox and the log)'
  return `${options.secure ? 'smtps' : 'smtp'}://${options.auth ? `${options.auth.user}@` : ''}${options.host}:${options.port}`
}
