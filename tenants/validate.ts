import { isUnitKind } from '../src/tenancy/kinds'
import type { UnitSeed } from './types'

const slugPattern = /^[a-z][a-z0-9-]{1,30}$/
const unitCodePattern = /^[0-9A-Za-z]{1,32}$/
const siteCodePattern = /^[0-9A-Za-z]{10}$/
const hostPattern = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/

/**
 * Checks the site group as data before it is seeded. Returns the problems found, each as
 * '中文 / English'; an empty list means the data is fine. Pure: no Payload, no I/O.
 */
export function validateUnits(units: readonly UnitSeed[]): string[] {
  const problems: string[] = []
  const seen = {
    slug: new Map<string, string>(),
    unitCode: new Map<string, string>(),
    siteCode: new Map<string, string>(),
    domain: new Map<string, string>(),
  }
  const once = (kind: keyof typeof seen, value: string, owner: string, zh: string, en: string) => {
    const first = seen[kind].get(value)
    if (first === undefined) seen[kind].set(value, owner)
    else problems.push(`${zh}重复：${value}（${first}、${owner}） / duplicate ${en} ${value} (${first}, ${owner})`)
  }

  units.forEach((u, i) => {
    const who = u.slug || `#${i}`
    if (!slugPattern.test(u.slug)) {
      problems.push(`${who}：标识须为小写字母开头的2–31位字母、数字或连字符 / ${who}: slug must be 2–31 lowercase letters, digits or hyphens, starting with a letter`)
    }
    once('slug', u.slug, `#${i}`, '标识', 'slug')
    if (!isUnitKind(u.kind)) problems.push(`${who}：未知类型 ${String(u.kind)} / ${who}: unknown kind ${String(u.kind)}`)
    if (!unitCodePattern.test(u.unitCode)) {
      problems.push(`${who}：单位代码须为1–32位字母或数字 / ${who}: unit code must be 1–32 letters or digits`)
    } else once('unitCode', u.unitCode, who, '单位代码', 'unit code')
    if (u.siteCode !== undefined) {
      if (!siteCodePattern.test(u.siteCode)) {
        problems.push(`${who}：网站标识码须为10位字母或数字：${u.siteCode} / ${who}: website identifier must have 10 letters or digits: ${u.siteCode}`)
      }
      once('siteCode', u.siteCode, who, '网站标识码', 'website identifier')
    }
    for (const domain of u.domains) {
      if (!hostPattern.test(domain)) problems.push(`${who}：域名无效：${domain} / ${who}: invalid host name: ${domain}`)
      once('domain', domain, who, '域名', 'domain')
    }
    if (u.hasSubSite) {
      if (u.domains.length === 0) problems.push(`${who}：有子站的单位至少需要一个域名 / ${who}: a unit with a sub-site needs at least one domain`)
      if (u.siteCode === undefined) problems.push(`${who}：有子站的单位需要网站标识码 / ${who}: a unit with a sub-site needs a website identifier`)
    } else {
      if (u.domains.length > 0) problems.push(`${who}：无子站的单位不应有域名 / ${who}: a unit without a sub-site has no domains`)
      if (u.siteCode !== undefined) problems.push(`${who}：无子站的单位不应有网站标识码 / ${who}: a unit without a sub-site has no website identifier`)
    }
  })

  const hubs = units.filter((u) => u.kind === 'hub')
  if (hubs.length !== 1) {
    const names = hubs.map((u) => u.slug).join(', ') || '-'
    problems.push(`主站须有且仅有一个，现有 ${hubs.length} 个（${names}） / there must be exactly one hub, found ${hubs.length} (${names})`)
  }
  for (const hub of hubs) {
    if (!hub.hasSubSite) problems.push(`${hub.slug}：主站须有自己的站点 / ${hub.slug}: the hub must have a site of its own`)
  }
  return problems
}
