import { describe, expect, it } from 'vitest'
import { searchEntryOf } from '../../src/search/entry'
import { checkSearchParams, exactLookup, normalizeDocumentNumber } from '../../src/search/params'
import { compareRelevance } from '../../src/search/relevance'
import { addTerms, indexTokens, queryTokens, requiredTokens } from '../../src/search/segment'
import { highlight, snippet } from '../../src/search/snippet'
import { paragraphsToLexical } from '../../src/content/lexical'

describe('search rules', () => {
  it('segments government phrases, keeping the group’s own terms whole', () => {
    expect(queryTokens('郴州市人口和计划生育局')).not.toContain('郴州市人口和计划生育局')
    addTerms(['郴州市人口和计划生育局', '行政事业性收费'])
    expect(queryTokens('郴州市人口和计划生育局')).toEqual(['郴州市人口和计划生育局'])
    expect(queryTokens('行政事业性收费标准')).toEqual(['行政事业性收费', '标准'])
    // The index holds the whole term and the words inside it, so shorter queries find it.
    const tokens = indexTokens('郴州市人口和计划生育局关于电子政务外网建设的通知')
    for (const t of ['郴州市人口和计划生育局', '计划生育', '电子政务', '外网', '建设', '通知']) expect(tokens).toContain(t)
    expect(tokens).not.toContain('的')
    expect(queryTokens('关于 预算公开 的')).toEqual(['预算', '公开'])
    expect(queryTokens('政务外网')).toEqual(['政务', '外网'])
    expect(queryTokens('😀 ** ""')).toEqual([])
    // A query cut mid-word keeps its whole words as the required ones.
    expect(requiredTokens(queryTokens('中小学课'))).toEqual(['中小学'])
    expect(requiredTokens(['税', '费'])).toEqual(['税', '费'])
  })

  it('checks parameters and refuses bad ones in Chinese and English', () => {
    expect(checkSearchParams({ q: '  预算  公开 ', page: '2', year: '2010' })).toMatchObject({ q: '预算 公开', page: 2, year: 2010, sort: 'relevance', limit: 10 })
    for (const bad of [{ q: '' }, { q: 'x'.repeat(101) }, { q: 'a', page: '0' }, { q: 'a', sort: 'x' }, { q: 'a', kind: 'users' }, { q: 'a', site: 'A B' }, { q: 'a', year: '1800' }, { q: 'a', validity: 'maybe' }]) {
      expect(() => checkSearchParams(bad), JSON.stringify(bad)).toThrow(/ \/ /)
    }
  })

  it('recognises index numbers and 文号 for exact lookup', () => {
    expect(exactLookup('431010374/2010-00001')).toEqual({ field: 'indexNumber', value: '431010374/2010-00001' })
    expect(exactLookup('郴政发[2010]12号')).toEqual({ field: 'documentNumber', value: '郴政发〔2010〕12号' })
    expect(exactLookup('郴政办函（2021）3号')).toEqual({ field: 'documentNumber', value: '郴政办函〔2021〕3号' })
    expect(exactLookup('预算公开')).toBeNull()
    expect(normalizeDocumentNumber('郴政发 【2010】 12号')).toBe('郴政发〔2010〕12号')
  })

  it('ranks title hits first, then valid before repealed, then score', () => {
    const rows = [
      { id: 'body-valid', titleHits: 0, validity: 'valid' as const, score: 9, publishedAt: '2020' },
      { id: 'title-repealed', titleHits: 1, validity: 'repealed' as const, score: 1, publishedAt: '2020' },
      { id: 'title-valid', titleHits: 1, validity: 'valid' as const, score: 1, publishedAt: '2019' },
      { id: 'body-repealed', titleHits: 0, validity: 'repealed' as const, score: 20, publishedAt: '2021' },
    ]
    expect(rows.sort(compareRelevance).map((r) => r.id)).toEqual(['title-valid', 'title-repealed', 'body-valid', 'body-repealed'])
  })

  it('highlights hits and cuts a snippet around them', () => {
    expect(highlight('预算公开与决算公开', ['公开'])).toEqual([
      { text: '预算', hit: false }, { text: '公开', hit: true }, { text: '与决算', hit: false }, { text: '公开', hit: true },
    ])
    const text = `${'前'.repeat(200)}政务外网${'后'.repeat(200)}`
    const parts = snippet(text, ['外网'], 60)
    expect(parts[0].text).toBe('…')
    expect(parts.find((p) => p.hit)?.text).toBe('外网')
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(62)
    expect(snippet('没有命中', ['外网'])).toEqual([{ text: '没有命中', hit: false }])
  })

  it('builds an entry with the column path, the normalised 文号 and the body text', () => {
    const entry = searchEntryOf('disclosures', {
      id: 7, tenant: { id: 3 }, title: '关于预算公开的通知', documentNumber: '郴财发[2010]5号', issuer: '市财政局',
      body: paragraphsToLexical(['正文第一段。']), validity: 'repealed', publishedAt: '2010-12-31T17:00:00.000Z',
    }, { keys: ['mandatory', 'mandatory-budget'], title: '财政预决算' })
    expect(entry).toMatchObject({ key: 'disclosures:7', unit: '3', columns: 'mandatory mandatory-budget', documentNumber: '郴财发〔2010〕5号', validity: 'repealed', year: 2011, live: true })
    expect(entry.body).toContain('正文第一段')
    expect(entry.bodyTokens.split(' ')).toContain('财政局')
  })
})
