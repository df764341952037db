import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPassword } from '../../src/seed/demo-users'
import { settledBeforeResponse } from '../../src/cluster/settle'
import { applyPurge } from '../../src/site/render-cache'
import { useTestContext, type TestContext } from '../helpers/context'

type ID = number | string

/**
 * Kept lists (src/site/list-memo): a page rendered after a publish reads again only the lists
 * that publish touched. A title changed past the hooks (so nothing is purged) shows which lists were
 * read again: a kept list still shows the old title, a list read again the new one.
 */
describe('kept public lists', () => {
  let ctx: TestContext
  const n = crypto.randomBytes(3).toString('hex')
  const editor = `memo-${n}@example.gov.cn`
  let department: { id: ID; slug: string }
  let county: { id: ID; slug: string }
  let countyItem: ID
  let column: ID
  const year = new Date().getFullYear()

  const page = async (path: string) => {
    const res = await ctx.api().get(path)
    expect(res.status, path).toBe(200)
    return res.text
  }
  const countyList = () => page(`/xxgk/units/county?unit=${county.slug}`)
  const retitleQuietly = (id: ID, title: string) => ctx.payload.db.updateOne({ collection: 'disclosures', id, data: { title }, returning: false })
  const unit = async (kind: 'department' | 'county') => {
    const doc = await ctx.payload.create({
      collection: 'tenants',
      data: { name: `缓存测试${kind}${n}`, shortName: `缓存${kind}`, slug: `memo-${kind}-${n}`, kind, unitCode: `MEMO${kind.slice(0, 1).toUpperCase()}${n.toUpperCase()}`, hasSubSite: true, reviewPolicy: { disclosures: false, articles: false } } as never,
    })
    return { id: doc.id, slug: doc.slug as string }
  }

  beforeAll(async () => {
    ctx = await useTestContext()
    // The purges these writes start after their commits are awaited: none may land during the tests.
    await settledBeforeResponse(() => setUp())
  })
  const setUp = async () => {
    department = await unit('department')
    county = await unit('county')
    column = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1 })).docs[0].id
    await ctx.payload.create({ collection: 'users', data: { email: editor, name: '缓存编辑', password: demoPassword, tenants: [{ tenant: department.id, roles: ['editor'] }] } as never })
    countyItem = (await ctx.payload.create({ collection: 'disclosures', data: { tenant: county.id, column, title: `区县条目原题 ${n}`, issuer: '区县', _status: 'published' } as never })).id
  }

  it('re-reads after a department publish only the lists it touched: the hub\'s county list is kept', async () => {
    expect(await countyList()).toContain(`区县条目原题 ${n}`)
    expect(await page(`/sites/${department.slug}/xxgk?year=${year}`)).toContain('暂无')
    await retitleQuietly(countyItem, `区县条目暗改 ${n}`)

    const res = await ctx.api().post('/api/disclosures').set({ Authorization: `JWT ${await ctx.login(editor)}` })
      .send({ title: `部门新条目 ${n}`, column, issuer: '部门', _status: 'published' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)

    // The publish is on every list it is in, at once: the unit's catalogue, its year, the hub's department catalogue.
    expect(await page(`/sites/${department.slug}/xxgk`)).toContain(`部门新条目 ${n}`)
    expect(await page(`/sites/${department.slug}/xxgk?year=${year}`)).toContain(`部门新条目 ${n}`)
    expect(await page(`/xxgk/units/department?unit=${department.slug}`)).toContain(`部门新条目 ${n}`)
    // The hub's pages were purged (the county catalogue is rendered anew) but the county list was kept.
    const kept = await countyList()
    expect(kept).toContain(`区县条目原题 ${n}`)
    expect(kept).not.toContain(`区县条目暗改 ${n}`)
  })

  it('drops every list on a purge that names none (an older server\'s, or units and columns changed)', async () => {
    const hub = (await ctx.payload.find({ collection: 'tenants', where: { kind: { equals: 'hub' } }, limit: 1, depth: 0 })).docs[0]
    applyPurge({ units: [String(county.id), String(hub.id)] })
    expect(await countyList()).toContain(`区县条目暗改 ${n}`)
  })

  it('keeps an item\'s page data across another item\'s publish, and reads it again when the item changes', async () => {
    const token = `JWT ${await ctx.login(editor)}`
    const made = await ctx.api().post('/api/articles').set({ Authorization: token }).send({ title: `部门文章原题 ${n}`, slug: `memo-${n}`, category: 'news', _status: 'published' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const article = `/sites/${department.slug}/articles/memo-${n}`
    expect(await page(article)).toContain(`部门文章原题 ${n}`)
    await ctx.payload.db.updateOne({ collection: 'articles', id: made.body.doc.id, data: { title: `部门文章暗改 ${n}` }, returning: false })
    const other = await ctx.api().post('/api/disclosures').set({ Authorization: token }).send({ title: `部门又一条目 ${n}`, column, issuer: '部门', _status: 'published' })
    expect(other.status).toBe(201)
    // The publish purged the page (it is rendered anew) but not the article's data.
    expect(await page(article)).toContain(`部门文章原题 ${n}`)
    await ctx.api().patch(`/api/articles/${String(made.body.doc.id)}`).set({ Authorization: token }).send({ title: `部门文章新题 ${n}` }).expect(200)
    expect(await page(article)).toContain(`部门文章新题 ${n}`)
  })

  it('re-reads a unit\'s lists when one of its items changes through the API', async () => {
    await retitleQuietly(countyItem, `区县条目再暗改 ${n}`)
    expect(await countyList()).toContain(`区县条目暗改 ${n}`)
    await ctx.payload.update({ collection: 'disclosures', id: countyItem, data: { title: `区县条目新题 ${n}` } as never })
    const after = await countyList()
    expect(after).toContain(`区县条目新题 ${n}`)
    expect(await page(`/sites/${county.slug}/xxgk`)).toContain(`区县条目新题 ${n}`)
  })
})
