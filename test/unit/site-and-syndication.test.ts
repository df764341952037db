import { describe, expect, it } from 'vitest'
import { etagOf, isNotModified, signPreview, verifyPreview } from '../../src/site/http-cache'
import { formatBytes, formatDate, safeHref } from '../../src/site/format'
import { matchPage, pageNumber, resolveSite, type SiteUnit } from '../../src/site/routing'
import { adoptionStatistics, checkDecision, followOriginal, SubmissionError } from '../../src/syndication/submission-rules'

const units: SiteUnit[] = [
  { id: 1, slug: 'portal', kind: 'hub', name: '市政府', shortName: '市政府', hasSubSite: true, domains: ['www.czs.gov.cn'] },
  { id: 2, slug: 'fgw', kind: 'department', name: '市发改委', shortName: '发改委', hasSubSite: true, domains: ['fgw.czs.gov.cn'] },
]

describe('site routing', () => {
  it('picks the unit by host, by /sites/<slug>/, and falls back to the hub', () => {
    expect(resolveSite('FGW.czs.gov.cn:443', '/xxgk', units)).toMatchObject({ unit: { slug: 'fgw' }, base: '', path: '/xxgk' })
    expect(resolveSite('localhost:3000', '/sites/fgw/xxgk/12', units)).toMatchObject({ unit: { slug: 'fgw' }, base: '/sites/fgw', path: '/xxgk/12' })
    expect(resolveSite('localhost', '/sites/fgw', units)?.path).toBe('/')
    expect(resolveSite('elsewhere.example', '/', units)?.unit.slug).toBe('portal')
    expect(resolveSite('localhost', '/sites/nobody/', units)).toBeNull()
  })

  it('matches page paths strictly', () => {
    expect(matchPage('/xxgk/c/mandatory-policy/feed.xml')).toEqual({ kind: 'feed', column: 'mandatory-policy' })
    expect(matchPage('/news/unknown')).toBeNull()
    expect(matchPage('/xxgk/../etc')).toBeNull()
    expect(matchPage('/xxgk/units/county')).toEqual({ kind: 'unit-catalogue', scope: 'county' })
    expect([pageNumber(undefined), pageNumber('3'), pageNumber('0'), pageNumber('2.5'), pageNumber('1001')]).toEqual([1, 3, null, null, null])
  })
})

describe('HTTP validators and preview signatures', () => {
  it('answers 304 on a matching ETag or an unchanged date', () => {
    const etag = etagOf('<p>页面</p>')
    const at = new Date('2026-11-25T08:00:00.500Z')
    expect(isNotModified({ ifNoneMatch: etag }, etag, at)).toBe(true)
    expect(isNotModified({ ifNoneMatch: `"x", ${etag.replace('W/', '')}` }, etag, at)).toBe(true)
    expect(isNotModified({ ifNoneMatch: '"other"', ifModifiedSince: at.toUTCString() }, etag, at)).toBe(false)
    expect(isNotModified({ ifModifiedSince: at.toUTCString() }, etag, at)).toBe(true)
    expect(isNotModified({ ifModifiedSince: 'garbage' }, etag, at)).toBe(false)
  })

  it('accepts only an unexpired signature for the same item', () => {
    const target = { collection: 'disclosures' as const, id: '7' }
    const qs = new URLSearchParams(signPreview('s3cret', target, 2_000_000_000))
    expect(verifyPreview('s3cret', target, qs.get('exp'), qs.get('sig'), 1_900_000_000_000)).toBe(true)
    expect(verifyPreview('s3cret', { ...target, id: '8' }, qs.get('exp'), qs.get('sig'), 1_900_000_000_000)).toBe(false)
    expect(verifyPreview('other', target, qs.get('exp'), qs.get('sig'), 1_900_000_000_000)).toBe(false)
    expect(verifyPreview('s3cret', target, qs.get('exp'), qs.get('sig'), 2_100_000_000_000)).toBe(false)
    expect(verifyPreview('s3cret', target, '2000000001', qs.get('sig'), 1_900_000_000_000)).toBe(false)
  })

  it('formats for readers and keeps unsafe links out', () => {
    expect(formatDate('2010-12-31T17:00:00Z')).toBe('2011-01-01') // China time
    expect(formatDate('2010-12-31T15:59:59.999Z')).toBe('2010-12-31')
    expect(formatDate(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01')
    expect(formatDate('1990-07-01T15:30:00Z')).toBe('1990-07-02') // summer time, UTC+9 then
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref('//evil.example')).toBeUndefined()
    expect(safeHref('https://www.gov.cn/')).toBe('https://www.gov.cn/')
  })
})

describe('curated submission rules', () => {
  it('decides pending items, needs a reason to decline, and leaves retracted ones alone', () => {
    expect(checkDecision('pending', 'adopted')).toBe('adopted')
    expect(checkDecision('adopted', 'declined', '重复')).toBe('declined')
    expect(() => checkDecision('pending', 'declined', ' ')).toThrow(SubmissionError)
    expect(() => checkDecision('retracted', 'adopted')).toThrow(/撤回/)
    expect(() => checkDecision('pending', 'retracted')).toThrow(/采用/)
  })

  it('follows the original: submit on publish, retract on unpublish, resubmit on republish', () => {
    expect(followOriginal(null, true, true)).toBe('create')
    expect(followOriginal(null, true, false)).toBeNull()
    expect(followOriginal('adopted', false, true)).toBe('retracted')
    expect(followOriginal('declined', false, true)).toBeNull()
    expect(followOriginal('retracted', true, true)).toBe('pending')
  })

  it('counts per unit within the period, with the adoption rate over decided items', () => {
    const rows = adoptionStatistics([
      { unit: 'a', status: 'adopted', submittedAt: '2026-03-01T00:00:00Z' },
      { unit: 'a', status: 'declined', submittedAt: '2026-03-02T00:00:00Z' },
      { unit: 'a', status: 'pending', submittedAt: '2026-03-03T00:00:00Z' },
      { unit: 'b', status: 'retracted', submittedAt: '2026-03-01T00:00:00Z' },
      { unit: 'a', status: 'adopted', submittedAt: '2025-01-01T00:00:00Z' },
    ], new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T23:59:59Z'))
    expect(rows).toEqual([
      { unit: 'a', submitted: 3, adopted: 1, declined: 1, pending: 1, retracted: 0, adoptionRate: 0.5 },
      { unit: 'b', submitted: 1, adopted: 0, declined: 0, pending: 0, retracted: 1, adoptionRate: null },
    ])
  })
})
