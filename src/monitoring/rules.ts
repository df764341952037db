import { isOpen as isRequestOpen, type RequestStatus } from '../requests/state-machine'
import { openStatuses as openLetterStatuses, type LetterStatus } from '../letters/rules'
import { requiredFieldLabels, type MonitoringThresholds } from './thresholds'
import { problemLabels, type AccessibilityProblem } from './accessibility'

/**
 * 网站监测: the inspection rules as functions over one unit's data. Pure: the reader
 * (reads/unit-data.ts) loads the data, these decide. Dates are ISO strings; `now` is the check time.
 */
export type ID = number | string

export interface ColumnInput {
  /** Catalogue key, or the article category (`headline`, `news`, `notice`). */
  key: string
  title: string
  source: 'articles' | 'disclosures'
  /** news: 动态/要闻; notice: 通知公告; disclosure: a catalogue column. */
  kind: 'news' | 'notice' | 'disclosure'
  /** The column's own update rule (days), from the catalogue; null: none. */
  maxAgeDays: number | null
  /** Newest publication date of a published item, null when the column is empty. */
  latest: string | null
  count: number
  adminPath: string
}

export interface LetterInput { id: ID; trackingCode: string; subject: string; status: LetterStatus; receivedAt: string }
export interface RequestInput { id: ID; trackingCode: string; status: RequestStatus; due: string | null }

export interface ItemInput {
  collection: 'disclosures' | 'articles'
  id: ID
  title: string
  indexNumber?: string | null
  issuer?: string | null
  publishedAt?: string | null
  writtenAt?: string | null
  validity?: string | null
  validUntil?: string | null
  /** Link targets in the body that lead nowhere (resolved by the reader). */
  brokenLinks?: string[]
  /** Attachments and body images whose file is gone. */
  missingFiles?: string[]
}

/** A sampled live page of the site and what the static accessibility checks found on it. */
export interface PageInput {
  path: string
  adminPath: string
  problems: { problem: AccessibilityProblem; count: number }[]
}

export interface UnitInput {
  unit: { id: ID; slug: string; name: string; kind: string; hasSite: boolean; mailbox: boolean }
  /** Absent when no page renderer is available (a worker without the public sites): the rule is not run. */
  pages?: PageInput[]
  columns: ColumnInput[]
  letters: LetterInput[]
  requests: RequestInput[]
  items: ItemInput[]
}

export const ruleIds = [
  'home-stale', 'stale-columns', 'overdue-columns', 'empty-columns', 'no-consultation', 'letters-unanswered',
  'requests-overdue', 'metadata-missing', 'validity-outdated', 'forged-date', 'broken-links', 'missing-files', 'inaccessible-pages',
] as const
export type RuleId = (typeof ruleIds)[number]

export const ruleTitles: Record<RuleId, { zh: string; en: string }> = {
  'home-stale': { zh: '首页长期未更新', en: 'Home page not updated' },
  'stale-columns': { zh: '动态要闻、通知公告和政策文件栏目未及时更新', en: 'News, notice and policy columns not updated' },
  'overdue-columns': { zh: '应更新而未更新的栏目', en: 'Columns past their update rule' },
  'empty-columns': { zh: '空白栏目', en: 'Empty columns' },
  'no-consultation': { zh: '未开设互动咨询渠道', en: 'No consultation channel' },
  'letters-unanswered': { zh: '留言超过3个月未答复', en: 'Letters unanswered for over 3 months' },
  'requests-overdue': { zh: '依申请公开逾期未答复', en: 'Disclosure applications overdue' },
  'metadata-missing': { zh: '信息公开条目要素缺失', en: 'Items missing required metadata' },
  'validity-outdated': { zh: '已过有效期仍标注有效', en: 'Expired items still marked valid' },
  'forged-date': { zh: '发布日期异常（疑似伪造发稿日期）', en: 'Suspicious publication date' },
  'broken-links': { zh: '正文链接失效', en: 'Broken links in bodies' },
  'missing-files': { zh: '附件或图片缺失', en: 'Missing attachments or images' },
  'inaccessible-pages': { zh: '抽查页面存在无障碍问题', en: 'Sampled pages fail accessibility checks' },
}

export interface Evidence { label: string; detail: string; adminPath: string }

export interface Finding {
  rule: RuleId
  title: string
  /** 单项否决: the site fails the inspection outright. */
  veto: boolean
  count: number
  /** What was found, one line each, with a link to fix it in the admin. */
  evidence: Evidence[]
  summary: string
}

const DAY = 86_400_000
const ageDays = (iso: string, now: Date) => Math.floor((now.getTime() - new Date(iso).getTime()) / DAY)
const day = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10)
const itemPath = (i: ItemInput) => `/collections/${i.collection}/${i.id}`

