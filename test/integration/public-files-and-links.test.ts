import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { samplePng } from '../helpers/isolation-matrix'

type ID = number | string

const upload = (id: ID) => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
const paragraph = (children: unknown[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', children })
const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const link = (url: string, label: string) => ({ type: 'link', fields: { url, linkType: 'custom', newTab: false }, format: '', indent: 0, version: 3, direction: 'ltr', children: [text(label)] })
const body = (nodes: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: nodes } })

/**
 * Files follow their documents: anonymous visitors fetch a file only while a published item uses
 * it. Body links that would leave the site by a trick render as text.
 */
describe('files of unpublished items, and links in bodies', () => {
  let ctx: TestContext
  let editor: Record<string, string>
  let A: ID
  let slug: string

  const fileUrl = async (id: ID) => {
    const doc = await ctx.payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0 })
    return { original: `/api/media/file/${encodeURIComponent(String(doc.filename))}`, thumbnail: `/api/media/file/${encodeURIComponent(String((doc.sizes as { thumbnail?: { filename?: string } })?.thumbnail?.filename))}` }
  }
  const uploadAsEditor = async (label: string) => {
    const res = await ctx.api().post('/api/media').set(editor).field('_payload', JSON.stringify({ alt: label })).attach('file', (await samplePng(label, 400, 300)).data, `${label}.png`)
    expect(res.status, res.text).toBe(201)
    return res.body.doc.id as ID
  }

  beforeAll(async () => {
    ctx = await useTestContext()
    A = await ctx.tenantId('department')
    slug = String((await ctx.payload.findByID({ collection: 'tenants', id: A, depth: 0 })).slug)
    editor = { Authorization: `JWT ${await ctx.login('editor.dept@demo.zhanqun.cn')}` }
  })

  it('a file is private until a published item uses it, and private again when it is unpublished', async () => {
    const id = await uploadAsEditor('draft-figure')
    const urls = await fileUrl(id)
    for (const url of [urls.original, urls.thumbnail]) expect([403, 404]).toContain((await ctx.api().get(url)).status)
    expect((await ctx.api().get(urls.original).set(editor)).status).toBe(200)

    const draft = await ctx.api().post('/api/articles?draft=true').set(editor).send({ title: '附图草稿', category: 'news', body: body([paragraph([text('图：')]), upload(id)]), _status: 'draft' })
    expect(draft.status, draft.text).toBe(201)
    expect((await ctx.api().get(urls.original)).status).toBeGreaterThanOrEqual(403)

    const published = await ctx.api().patch(`/api/articles/${draft.body.doc.id}`).set(editor).send({ _status: 'published' })
    expect(published.status, published.text).toBe(200)
    for (const url of [urls.original, urls.thumbnail]) expect((await ctx.api().get(url)).status, url).toBe(200)
    expect((await ctx.api().get(`/api/media/${id}`)).status).toBe(200)

    const unpublished = await ctx.api().patch(`/api/articles/${draft.body.doc.id}`).set(editor).send({ _status: 'draft' })
    expect(unpublished.status).toBe(200)
    for (const url of [urls.original, urls.thumbnail]) expect([403, 404]).toContain((await ctx.api().get(url)).status)
    expect((await ctx.api().get(`/api/media/${id}`)).status).toBeGreaterThanOrEqual(403)
  })

  it('deleting the only published item that used a file makes it private', async () => {
    const id = await uploadAsEditor('deleted-use')
    const res = await ctx.api().post('/api/articles').set(editor).send({ title: '将被删除的文章', category: 'news', body: body([upload(id)]), _status: 'published' })
    expect(res.status, res.text).toBe(201)
    const { original } = await fileUrl(id)
    expect((await ctx.api().get(original)).status).toBe(200)
    expect((await ctx.api().delete(`/api/articles/${res.body.doc.id}`).set(editor)).status).toBe(200)
    expect([403, 404]).toContain((await ctx.api().get(original)).status)
  })

  it('an item cannot use another unit’s file', async () => {
    const county = await ctx.tenantId('county')
    const foreign = await ctx.payload.create({ collection: 'media', data: { tenant: county, alt: '区县图片' } as never, file: await samplePng('foreign') })
    const res = await ctx.api().post('/api/articles').set(editor).send({ title: '引用他单位图片', category: 'news', body: body([upload(foreign.id)]), _status: 'published' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('本单位')
    expect((await ctx.payload.findByID({ collection: 'media', id: foreign.id, overrideAccess: true })).public).toBe(false)
  })

  it('body links that would leave the site render as text; allowed ones stay links', async () => {
    const nodes = [
      paragraph([link('/\\evil.example/x', '伪装链接一')]),
      paragraph([link('https://evil.example/x', '外部链接')]),
      paragraph([link('javascript:alert(1)', '脚本链接')]),
      paragraph([link('https://www.gov.cn/zhengce/', '中国政府网')]),
      paragraph([link('/xxgk', '信息公开')]),
    ]
    const res = await ctx.api().post('/api/articles').set(editor).send({ title: '链接测试', slug: `links-${Date.now()}`, category: 'news', body: body(nodes), _status: 'published' })
    expect(res.status, res.text).toBe(201)
    const page = await ctx.api().get(`/sites/${slug}/articles/${res.body.doc.slug}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('伪装链接一')
    expect(page.text).not.toMatch(/href="[^"]*evil\.example/)
    expect(page.text).not.toContain('javascript:')
    expect(page.text).toContain('href="https://www.gov.cn/zhengce/"')
    expect(page.text).toContain('href="/xxgk"')
  })
})
