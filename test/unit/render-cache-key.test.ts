import { describe, expect, it } from 'vitest'
import { pageCacheKey } from '../../src/site/render-cache'

describe('page cache key', () => {
  const key = (query: string) => pageCacheKey(3, 'path|/sites/fgw/news/news', new URLSearchParams(query))
  it('keeps the parameters pages read, in a fixed order', () => {
    expect(key('page=2&year=2010')).toBe(key('year=2010&page=2'))
    expect(key('page=2')).not.toBe(key('page=3'))
    expect(key('indexNumber=431010374%2F2010-00001')).toContain('indexNumber=431010374%2F2010-00001')
  })
  it('ignores any other parameter, so a cache-buster cannot force a fresh render', () => {
    expect(key('page=2&x=1')).toBe(key('page=2'))
    expect(key('utm_source=a&nonce=123')).toBe(key(''))
  })
})
