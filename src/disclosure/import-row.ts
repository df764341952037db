/**
 * One row of a historical-disclosure import, read from CSV, XLSX or JSON with Chinese or English
 * headers, checked and normalised. Pure: units and columns are resolved by the caller.
 */
export interface ImportItem {
  title: string
  unit: string
  column: string
  issuer?: string
  indexNumber?: string
  documentNumber?: string
  writtenAt?: string
  publishedAt: string
  subjects: string[]
  validity: 'valid' | 'expired' | 'repealed'
  mode: 'proactive' | 'on-application'
  body: string[]
}

export type RowResult = { ok: true; item: ImportItem } | { ok: false; errors: string[] }

const headerAliases: Record<keyof ImportItem, string[]> = {
  title: ['title', '标题', '名称'],
  unit: ['unit', '单位', '发布单位', '单位代码'],
  column: ['column', '栏目', '主题分类', '分类'],
  issuer: ['issuer', '发布机构'],
  indexNumber: ['indexNumber', '索引号'],
  documentNumber: ['documentNumber', '文号'],
  writtenAt: ['writtenAt', '成文日期'],
  publishedAt: ['publishedAt', '发布日期'],
  subjects: ['subjects', '主题词'],
  validity: ['validity', '有效性'],
  mode: ['mode', '公开方式'],
  body: ['body', '正文', '内容'],
}

const validityValues: Record<string, ImportItem['validity']> = { 有效: 'valid', valid: 'valid', 失效: 'expired', expired: 'expired', 废止: 'repealed', repealed: 'repealed' }
const modeValues: Record<string, ImportItem['mode']> = { 主动公开: 'proactive', proactive: 'proactive', 依申请公开: 'on-application', 'on-application': 'on-application' }

const text = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v).trim())

/** Dates as written in Chinese records: 2010-03-05, 2010/3/5, 2010年3月5日, or ISO date-times; China time. */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  const s = text(value)
  if (!s) return null
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s)
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', se = '0'] = m
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T${h.padStart(2, '0')}:${mi.padStart(2, '0')}:${se.padStart(2, '0')}+08:00`
    const date = new Date(iso)
    if (Number.isNaN(date.getTime()) || new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10) !== iso.slice(0, 10)) return null
    return date.toISOString()
  }
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s))) return new Date(s).toISOString()
  return null
}

/** Maps the row's headers (either language, any case) onto field names. */
export function pick(row: Record<string, unknown>, field: keyof ImportItem): unknown {
  for (const alias of headerAliases[field]) {
    for (const key of Object.keys(row)) if (key.trim().toLowerCase() === alias.toLowerCase()) return row[key]
  }
  return undefined
}

export function parseImportRow(row: Record<string, unknown>): RowResult {
  const errors: string[] = []
  const title = text(pick(row, 'title'))
  const unit = text(pick(row, 'unit'))
  const column = text(pick(row, 'column'))
  if (!title) errors.push('缺少标题 / title is missing')
  if (title.length > 300) errors.push('标题超过300字 / title longer than 300 characters')
  if (!unit) errors.push('缺少单位 / unit is missing')
  if (!column) errors.push('缺少栏目 / column is missing')

  const publishedRaw = pick(row, 'publishedAt')
  const publishedAt = normaliseDate(publishedRaw)
  if (!publishedAt) errors.push(`发布日期无效：${text(publishedRaw) || '（空）'} / invalid publish date: ${text(publishedRaw) || '(empty)'}`)
  const writtenRaw = pick(row, 'writtenAt')
  const writtenAt = text(writtenRaw) ? normaliseDate(writtenRaw) : undefined
  if (writtenAt === null) errors.push(`成文日期无效：${text(writtenRaw)} / invalid date written: ${text(writtenRaw)}`)

  const validityRaw = text(pick(row, 'validity')) || '有效'
  const validity = validityValues[validityRaw.toLowerCase()] ?? validityValues[validityRaw]
  if (!validity) errors.push(`有效性须为有效、失效或废止：${validityRaw} / validity must be 有效, 失效 or 废止: ${validityRaw}`)
  const modeRaw = text(pick(row, 'mode')) || '主动公开'
  const mode = modeValues[modeRaw.toLowerCase()] ?? modeValues[modeRaw]
  if (!mode) errors.push(`公开方式须为主动公开或依申请公开：${modeRaw} / mode must be 主动公开 or 依申请公开: ${modeRaw}`)

  if (errors.length > 0) return { ok: false, errors }
  const subjects = text(pick(row, 'subjects')).split(/[;；,，、\s]+/).filter(Boolean)
  const body = text(pick(row, 'body')).split(/\r?\n+/).filter(Boolean)
  const optional = (field: keyof ImportItem) => text(pick(row, field)) || undefined
  return {
    ok: true,
    item: {
      title, unit, column, publishedAt: publishedAt!, subjects, body, validity: validity!, mode: mode!,
      writtenAt: writtenAt ?? undefined,
      issuer: optional('issuer'),
      indexNumber: optional('indexNumber'),
      documentNumber: optional('documentNumber'),
    },
  }
}