function finding(rule: RuleId, evidence: Evidence[], veto: boolean, summary: string): Finding[] {
  return evidence.length === 0 ? [] : [{ rule, title: ruleTitles[rule].zh, veto, count: evidence.length, evidence, summary }]
}

const columnLine = (c: ColumnInput, now: Date, limit: number): Evidence => ({
  label: c.title,
  detail: c.latest ? `最近更新 ${day(c.latest)}，已 ${ageDays(c.latest, now)} 天（上限 ${limit} 天）` : '从未更新',
  adminPath: c.adminPath,
})

/** Home page: its newest item (any column) older than `homeStaleDays` → veto. */
export function homeStale(input: UnitInput, t: MonitoringThresholds, now: Date): Finding[] {
  if (!input.unit.hasSite) return []
  const latest = input.columns.map((c) => c.latest).filter((d): d is string => Boolean(d)).sort().at(-1) ?? null
  if (latest && ageDays(latest, now) <= t.homeStaleDays) return []
  const evidence = [{ label: '首页', detail: latest ? `最新信息发布于 ${day(latest)}，已 ${ageDays(latest, now)} 天未更新` : '首页没有任何信息', adminPath: '/collections/articles/create' }]
  return finding('home-stale', evidence, true, `首页超过 ${t.homeStaleDays} 天未更新`)
}

/** 动态/要闻 past `newsStaleDays` plus 通知公告/政策文件 past `noticeStaleDays`; veto from `staleColumnsVeto` on. */
export function staleColumns(input: UnitInput, t: MonitoringThresholds, now: Date): Finding[] {
  if (!input.unit.hasSite) return []
  const evidence = input.columns.flatMap((c) => {
    const limit = c.kind === 'news' ? t.newsStaleDays : c.kind === 'notice' || t.policyColumnKeys.includes(c.key) ? t.noticeStaleDays : null
    if (limit === null || !c.latest || ageDays(c.latest, now) <= limit) return []
    return [columnLine(c, now, limit)]
  })
  return finding('stale-columns', evidence, evidence.length >= t.staleColumnsVeto, `${evidence.length} 个栏目未及时更新（${t.staleColumnsVeto} 个及以上单项否决）`)
}

/** Columns past their own `maxAgeDays`; veto from `overdueColumnsVeto` on. Empty columns count under empty-columns. */
export function overdueColumns(input: UnitInput, t: MonitoringThresholds, now: Date): Finding[] {
  if (!input.unit.hasSite) return []
  const evidence = input.columns.flatMap((c) =>
    c.maxAgeDays !== null && c.latest && ageDays(c.latest, now) > c.maxAgeDays ? [columnLine(c, now, c.maxAgeDays)] : [],
  )
  return finding('overdue-columns', evidence, evidence.length >= t.overdueColumnsVeto, `${evidence.length} 个栏目应更新未更新（${t.overdueColumnsVeto} 个及以上单项否决）`)
}

/** Columns without any published item; veto from `emptyColumnsVeto` on. */
export function emptyColumns(input: UnitInput, t: MonitoringThresholds): Finding[] {
  if (!input.unit.hasSite) return []
  const evidence = input.columns.filter((c) => c.count === 0).map((c) => ({ label: c.title, detail: '栏目没有已发布的信息', adminPath: c.adminPath }))
  return finding('empty-columns', evidence, evidence.length >= t.emptyColumnsVeto, `${evidence.length} 个空白栏目（${t.emptyColumnsVeto} 个及以上单项否决）`)
}

/** A site without a mailbox has no online consultation channel → veto. */
export function noConsultation(input: UnitInput): Finding[] {
  if (!input.unit.hasSite || input.unit.mailbox) return []
  const evidence = [{ label: input.unit.name, detail: '未开设领导信箱（在线咨询渠道）', adminPath: `/collections/tenants/${input.unit.id}` }]
  return finding('no-consultation', evidence, true, '没有在线咨询渠道')
}

/** A valid letter received within the look-back year, still unanswered after `letterUnansweredDays` → veto. */
export function lettersUnanswered(input: UnitInput, t: MonitoringThresholds, now: Date): Finding[] {
  const evidence = input.letters
    .filter((l) => openLetterStatuses.includes(l.status))
    .filter((l) => ageDays(l.receivedAt, now) <= t.letterLookbackDays && ageDays(l.receivedAt, now) > t.letterUnansweredDays)
    .map((l) => ({ label: `${l.trackingCode} ${l.subject}`, detail: `${day(l.receivedAt)} 收到，已 ${ageDays(l.receivedAt, now)} 天未答复`, adminPath: `/collections/letters/${l.id}` }))
  return finding('letters-unanswered', evidence, true, `${evidence.length} 件留言超过 ${t.letterUnansweredDays} 天未答复`)
}

