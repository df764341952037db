import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'

/**
 * Makes Payload's error messages bilingual ("中文 / English"). Payload answers in one language
 * (ours defaults to Chinese); its own translation tables give us the other side, matched as
 * templates so messages with values ({{id}}, {{label}}) translate too.
 */
type Template = { zh: string; en: string; zhPattern: RegExp; enPattern: RegExp; zhVars: string[]; enVars: string[] }

const groups = ['error', 'validation', 'authentication', 'general'] as const
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const varPattern = /\{\{(\w+)\}\}/g

function compile(text: string): { pattern: RegExp; vars: string[] } {
  const vars: string[] = []
  const source = text
    .split(varPattern)
    .map((part, i) => (i % 2 === 1 ? (vars.push(part), '(.+?)') : escape(part)))
    .join('')
  return { pattern: new RegExp(`^${source}$`), vars }
}

/** Messages Payload hard-codes in English only. */
const extras: [string, string][] = [
  ['请求体不是有效的 JSON', 'Invalid JSON'],
  ['接口不存在：{{route}}', 'Route not found "{{route}}"'],
  ['无法按以下路径查询：{{paths}}', 'The following path cannot be queried: {{paths}}'],
  ['以下字段无效：{{fields}}', 'The following field is invalid: {{fields}}'],
  ['以下字段无效：{{fields}}', 'The following fields are invalid: {{fields}}'],
  ['服务器内部错误', 'Something went wrong.'],
  ['批量修改须带 where 条件', "Missing 'where' query of documents to update."],
  ['批量删除须带 where 条件', "Missing 'where' query of documents to delete."],
  ['缺少电子邮件地址', 'Missing email.'],
  ['没有已登录的用户', 'No User'],
  ['查询过于复杂：最大复杂度 {{max}}，实际 {{actual}}', 'The query exceeds the maximum complexity of {{max}}. Actual complexity is {{actual}}'],
  ['该用户因登录失败次数过多已被锁定', 'This user is locked due to having too many failed login attempts.'],
]

const templates: Template[] = [
  ...extras,
  ...groups.flatMap((group) => {
    const zhGroup = zh.translations[group] as Record<string, string>
    const enGroup = en.translations[group] as Record<string, string>
    return Object.keys(zhGroup)
      .filter((key) => typeof zhGroup[key] === 'string' && typeof enGroup[key] === 'string')
      // "Fields invalid:"-style prefixes are followed by a list Payload appends: match it as {{rest}}.
      .map((key): [string, string] => (/[:：]$/.test(enGroup[key]) ? [`${zhGroup[key]}{{rest}}`, `${enGroup[key]} {{rest}}`] : [zhGroup[key], enGroup[key]]))
  }),
]
  .map(([z, e]) => {
    const zc = compile(z)
    const ec = compile(e)
    return { zh: z, en: e, zhPattern: zc.pattern, enPattern: ec.pattern, zhVars: zc.vars, enVars: ec.vars }
  })
  // Literal-rich templates first, so "{{x}}" catch-alls never shadow specific messages.
  .sort((a, b) => b.en.replace(varPattern, '').length - a.en.replace(varPattern, '').length)

const fill = (template: string, values: Record<string, string>) => template.replace(varPattern, (_, v) => values[v] ?? '')

export function bilingual(message: string): string {
  if (message.includes(' / ')) return message
  for (const t of templates) {
    for (const [pattern, names] of [
      [t.enPattern, t.enVars],
      [t.zhPattern, t.zhVars],
    ] as const) {
      const match = pattern.exec(message)
      if (!match) continue
      const values = Object.fromEntries(names.map((name, i) => [name, match[i + 1].trim()]))
      return `${fill(t.zh, values)} / ${fill(t.en, values)}`
    }
  }
  return message
}

interface ErrorBody {
  message?: string
  errors?: { message?: string; data?: { errors?: { message?: string }[] } | unknown }[]
}

/** Rewrites the messages of a Payload error body in place. */
export function bilingualErrorBody(body: ErrorBody): ErrorBody {
  if (typeof body.message === 'string') body.message = bilingual(body.message)
  for (const err of body.errors ?? []) {
    if (typeof err.message === 'string') err.message = bilingual(err.message)
    const fieldErrors = (err.data as { errors?: { message?: string }[] } | undefined)?.errors
    for (const fe of Array.isArray(fieldErrors) ? fieldErrors : []) {
      if (typeof fe.message === 'string') fe.message = bilingual(fe.message)
    }
  }
  return body
}

/** Returns the response with bilingual messages when it is a JSON error; otherwise unchanged. */
export async function withBilingualErrors(response: Response): Promise<Response> {
  if (response.status < 400 || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  let body: ErrorBody
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, { status: response.status, headers: response.headers })
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(bilingualErrorBody(body)), { status: response.status, headers })
}
