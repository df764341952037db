/** Small formatting rules of the public pages. Pure. */
const EIGHT_HOURS = 8 * 3600_000
// China has kept UTC+8 all year since 1992 (summer time ran 1986–1991); Intl.DateTimeFormat would
// also read those summers, but costs about ten times as much on pages that show dozens of dates.
const chinaTimeFrom = Date.UTC(1992, 0, 1)
const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The day in China (Asia/Shanghai) of an instant, as YYYY-MM-DD, whatever the server's zone. */
export function formatDate(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return ''
  const t = new Date(value).getTime()
  if (Number.isNaN(t)) return ''
  return t >= chinaTimeFrom ? new Date(t + EIGHT_HOURS).toISOString().slice(0, 10) : chinaDate.format(t)
}

export function formatBytes(bytes: unknown): string {
  const n = Number(bytes)
  if (!Number.isFinite(n) || n < 0) return ''
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

const fileTypes: Record<string, string> = {
  'application/pdf': 'PDF', 'image/jpeg': 'JPEG 图片', 'image/png': 'PNG 图片', 'image/webp': 'WebP 图片',
  'application/msword': 'Word 文档', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word 文档',
  'application/vnd.ms-excel': 'Excel 表格', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel 表格',
  'application/zip': 'ZIP 压缩包', 'text/plain': '文本', 'text/csv': 'CSV 表格',
}

export const fileTypeLabel = (mime: unknown): string => fileTypes[String(mime)] ?? String(mime ?? '文件')

/**
 * Hosts that body links may point to: the group's own domains, government domains (*.gov.cn) and
 * those named in LINK_ALLOWED_HOSTS (comma-separated; a leading dot allows every subdomain).
 */
export function linkHostRule(groupDomains: readonly string[], configured = process.env.LINK_ALLOWED_HOSTS ?? ''): (host: string) => boolean {
  const entries = [...groupDomains, '.gov.cn', ...configured.split(',')].map((h) => h.trim().toLowerCase()).filter(Boolean)
  const exact = new Set(entries.filter((h) => !h.startsWith('.')))
  const suffixes = entries.filter((h) => h.startsWith('.'))
  return (host) => {
    const name = host.toLowerCase().replace(/\.$/, '')
    return exact.has(name) || suffixes.some((s) => name.endsWith(s) || name === s.slice(1))
  }
}

/**
 * A link target visitors may follow: a path on this site, mailto/tel, or http(s) to an allowed host.
 * Anything else (other hosts, other schemes, backslashes that browsers read as `//`, control
 * characters, credentials in the URL) gives undefined and the link renders as plain text.
 */
export function safeHref(raw: unknown, allowedHost: (host: string) => boolean = linkHostRule([])): string | undefined {
  if (typeof raw !== 'string') return undefined
  const url = raw.trim()
  if ([...url].some((c) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return undefined
  if (/^(mailto|tel):[^/]/i.test(url)) return url
  const base = 'https://site.invalid'
  let parsed: URL
  try {
    parsed = new URL(url, base)
  } catch {
    return undefined
  }
  if (url.startsWith('/') && !url.startsWith('//')) return parsed.origin === base ? url : undefined
  if (!/^https?:\/\//i.test(url) || parsed.username || parsed.password) return undefined
  return allowedHost(parsed.hostname) ? parsed.href : undefined
}

export const validityLabels: Record<string, string> = { valid: '有效', expired: '失效', repealed: '废止' }
export const modeLabels: Record<string, string> = { proactive: '主动公开', 'on-application': '依申请公开' }
