import { describe, expect, it } from 'vitest'
import { linkHostRule, safeHref } from '../../src/site/format'

describe('body links: allowed schemes and hosts, or plain text', () => {
  const hosts = linkHostRule(['www.czs.gov.cn', 'fgw.example.org'], '.partner.example, exact.example')

  it.each([
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '/\\/evil.example',
    '//evil.example/x',
    '/%0a/evil.example'.replace('%0a', '\n'),
    'java\tscript:alert(1)',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/x',
    'https://www.czs.gov.cn.evil.example/',
    'https://user:pw@www.czs.gov.cn/',
    'ftp://www.czs.gov.cn/',
    'mailto://evil.example',
    '',
  ])('%j renders as text', (raw) => {
    expect(safeHref(raw, hosts)).toBeUndefined()
  })

  it.each([
    ['/xxgk/c/guide', '/xxgk/c/guide'],
    ['/sites/fgw/articles/abc?x=1#top', '/sites/fgw/articles/abc?x=1#top'],
    ['https://www.czs.gov.cn/a', 'https://www.czs.gov.cn/a'],
    ['https://FGW.example.org/b', 'https://fgw.example.org/b'],
    ['http://www.gov.cn/', 'http://www.gov.cn/'],
    ['https://hunan.gov.cn/', 'https://hunan.gov.cn/'],
    ['https://a.partner.example/', 'https://a.partner.example/'],
    ['https://exact.example/', 'https://exact.example/'],
    ['mailto:xxgk@czs.gov.cn', 'mailto:xxgk@czs.gov.cn'],
    ['tel:0735-2222222', 'tel:0735-2222222'],
  ])('%j is followed as %j', (raw, expected) => {
    expect(safeHref(raw, hosts)).toBe(expected)
  })

  it('an unlisted subdomain of an exact entry is not allowed', () => {
    expect(safeHref('https://sub.exact.example/', hosts)).toBeUndefined()
  })
})
