import { describe, expect, it } from 'vitest'
import { newFindingsMail } from '../../src/mail/monitoring-templates'
import { bodyReferences, internalPath } from '../../src/monitoring/body-references'
import { buildReport, findingKeys } from '../../src/monitoring/report'
import {
  brokenLinks, checkUnit, emptyColumns, forgedDate, homeStale, lettersUnanswered, metadataMissing, missingFiles, noConsultation,
  overdueColumns, requestsOverdue, staleColumns, validityOutdated, type ColumnInput, type ItemInput, type UnitInput,
} from '../../src/monitoring/rules'
import { defaultDeductions, rankUnits, scoreUnit } from '../../src/monitoring/scoring'
import { defaultThresholds as t, withThresholds } from '../../src/monitoring/thresholds'

const now = new Date('2026-06-30T04:00:00Z')
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString()

const column = (key: string, kind: ColumnInput['kind'], age: number | null, maxAgeDays: number | null = null): ColumnInput => ({
  key, title: key, source: kind === 'disclosure' ? 'disclosures' : 'articles', kind, maxAgeDays,
  latest: age === null ? null : daysAgo(age), count: age === null ? 0 : 3, adminPath: `/collections/x?c=${key}`,
})
const unit = (over: Partial<UnitInput> = {}): UnitInput => ({
  unit: { id: 7, slug: 'fgw', name: '市发改委', kind: 'department', hasSite: true, mailbox: true },
  columns: [column('headline', 'news', 1, 14), column('news', 'news', 2, 14), column('notice', 'notice', 10, 180)],
  letters: [], requests: [], items: [], ...over,
})
const item = (over: Partial<ItemInput> = {}): ItemInput => ({
  collection: 'disclosures', id: 1, title: '关于印发某办法的通知', indexNumber: '431/2026-00001', issuer: '市发改委',
  publishedAt: daysAgo(3), writtenAt: daysAgo(5), validity: 'valid', validUntil: null, ...over,
})
const fresh = (n: number) => Array.from({ length: n }, (_, i) => column(`fresh-${i}`, 'disclosure', 5))

