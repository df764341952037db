import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../src/content/lexical'
import { signPreview } from '../../src/site/http-cache'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string
const xml = new XMLParser({ ignoreAttributes: false })

describe('public sites (visitors)', () => {
  let ctx: TestContext
  let dept: { id: ID; slug: string; domain: string; name: string }
  let hubDomain: string
  let policy: ID
  const site = (path: string) => `/sites/${dept.slug}${path}`
  const publish = async <C extends 'articles' | 'disclosures'>(collection: C, data: Record<string, unknown>, tenant: ID = dept.id) =>
    ctx.payload.create({ collection, data: { tenant, _status: 'published', ...data } as never })

  beforeAll(async () => {
    ctx = await useTestContext()
    const d = await ctx.payload.findByID({ collection: 'tenants', id: await ctx.tenantId('department'), depth: 0 })
    const h = await ctx.payload.findByID({ collection: 'tenants', id: await ctx.tenantId('hub'), depth: 0 })
    dept = { id: d.id, slug: String(d.slug), domain: (d.domains as { domain: string }[])[0].domain, name: String(d.name) }
    hubDomain = (h.domains as { domain: string }[])[0].domain
    policy = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } } })).docs[0].id
  })

  it('routes by host (unknown host → hub) and by /sites/<slug>/', async () => {
    const hub = await ctx.api().get('/').set('Host', 'unknown.example')
    expect(hub.status).toBe(200)
    expect(hub.text).toContain('<html lang="zh-CN">')
    expect(hub.text).toContain('部门和区县网站')
    expect((await ctx.api().get('/').set('Host', hubDomain)).text).toContain('部门和区县网站')
    const byHost = await ctx.api().get('/').set('Host', dept.domain)
    const byPath = await ctx.api().get(site('/'))
    expect(byHost.status).toBe(200)
    expect(byPath.status).toBe(200)
    expect(byHost.text).not.toContain('部门和区县网站')
    expect(byPath.text).toContain(`href="/sites/${dept.slug}/xxgk"`)
    const missing = await ctx.api().get('/sites/no-such-unit/')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('页面不存在')
  })

  it('serves every page type of a sub-site', async () => {
    const article = await publish('articles', { title: '发改委召开项目调度会', slug: 'project-meeting', category: 'news', body: paragraphsToLexical(['会议要求加快项目建设。']) })
    const item = await publish('disclosures', { title: '关于价格监测的通知', column: policy, issuer: '市发改委', documentNumber: '郴发改〔2026〕1号' })
    const pages: [string, string][] = [
      ['/news/news', '发改委召开项目调度会'],
      ['/articles/project-meeting', '会议要求加快项目建设。'],
      ['/xxgk', '关于价格监测的通知'],
      ['/xxgk/c/mandatory-policy', '关于价格监测的通知'],
      ['/xxgk/c/mandatory', '关于价格监测的通知'],
      [`/xxgk/${item.id}`, '郴发改〔2026〕1号'],
      ['/xxgk/guide', '政府信息公开指南'],
      ['/sitemap', '网站地图'],
    ]
    for (const [path, text] of pages) {
      const res = await ctx.api().get(site(path))
      expect(res.status, path).toBe(200)
      expect(res.text, path).toContain(text)
      expect(res.text, path).toMatch(/网站标识码|党政机关/)
    }
    const detail = await ctx.api().get(site(`/xxgk/${item.id}`))
    expect(detail.text).toContain(String(item.indexNumber))
    const lookup = await ctx.api().get(site(`/xxgk/lookup?indexNumber=${encodeURIComponent(String(item.indexNumber))}`))
    expect(lookup.status).toBe(302)
    expect(lookup.headers.location).toBe(site(`/xxgk/${item.id}`))
    expect((await ctx.api().get(site('/xxgk/lookup?indexNumber=NOPE/2026-1'))).status).toBe(404)
    void article
  })

  it('shows the hub the units’ items without copies, and links them to their own site', async () => {
    const item = await publish('disclosures', { title: '部门汇聚测试条目', column: policy, issuer: '市发改委' })
    const home = await ctx.api().get('/')
    expect(home.text).toContain('部门汇聚测试条目')
    const list = await ctx.api().get(`/xxgk/units/department?unit=${dept.slug}`)
    expect(list.status).toBe(200)
    expect(list.text).toContain(`/sites/${dept.slug}/xxgk/${item.id}`)
    expect((await ctx.api().get('/xxgk/units/department?unit=nobody')).status).toBe(400)
    expect((await ctx.api().get(site('/xxgk/units/department'))).status).toBe(404) // the aggregate lives on the hub only
  })

  it('never shows drafts; an unpublished item answers 410, an unknown one 404', async () => {
    const draft = await ctx.payload.create({ collection: 'articles', draft: true, data: { tenant: dept.id, title: '草稿不可见', slug: 'draft-only', category: 'news', _status: 'draft' } as never })
    expect((await ctx.api().get(site('/articles/draft-only'))).status).toBe(404)
    expect((await ctx.api().get(site('/news/news'))).text).not.toContain('草稿不可见')
    const item = await publish('disclosures', { title: '将被撤回的条目', column: policy, issuer: '市发改委' })
    expect((await ctx.api().get(site(`/xxgk/${item.id}`))).status).toBe(200)
    await ctx.payload.update({ collection: 'disclosures', id: item.id, data: { _status: 'draft' } as never })
    const gone = await ctx.api().get(site(`/xxgk/${item.id}`))
    expect(gone.status).toBe(410)
    expect(gone.text).toContain('信息已撤销')
    expect((await ctx.api().get(site('/xxgk/99999999'))).status).toBe(404)
    void draft
  })

  it('answers 304 to a repeated request and sends CDN-friendly, secure headers', async () => {
    const first = await ctx.api().get(site('/xxgk')).set('Accept-Encoding', 'gzip')
    expect(first.headers['cache-control']).toMatch(/s-maxage=\d+/)
    expect(first.headers['cache-control']).toMatch(/stale-while-revalidate=\d+/)
    expect(first.headers['content-encoding']).toBe('gzip')
    expect(first.headers['content-security-policy']).toContain("script-src 'none'")
    expect(first.headers['x-content-type-options']).toBe('nosniff')
    const again = await ctx.api().get(site('/xxgk')).set('If-None-Match', first.headers.etag)
    // A page rendered anew in between (a purge) must come out the same: show where it did not.
    const at = [...first.text].findIndex((c, i) => c !== again.text[i])
    const shown = (text: string) => text.slice(Math.max(0, at - 80), at + 120)
    expect(again.status, at < 0 ? 'same body, new validator' : `re-rendered differently: …${shown(first.text)}… / …${shown(again.text)}…`).toBe(304)
    const since = await ctx.api().get(site('/xxgk')).set('If-Modified-Since', first.headers['last-modified'])
    expect(since.status).toBe(304)
  })

  it('compresses a page once, in the encoding the visitor prefers, and sends the same bytes on every hit', async () => {
    const raw = (encoding: string) => ctx.api().get(site('/xxgk')).set('Accept-Encoding', encoding).buffer(true)
      .parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))) })
    const plain = await raw('identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    const html = (plain.body as Buffer).toString('utf8')
    expect(html).toContain('政府信息公开')
    // supertest decodes the body; the length on the wire is in Content-Length.
    const [br, brAgain, gzip] = [await raw('gzip, deflate, br'), await raw('br'), await raw('gzip')]
    expect(br.headers['content-encoding']).toBe('br')
    expect((br.body as Buffer).toString('utf8')).toBe(html)
    expect(Number(br.headers['content-length'])).toBeLessThan(Buffer.byteLength(html) / 3)
    expect(brAgain.headers['content-length']).toBe(br.headers['content-length'])
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect((gzip.body as Buffer).toString('utf8')).toBe(html)
    expect(br.headers.vary).toContain('Accept-Encoding')
  })

  it('purges exactly the pages a publish changes: the unit’s site and the hub', async () => {
    await ctx.api().get(site('/xxgk'))
    expect((await ctx.api().get(site('/xxgk'))).headers['x-cache']).toBe('HIT')
    const county = await ctx.tenantId('county')
    await ctx.api().get(`/sites/${(await ctx.payload.findByID({ collection: 'tenants', id: county })).slug}/xxgk`)
    await publish('disclosures', { title: '新发布立即可见', column: policy, issuer: '市发改委' })
    const after = await ctx.api().get(site('/xxgk'))
    expect(after.headers['x-cache']).toBe('MISS')
    expect(after.text).toContain('新发布立即可见')
    expect((await ctx.api().get('/')).text).toContain('新发布立即可见')
    const countySlug = (await ctx.payload.findByID({ collection: 'tenants', id: county })).slug
    expect((await ctx.api().get(`/sites/${countySlug}/xxgk`)).headers['x-cache']).toBe('HIT') // another unit's pages stay cached
  })

  it('publishes valid RSS per site and per column, a sitemap and robots.txt', async () => {
    await publish('articles', { title: 'RSS 测试文章', slug: 'rss-test', category: 'notice' })
    for (const path of ['/feed.xml', '/news/notice/feed.xml', '/xxgk/c/mandatory-policy/feed.xml']) {
      const res = await ctx.api().get(site(path))
      expect(res.status, path).toBe(200)
      expect(res.headers['content-type']).toContain('application/rss+xml')
      const doc = xml.parse(res.text)
      expect(doc.rss.channel.title, path).toContain(dept.name)
      expect(doc.rss.channel.language).toBe('zh-CN')
    }
    const notices = xml.parse((await ctx.api().get(site('/news/notice/feed.xml'))).text)
    const items = [notices.rss.channel.item].flat()
    expect(items.some((i: { title: string; link: string }) => i.title === 'RSS 测试文章' && i.link.endsWith(site('/articles/rss-test')))).toBe(true)
    const map = xml.parse((await ctx.api().get(site('/sitemap.xml'))).text)
    const urls = [map.urlset.url].flat().map((u: { loc: string }) => u.loc)
    expect(urls.some((u: string) => u.endsWith(site('/articles/rss-test')))).toBe(true)
    expect(urls.every((u: string) => u.startsWith('http'))).toBe(true)
    const robots = await ctx.api().get(site('/robots.txt'))
    expect(robots.text).toContain('Disallow: /admin')
    expect(robots.text).toMatch(/Sitemap: http.*\/sitemap\.xml/)
  })

  it('escapes hostile titles and drops script links from rich text', async () => {
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [{ type: 'text', text: '点我' }] }, { type: 'text', text: '<img src=x onerror=alert(2)>' }] }] } }
    await publish('articles', { title: '<script>alert("x")</script>标题', slug: 'hostile', category: 'news', body })
    const res = await ctx.api().get(site('/articles/hostile'))
    expect(res.status).toBe(200)
    expect(res.text).not.toContain('<script>alert')
    expect(res.text).toContain('&lt;script&gt;')
    expect(res.text).not.toContain('javascript:')
    expect(res.text).not.toContain('<img src=x')
  })

  it('shows a draft through a signed preview link only', async () => {
    const draft = await ctx.payload.create({ collection: 'disclosures', draft: true, data: { tenant: dept.id, title: '预览中的草稿', column: policy, issuer: '市发改委', _status: 'draft' } as never })
    const target = { collection: 'disclosures' as const, id: String(draft.id) }
    const good = signPreview(ctx.payload.secret, target, Math.floor(Date.now() / 1000) + 600)
    const ok = await ctx.api().get(site(`/preview/disclosures/${draft.id}?${good}`))
    expect(ok.status).toBe(200)
    expect(ok.text).toContain('预览中的草稿')
    expect(ok.headers['cache-control']).toContain('no-store')
    expect((await ctx.api().get(site(`/preview/disclosures/${draft.id}`))).status).toBe(404)
    expect((await ctx.api().get(site(`/preview/disclosures/${draft.id}?${good.replace(/sig=(.)/, (_, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`)}`))).status).toBe(404)
    const expired = signPreview(ctx.payload.secret, target, Math.floor(Date.now() / 1000) - 1)
    expect((await ctx.api().get(site(`/preview/disclosures/${draft.id}?${expired}`))).status).toBe(404)
    const county = await ctx.payload.findByID({ collection: 'tenants', id: await ctx.tenantId('county') })
    expect((await ctx.api().get(`/sites/${county.slug}/preview/disclosures/${draft.id}?${good}`)).status).toBe(404)
  })

  it('answers bad parameters with a Chinese 400 page, never a 500', async () => {
    for (const path of ['/xxgk?page=abc', '/xxgk?page=0', '/xxgk?year=99999', '/news/news?page=1.5', '/xxgk/lookup', '/xxgk/lookup?indexNumber=' + 'x'.repeat(200)]) {
      const res = await ctx.api().get(site(path))
      expect(res.status, path).toBe(400)
      expect(res.text).toContain('请求有误')
    }
    expect((await ctx.api().get(site('/news/unknown'))).status).toBe(404)
    expect((await ctx.api().get(site('/xxgk/c/no-such-column'))).status).toBe(404)
  })
})
