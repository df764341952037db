import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { samplePdf, samplePng } from '../helpers/isolation-matrix'

type ID = number | string

describe('the shared column tree', () => {
  let ctx: TestContext
  let dept: ID
  let county: ID
  const key = async (k: string) => (await ctx.payload.find({ collection: 'columns', where: { key: { equals: k } } })).docs[0].id
  const as = async (email: string) => ({ Authorization: `JWT ${await ctx.login(email)}` })

  beforeAll(async () => {
    ctx = await useTestContext()
    dept = await ctx.tenantId('department')
    county = await ctx.tenantId('county')
  })

  it('is public and the same for every site', async () => {
    const res = await ctx.api().get('/api/columns?where[shared][equals]=true&limit=100&sort=sortOrder')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((c: { title: string }) => c.title)).toEqual(expect.arrayContaining(['政府信息公开指南', '法定主动公开内容', '政府采购']))
  })

  it('cannot be renamed or deleted, not even by a super-admin', async () => {
    const id = await key('guide')
    for (const email of ['webmaster.dept@demo.zhanqun.cn', 'admin@demo.zhanqun.cn']) {
      const headers = await as(email)
      expect([403, 404]).toContain((await ctx.api().patch(`/api/columns/${id}`).set(headers).send({ title: '改名' })).status)
      expect([403, 404]).toContain((await ctx.api().delete(`/api/columns/${id}`).set(headers)).status)
    }
    expect((await ctx.payload.findByID({ collection: 'columns', id })).title).toBe('政府信息公开指南')
  })

  it('lets a webmaster add a column under a node that allows it, for their own site only', async () => {
    const headers = await as('webmaster.dept@demo.zhanqun.cn')
    const ok = await ctx.api().post('/api/columns').set(headers).send({ title: '重点领域信息', parent: await key('mandatory'), tenant: dept })
    expect(ok.status).toBe(201)
    expect(ok.body.doc).toMatchObject({ shared: false, kind: 'disclosure' })
    expect(ok.body.doc.key).toMatch(/^custom-/)
    const closed = await ctx.api().post('/api/columns').set(headers).send({ title: '不允许', parent: await key('guide'), tenant: dept })
    expect(closed.status).toBe(400)
    const foreign = await ctx.api().post('/api/columns').set(headers).send({ title: '越权', parent: await key('mandatory'), tenant: county })
    expect(foreign.status).toBe(403)
    const editor = await ctx.api().post('/api/columns').set(await as('editor.dept@demo.zhanqun.cn')).send({ title: '编辑不能建栏目', parent: await key('mandatory'), tenant: dept })
    expect(editor.status).toBe(403)

    // A webmaster of another unit neither sees, edits nor files into it.
    const countyHeaders = await as('webmaster.county@demo.zhanqun.cn')
    const custom = ok.body.doc.id
    expect([403, 404]).toContain((await ctx.api().patch(`/api/columns/${custom}`).set(countyHeaders).send({ title: 'x' })).status)
    const list = await ctx.api().get('/api/columns?limit=200').set(countyHeaders)
    expect(list.body.docs.map((c: { id: ID }) => String(c.id))).not.toContain(String(custom))
    const filed = await ctx.api().post('/api/disclosures').set(await as('editor.county@demo.zhanqun.cn')).send({ title: '错投', column: custom, issuer: 'x', tenant: county })
    expect(filed.status).toBe(400)
  })

  it('refuses items filed under non-disclosure or aggregate columns', async () => {
    const headers = await as('editor.dept@demo.zhanqun.cn')
    for (const k of ['application', 'hub-departments']) {
      const res = await ctx.api().post('/api/disclosures').set(headers).send({ title: '错栏目', column: await key(k), issuer: 'x', tenant: dept })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(/栏目.* \/ .*column/)
    }
  })
})

describe('media and attachments', () => {
  let ctx: TestContext
  let headers: Record<string, string>
  beforeAll(async () => {
    ctx = await useTestContext()
    headers = { Authorization: `JWT ${await ctx.login('editor.dept@demo.zhanqun.cn')}` }
  })
  const upload = (file: { data: Buffer; name: string }, data: Record<string, unknown>) =>
    ctx.api().post('/api/media').set(headers).field('_payload', JSON.stringify(data)).attach('file', file.data, file.name)

  it('reads the type from the content, not the name, and makes WebP sizes', async () => {
    const png = await samplePng('disguised', 640, 480)
    const res = await upload({ data: png.data, name: 'report.pdf' }, { alt: '伪装成PDF的图片' })
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe('image/png')
    expect(res.body.doc.sizes.thumbnail.mimeType).toBe('image/webp')
  })

  it('requires alt text for images', async () => {
    const res = await upload(await samplePng('no-alt'), {})
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/替代文本/)
  })

  it('accepts a PDF and refuses an HTML file dressed as one', async () => {
    const pdf = samplePdf()
    const ok = await upload({ data: pdf, name: '公开指南.pdf' }, {})
    expect(ok.status).toBe(201)
    expect(ok.body.doc.mimeType).toBe('application/pdf')
    const before = await ctx.payload.count({ collection: 'media' })
    const html = await upload({ data: Buffer.from('<html><script>alert(1)</script></html>'), name: 'evil.pdf' }, {})
    expect(html.status).toBe(400)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('stores a file under the extension of its content and serves it with nosniff', async () => {
    const png = await samplePng('renamed', 64, 48)
    const image = await upload({ data: png.data, name: 'report.pdf' }, { alt: '按内容命名' })
    expect(image.status).toBe(201)
    expect(image.body.doc.filename).toMatch(/^report(-\d+)?\.png$/)
    const pdf = await upload({ data: samplePdf(), name: 'notice.html' }, {})
    expect(pdf.status).toBe(201)
    expect(pdf.body.doc.filename).toMatch(/^notice(-\d+)?\.pdf$/)
    // The file is not used by a published item yet, so it is its unit's: fetched as the uploader.
    const served = await ctx.api().get(`/api/media/file/${encodeURIComponent(pdf.body.doc.filename)}`).set(headers)
    expect(served.status).toBe(200)
    expect(served.headers['content-type']).toMatch(/application\/pdf/)
    expect(served.headers['x-content-type-options']).toBe('nosniff')
  })

  it('answers a file that is not there with 404, and a NUL in its name with 400', async () => {
    const missing = await ctx.api().get('/api/media/file/no-such-file.png').set({ Authorization: `JWT ${await ctx.login('admin@demo.zhanqun.cn')}` })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/文件不存在.* \/ file not found/)
    // Others learn nothing of which files exist outside what they may read: missing and private answer alike.
    for (const who of [headers, {}]) expect((await ctx.api().get('/api/media/file/no-such-file.png').set(who)).status).toBe(403)
    const nul = await ctx.api().get('/api/media/file/%00').set(headers)
    expect(nul.status).toBe(400)
    expect(nul.body.errors[0].message).toMatch(/[\u4e00-\u9fff].* \/ .*control character/)
  })
})