describe('monitoring rules at their thresholds', () => {
  it('a healthy unit has no findings', () => {
    expect(checkUnit(unit(), t, now)).toEqual([])
  })

  it('home page: 14 days pass, 15 fail (veto); a unit without a site is not checked', () => {
    const at = (age: number) => unit({ columns: [column('news', 'news', age, 14), column('policy', 'disclosure', age + 30)] })
    expect(homeStale(at(14), t, now)).toEqual([])
    const [f] = homeStale(at(15), t, now)
    expect(f).toMatchObject({ rule: 'home-stale', veto: true, count: 1 })
    expect(f.evidence[0].detail).toContain('15 天')
    expect(homeStale({ ...at(400), unit: { ...at(400).unit, hasSite: false } }, t, now)).toEqual([])
    expect(homeStale(unit({ columns: [column('news', 'news', null)] }), t, now)[0].veto).toBe(true)
  })

  it('stale columns: news past 14 days and notices/policies past 180 days, 4 do not veto, 5 do', () => {
    const four = [column('headline', 'news', 15), column('news', 'news', 20), column('notice', 'notice', 181), column('mandatory-policy', 'disclosure', 200)]
    const [f4] = staleColumns(unit({ columns: [...four, column('notice2', 'notice', 180), column('mandatory-planning', 'disclosure', 300)] }), t, now)
    expect(f4).toMatchObject({ count: 4, veto: false })
    expect(f4.evidence.map((e) => e.label)).toEqual(['headline', 'news', 'notice', 'mandatory-policy'])
    const [f5] = staleColumns(unit({ columns: [...four, column('news2', 'news', 15)] }), t, now)
    expect(f5).toMatchObject({ count: 5, veto: true })
    expect(staleColumns(unit({ columns: [...four, column('news2', 'news', 15)] }), withThresholds({ staleColumnsVeto: 6 }), now)[0].veto).toBe(false)
  })

  it('columns past their own rule: 9 pass, 10 veto', () => {
    const late = (n: number) => Array.from({ length: n }, (_, i) => column(`c${i}`, 'disclosure', 200, 180))
    expect(overdueColumns(unit({ columns: [...late(9), column('ok', 'disclosure', 179, 180), column('norule', 'disclosure', 900)] }), t, now)[0]).toMatchObject({ count: 9, veto: false })
    expect(overdueColumns(unit({ columns: late(10) }), t, now)[0]).toMatchObject({ count: 10, veto: true })
  })

  it('empty columns: 4 pass, 5 fail', () => {
    const empty = (n: number) => Array.from({ length: n }, (_, i) => column(`e${i}`, 'disclosure', null))
    expect(emptyColumns(unit({ columns: [...fresh(3), ...empty(4)] }), t)[0]).toMatchObject({ count: 4, veto: false })
    expect(emptyColumns(unit({ columns: [...fresh(3), ...empty(5)] }), t)[0]).toMatchObject({ count: 5, veto: true })
    expect(emptyColumns(unit({ columns: empty(5) }), withThresholds({ emptyColumnsVeto: 8 }), )[0].veto).toBe(false)
  })

  it('no consultation channel: a site without a mailbox is vetoed', () => {
    expect(noConsultation(unit())).toEqual([])
    expect(noConsultation(unit({ unit: { ...unit().unit, mailbox: false } }))[0]).toMatchObject({ veto: true, evidence: [{ adminPath: '/collections/tenants/7' }] })
  })

  it('letters: open and older than 90 days within the last year veto; answered, rejected, 90 days or over a year do not', () => {
    const letter = (age: number, status: 'accepted' | 'replied' | 'rejected' | 'received' = 'accepted') => ({ id: age, trackingCode: `XX${age}`, subject: '问', status, receivedAt: daysAgo(age) })
    expect(lettersUnanswered(unit({ letters: [letter(90), letter(120, 'replied'), letter(150, 'rejected'), letter(366)] }), t, now)).toEqual([])
    const [f] = lettersUnanswered(unit({ letters: [letter(91, 'received'), letter(300)] }), t, now)
    expect(f).toMatchObject({ veto: true, count: 2 })
    expect(f.evidence[0].adminPath).toBe('/collections/letters/91')
  })

  it('applications: open past their due day (China date) are scored, not vetoed', () => {
    const r = (due: string, status: 'registered' | 'answered' = 'registered') => ({ id: due, trackingCode: `YS${due}`, status, due })
    // 2026-06-30T04:00Z is 12:00 on 30 June in China.
    expect(requestsOverdue(unit({ requests: [r('2026-06-30'), r('2026-06-01', 'answered')] }), now)).toEqual([])
    expect(requestsOverdue(unit({ requests: [r('2026-06-29')] }), now)[0]).toMatchObject({ veto: false, count: 1 })
  })

  it('metadata: each required field, configurable', () => {
    expect(metadataMissing(unit({ items: [item(), item({ collection: 'articles', issuer: null })] }), t)).toEqual([])
    const [f] = metadataMissing(unit({ items: [item({ indexNumber: '', writtenAt: null })] }), t)
    expect(f.evidence[0].detail).toBe('缺少索引号、成文日期')
    expect(metadataMissing(unit({ items: [item({ writtenAt: null })] }), withThresholds({ requiredMetadata: ['issuer'] }))).toEqual([])
  })

  it('validity: past its end date and still 有效', () => {
    expect(validityOutdated(unit({ items: [item({ validUntil: daysAgo(-1) }), item({ validity: 'expired', validUntil: daysAgo(10) })] }), now)).toEqual([])
    expect(validityOutdated(unit({ items: [item({ validUntil: daysAgo(1) })] }), now)[0].count).toBe(1)
  })

  it('forged dates: in the future, or before the day written', () => {
    expect(forgedDate(unit({ items: [item(), item({ writtenAt: daysAgo(3) })] }), now)).toEqual([])
    const [f] = forgedDate(unit({ items: [item({ publishedAt: daysAgo(-2) }), item({ id: 2, publishedAt: daysAgo(10), writtenAt: daysAgo(8) })] }), now)
    expect(f).toMatchObject({ veto: true, count: 2 })
    expect(f.evidence[1].detail).toContain('早于成文日期')
  })

  it('broken links and missing files list each target', () => {
    const input = unit({ items: [item({ brokenLinks: ['/xxgk/999'], missingFiles: ['a.pdf', 'b.png'] })] })
    expect(brokenLinks(input)[0]).toMatchObject({ count: 1, veto: false })
    expect(missingFiles(input)[0].count).toBe(2)
  })
})