/** Applications still open past their statutory due day (China date). Not a veto; scored. */
export function requestsOverdue(input: UnitInput, now: Date): Finding[] {
  const today = day(now.toISOString())
  const evidence = input.requests
    .filter((r) => isRequestOpen(r.status) && r.due && today > r.due)
    .map((r) => ({ label: r.trackingCode, detail: `答复期限 ${r.due}，已逾期`, adminPath: `/collections/requests/${r.id}` }))
  return finding('requests-overdue', evidence, false, `${evidence.length} 件依申请公开申请逾期`)
}

/** Published disclosure items without the fields the catalogue requires. */
export function metadataMissing(input: UnitInput, t: MonitoringThresholds): Finding[] {
  const evidence = input.items.flatMap((i) => {
    if (i.collection !== 'disclosures') return []
    const missing = t.requiredMetadata.filter((f) => !String(i[f] ?? '').trim())
    return missing.length ? [{ label: i.title, detail: `缺少${missing.map((f) => requiredFieldLabels[f]).join('、')}`, adminPath: itemPath(i) }] : []
  })
  return finding('metadata-missing', evidence, false, `${evidence.length} 条信息要素不全`)
}

/** Items whose 失效/废止日期 has passed but still say 有效. */
export function validityOutdated(input: UnitInput, now: Date): Finding[] {
  const evidence = input.items
    .filter((i) => i.validity === 'valid' && i.validUntil && new Date(i.validUntil).getTime() < now.getTime())
    .map((i) => ({ label: i.title, detail: `失效日期 ${day(i.validUntil!)} 已过，仍标注有效`, adminPath: itemPath(i) }))
  return finding('validity-outdated', evidence, false, `${evidence.length} 条信息已过有效期仍标注有效`)
}

/**
 * 伪造发稿日期: a publication date in the future (scheduled publishing goes through the jobs queue, so a
 * published item never legitimately carries one) or earlier than the day the document was written.
 */
export function forgedDate(input: UnitInput, now: Date): Finding[] {
  const evidence = input.items.flatMap((i) => {
    if (!i.publishedAt) return []
    if (new Date(i.publishedAt).getTime() > now.getTime()) return [{ label: i.title, detail: `发布日期 ${day(i.publishedAt)} 晚于当前时间`, adminPath: itemPath(i) }]
    if (i.writtenAt && day(i.writtenAt) > day(i.publishedAt)) return [{ label: i.title, detail: `发布日期 ${day(i.publishedAt)} 早于成文日期 ${day(i.writtenAt)}`, adminPath: itemPath(i) }]
    return []
  })
  return finding('forged-date', evidence, true, `${evidence.length} 条信息发布日期异常`)
}

export function brokenLinks(input: UnitInput): Finding[] {
  const evidence = input.items.flatMap((i) => (i.brokenLinks ?? []).map((href) => ({ label: i.title, detail: `链接 ${href} 无法打开`, adminPath: itemPath(i) })))
  return finding('broken-links', evidence, false, `${evidence.length} 个正文链接失效`)
}

export function missingFiles(input: UnitInput): Finding[] {
  const evidence = input.items.flatMap((i) => (i.missingFiles ?? []).map((file) => ({ label: i.title, detail: `附件或图片 ${file} 已不存在`, adminPath: itemPath(i) })))
  return finding('missing-files', evidence, false, `${evidence.length} 个附件或图片缺失`)
}

/** Sampled pages (home, catalogue, newest item) failing the static accessibility checks: one finding line per page. */
export function inaccessiblePages(input: UnitInput): Finding[] {
  const evidence = (input.pages ?? []).filter((p) => p.problems.length).map((p) => ({
    label: p.path, adminPath: p.adminPath,
    detail: p.problems.map((x) => `${problemLabels[x.problem]}${x.count > 1 ? ` ×${x.count}` : ''}`).join('；'),
  }))
  return finding('inaccessible-pages', evidence, false, `${evidence.length} 个抽查页面存在无障碍问题`)
}

/** Every rule over one unit, in the order of the inspection's table. */
export function checkUnit(input: UnitInput, t: MonitoringThresholds, now: Date): Finding[] {
  return [
    ...homeStale(input, t, now), ...staleColumns(input, t, now), ...overdueColumns(input, t, now), ...emptyColumns(input, t),
    ...noConsultation(input), ...lettersUnanswered(input, t, now), ...requestsOverdue(input, now),
    ...metadataMissing(input, t), ...validityOutdated(input, now), ...forgedDate(input, now), ...brokenLinks(input), ...missingFiles(input),
    ...inaccessiblePages(input),
  ]
}