describe('body references', () => {
  const body = { root: { children: [{ type: 'paragraph', children: [
    { type: 'link', fields: { linkType: 'custom', url: '/xxgk/12' }, children: [] },
    { type: 'autolink', fields: { url: 'https://www.czs.gov.cn/sites/fgw/articles/a-1?x=1' }, children: [] },
    { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'disclosures', value: { id: 5 } } }, children: [] },
    { type: 'link', fields: { linkType: 'internal', doc: null }, children: [] },
  ] }, { type: 'upload', relationTo: 'media', value: 9 }] } }

  it('finds links, internal documents and uploads', () => {
    const refs = bodyReferences(body)
    expect(refs.hrefs.sort()).toEqual(['/xxgk/12', 'https://www.czs.gov.cn/sites/fgw/articles/a-1?x=1'])
    expect(refs.documents).toEqual([{ collection: 'disclosures', id: 5 }])
    expect(refs.uploads).toEqual([9])
    expect(refs.empty).toBe(1)
    expect(bodyReferences(null)).toEqual({ hrefs: [], documents: [], uploads: [], empty: 0 })
  })

  it('keeps only paths inside the group', () => {
    const hosts = new Set(['www.czs.gov.cn'])
    expect(internalPath('https://www.czs.gov.cn/sites/fgw/articles/a-1?x=1', hosts)).toBe('/sites/fgw/articles/a-1')
    expect(internalPath('/xxgk/12#top', hosts)).toBe('/xxgk/12')
    expect(internalPath('https://www.gov.cn/zhengce/', hosts)).toBeUndefined()
    expect(internalPath('mailto:a@b.cn', hosts)).toBeUndefined()
    expect(internalPath('//evil.example/x', hosts)).toBeUndefined()
  })
})

describe('scoring and ranking', () => {
  it('deducts per finding up to each rule’s cap, and a veto fails whatever the score', () => {
    const input = unit({ columns: [...fresh(2), ...Array.from({ length: 7 }, (_, i) => column(`e${i}`, 'disclosure', null))], items: [item({ indexNumber: '' })] })
    const score = scoreUnit(checkUnit(input, t, now))
    expect(score.deductions).toEqual([{ rule: 'empty-columns', points: defaultDeductions['empty-columns'].max }, { rule: 'metadata-missing', points: 1 }])
    expect(score).toMatchObject({ score: 100 - 15 - 1, vetoed: true })
    expect(scoreUnit([])).toEqual({ score: 100, vetoed: false, deductions: [] })
  })

  it('ranks passing units first, then by score, sharing places', () => {
    const u = (slug: string, score: number, vetoed = false) => ({ slug, score: { score, vetoed, deductions: [] } })
    const ranked = rankUnits([u('a', 90), u('b', 100, true), u('c', 95), u('d', 90)])
    expect(ranked.map((r) => [r.entry.slug, r.rank])).toEqual([['c', 1], ['a', 2], ['d', 2], ['b', 4]])
  })

  it('builds a report with admin links and stable finding keys', () => {
    const report = buildReport([unit(), unit({ unit: { ...unit().unit, id: 8, slug: 'b', mailbox: false } })], { thresholds: t, now, adminBase: '/admin', rank: true })
    expect(report).toMatchObject({ ranked: true, vetoedUnits: 1 })
    expect(report.units.map((x) => [x.slug, x.rank])).toEqual([['fgw', 1], ['b', 2]])
    expect(report.units[1].findings[0].evidence[0].adminUrl).toBe('/admin/collections/tenants/8')
    expect(findingKeys(report.units[1])).toEqual(['no-consultation|/collections/tenants/8|市发改委'])
  })

  it('takes the group’s thresholds and ignores bad ones', () => {
    expect(withThresholds({ homeStaleDays: 7, emptyColumnsVeto: -1, newsStaleDays: 'x' })).toMatchObject({ homeStaleDays: 7, emptyColumnsVeto: 5, newsStaleDays: 14 })
  })
})

describe('the daily mail', () => {
  it('names the new findings with their links, vetoes first in the subject, escaped in HTML', () => {
    const mail = newFindingsMail({
      recipient: '市发改委 王五', unitName: '市发改委', day: '2026-06-30', score: 75, vetoed: true, monitoringUrl: 'https://x.gov.cn/admin/collections/monitoring-snapshots',
      lines: [
        { title: '首页长期未更新', veto: true, label: '首页', detail: '已 20 天未更新', adminUrl: 'https://x.gov.cn/admin/collections/articles/create' },
        { title: '正文链接失效', veto: false, label: '<b>通知</b>', detail: '链接 /xxgk/9 无法打开', adminUrl: 'https://x.gov.cn/admin/collections/articles/3' },
      ],
    })
    expect(mail.subject).toBe('【网站监测】市发改委：2 个新问题（1 个单项否决）')
    expect(mail.text).toContain('【单项否决】首页长期未更新：首页')
    expect(mail.text).toContain('https://x.gov.cn/admin/collections/articles/3')
    expect(mail.html).toContain('&lt;b&gt;通知&lt;/b&gt;')
    expect(mail.html).not.toContain('<b>通知</b>')
  })
})
