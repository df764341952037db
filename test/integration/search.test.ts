import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../src/content/lexical'
import { rebuildSearchIndex } from '../../src/search/reads/indexer'
import { useTestContext, type TestContext } from '../helpers/context'
import { runSearchJobs } from '../helpers/search'
import { users, workflowClient } from '../helpers/workflow'

type ID = number | string
const term = '候鸟保护'

describe('unified search (统一检索)', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  let dept: ID, county: ID
  const ids: Record<string, ID> = {}
  const search = (query: string) => ctx.api().get(`/api/search?${query}`)

  const publish = async (name: string, data: Record<string, unknown>, collection: 'disclosures' | 'articles' = 'disclosures') => {
    const doc = await ctx.payload.create({
      collection, draft: false,
      data: (collection === 'disclosures' ? { column: await wf.column(), issuer: '市林业局', ...data, _status: 'published' } : { category: 'news', ...data, _status: 'published' }) as never,
    })
    ids[name] = doc.id
    return doc
  }

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
    dept = await ctx.tenantId('department')
    county = await ctx.tenantId('county')
    const body = (text: string) => paragraphsToLexical([text])
    await publish('titleValid', { tenant: dept, title: `关于加强${term}工作的通知`, validity: 'valid', documentNumber: '郴林发〔2026〕7号', body: body('湿地巡护。') })
    await publish('titleRepealed', { tenant: dept, title: `${term}暂行办法`, validity: 'repealed', body: body('已废止。') })
    await publish('bodyValid', { tenant: dept, title: '湿地管理年度报告', validity: 'valid', body: body(`本年度开展${term}专项行动，救助鸟类。`) })
    await publish('bodyRepealed', { tenant: dept, title: '旧版湿地管理规定', validity: 'repealed', body: body(`其中涉及${term}的条款。`) })
    await publish('countyItem', { tenant: county, title: `县${term}志愿者招募`, validity: 'valid', issuer: '县自然资源局' })
    await publish('article', { tenant: dept, title: `${term}宣传周启动`, slug: 'houniao-week' }, 'articles')
    expect(await runSearchJobs(ctx)).toBeGreaterThanOrEqual(6)
  })

  it('segments queries and ranks title hits above body hits and valid items above repealed ones', async () => {
    const res = await search(`q=${encodeURIComponent(term)}&site=${(await ctx.payload.findByID({ collection: 'tenants', id: dept })).slug}&kind=disclosures`)
    expect(res.status).toBe(200)
    expect(res.body.match).toBe('text')
    expect(res.body.engine).toBe(ctx.payload.db.name === 'postgres' ? 'postgres' : 'embedded')
    expect(res.body.tokens.join('')).toBe(term)
    expect(res.body.docs.map((d: { id: string }) => d.id)).toEqual([ids.titleValid, ids.titleRepealed, ids.bodyValid, ids.bodyRepealed].map(String))
    const first = res.body.docs[0]
    expect(first.titleParts.some((p: { text: string; hit: boolean }) => p.hit && p.text === term)).toBe(true)
    expect(res.body.docs[2].snippetParts.some((p: { text: string; hit: boolean }) => p.hit && p.text === term)).toBe(true)
    expect(first.path).toBe(`/xxgk/${ids.titleValid}`)
  })

  it('filters by site, kind, validity, year, issuer and column, and sorts by date', async () => {
    const all = await search(`q=${encodeURIComponent(term)}`)
    expect(all.body.totalDocs).toBe(6)
    const ofCounty = await search(`q=${encodeURIComponent(term)}&site=${(await ctx.payload.findByID({ collection: 'tenants', id: county })).slug}`)
    expect(ofCounty.body.docs.map((d: { id: string }) => d.id)).toEqual([String(ids.countyItem)])
    const articles = await search(`q=${encodeURIComponent(term)}&kind=articles`)
    expect(articles.body.docs.map((d: { id: string; path: string }) => d.path)).toEqual(['/articles/houniao-week'])
    const repealed = await search(`q=${encodeURIComponent(term)}&validity=repealed`)
    expect(repealed.body.docs.map((d: { id: string }) => d.id).sort()).toEqual([ids.titleRepealed, ids.bodyRepealed].map(String).sort())
    const year = new Date().getFullYear()
    expect((await search(`q=${encodeURIComponent(term)}&year=${year}`)).body.totalDocs).toBe(6)
    expect((await search(`q=${encodeURIComponent(term)}&year=2001`)).body.totalDocs).toBe(0)
    const issuer = await search(`q=${encodeURIComponent(term)}&issuer=${encodeURIComponent('县自然资源局')}`)
    expect(issuer.body.docs.map((d: { id: string }) => d.id)).toEqual([String(ids.countyItem)])
    expect((await search(`q=${encodeURIComponent(term)}&column=mandatory-policy`)).body.totalDocs).toBe(5)
    expect((await search(`q=${encodeURIComponent(term)}&column=mandatory`)).body.totalDocs).toBe(5) // the parent column
    expect((await search(`q=${encodeURIComponent(term)}&column=mandatory-budget`)).body.totalDocs).toBe(0)
    const byDate = await search(`q=${encodeURIComponent(term)}&sort=date`)
    const dates = byDate.body.docs.map((d: { publishedAt: string }) => d.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    const paged = await search(`q=${encodeURIComponent(term)}&limit=4&page=2`)
    expect(paged.body).toMatchObject({ page: 2, totalPages: 2, totalDocs: 6 })
    expect(paged.body.docs).toHaveLength(2)
  })

  it('finds an item exactly by index number and by 文号 in any bracket style', async () => {
    const item = await ctx.payload.findByID({ collection: 'disclosures', id: ids.titleValid })
    expect(item.indexNumber).toBeTruthy()
    const byIndex = await search(`q=${encodeURIComponent(item.indexNumber!)}`)
    expect(byIndex.body.match).toBe('indexNumber')
    expect(byIndex.body.docs.map((d: { id: string }) => d.id)).toEqual([String(ids.titleValid)])
    for (const written of ['郴林发〔2026〕7号', '郴林发[2026]7号', '郴林发（2026）7号']) {
      const res = await search(`q=${encodeURIComponent(written)}`)
      expect(res.body.match).toBe('documentNumber')
      expect(res.body.docs.map((d: { id: string }) => d.id)).toEqual([String(ids.titleValid)])
    }
  })

  it('follows publishing: drafts never, edits of live items at once, unpublished and deleted items gone', async () => {
    const draftTitle = '草稿候鸟迁徙监测'
    const draftId = await wf.draft(users.editor, draftTitle)
    await runSearchJobs(ctx)
    expect((await search(`q=${encodeURIComponent('迁徙监测')}`)).body.totalDocs).toBe(0)

    const live = await publish('edited', { tenant: dept, title: '候鸟迁徙通道规划' })
    await runSearchJobs(ctx)
    expect((await search(`q=${encodeURIComponent('迁徙通道')}`)).body.docs.map((d: { id: string }) => d.id)).toEqual([String(live.id)])

    // A draft saved over the live item changes nothing visitors see.
    await ctx.payload.update({ collection: 'disclosures', id: live.id, draft: true, data: { title: '候鸟栖息地草稿标题', _status: 'draft' } as never })
    await runSearchJobs(ctx)
    expect((await search(`q=${encodeURIComponent('栖息地草稿')}`)).body.totalDocs).toBe(0)
    expect((await search(`q=${encodeURIComponent('迁徙通道')}`)).body.totalDocs).toBe(1)

    await ctx.payload.update({ collection: 'disclosures', id: live.id, data: { title: '候鸟繁殖地保护规划', _status: 'published' } as never })
    await runSearchJobs(ctx)
    expect((await search(`q=${encodeURIComponent('迁徙通道')}`)).body.totalDocs).toBe(0)
    expect((await search(`q=${encodeURIComponent('繁殖地')}`)).body.docs.map((d: { id: string }) => d.id)).toEqual([String(live.id)])

    await ctx.payload.update({ collection: 'disclosures', id: live.id, data: { _status: 'draft' } as never })
    expect(await runSearchJobs(ctx)).toBeGreaterThan(0)
    expect((await search(`q=${encodeURIComponent('繁殖地')}`)).body.totalDocs).toBe(0)

    const gone = await publish('deleted', { tenant: dept, title: '候鸟环志站名录' })
    await runSearchJobs(ctx)
    expect((await search(`q=${encodeURIComponent('环志站')}`)).body.totalDocs).toBe(1)
    await ctx.payload.delete({ collection: 'disclosures', id: gone.id })
    await runSearchJobs(ctx)
    expect((await search(`q=${encodeURIComponent('环志站')}`)).body.totalDocs).toBe(0)
    expect(draftId).toBeTruthy()
  })

  it('finds replied letters whose writers allowed publishing, never the writer, never other letters', async () => {
    const letter = (subject: string, allowPublish: boolean) => ctx.payload.create({
      collection: 'letters', overrideAccess: true,
      data: {
        trackingCode: `XX20261126${Math.random().toString(36).slice(2, 8).toUpperCase()}`, subject, category: 'consult', body: `请问${subject}的办理地点在哪里？`, allowPublish,
        writer: { name: '隐私写信人', phone: '13900000000' }, site: dept, unit: dept, status: 'accepted', receivedAt: new Date().toISOString(), passwordHash: 'scrypt$x$y',
      } as never,
    })
    const shown = await letter('候鸟救助站志愿服务', true)
    const hidden = await letter('候鸟救助热线内部', false)
    expect(await runSearchJobs(ctx)).toBe(0)
    for (const l of [shown, hidden]) await ctx.payload.update({ collection: 'letters', id: l.id, overrideAccess: true, data: { status: 'replied', reply: '您好，救助站位于北湖公园东门。', repliedAt: new Date().toISOString() } as never })
    expect(await runSearchJobs(ctx)).toBeGreaterThanOrEqual(1)
    const found = await search(`q=${encodeURIComponent('候鸟救助')}&kind=letters`)
    expect(found.status).toBe(200)
    expect(found.body.docs.map((d: { id: string; path: string }) => [d.id, d.path])).toEqual([[String(shown.id), `/letters/${shown.trackingCode}`]])
    expect(JSON.stringify(found.body)).not.toContain('隐私写信人')
    expect((await search(`q=${encodeURIComponent('北湖公园东门')}`)).body.totalDocs).toBe(1)
  })

  it("never shows another unit's drafts to anyone, and keeps the index itself closed", async () => {
    const res = await ctx.api().post('/api/disclosures?draft=true').set(await wf.auth(users.countyEditor))
      .send({ title: '县级草稿候鸟名录', column: await wf.column(), issuer: '县自然资源局', _status: 'draft' })
    expect(res.status).toBe(201)
    await runSearchJobs(ctx)
    for (const auth of [{}, await wf.auth(users.editor), await wf.auth(users.countyEditor)]) {
      const found = await search(`q=${encodeURIComponent('县级草稿')}`).set(auth)
      expect(found.status).toBe(200)
      expect(found.body.totalDocs).toBe(0)
      const proof = await search(`q=${encodeURIComponent(term)}`).set(auth)
      expect(proof.body.totalDocs).toBe(6) // the same search does find live items
    }
    expect((await ctx.api().get('/api/search-entries')).status).toBe(403)
    expect((await ctx.api().get('/api/search-entries').set(await wf.auth(users.countyEditor))).status).toBe(403)
    const write = await ctx.api().post('/api/search-entries').set(await wf.auth(users.admin)).send({ key: 'x', kind: 'articles', sourceId: '1', title: 'x' })
    expect(write.status).toBe(403)
  })

  it('answers bad queries with a 4xx or results, never a 5xx', async () => {
    const cases: [string, number | 'ok'][] = [
      ['', 400], ['q=', 400], ['q=%20%20', 400], [`q=${'政'.repeat(500)}`, 400], ['q=a&page=0', 400], ['q=a&page=101', 400],
      ['q=a&sort=best', 400], ['q=a&kind=users', 400], ['q=a&site=nowhere', 400], ['q=a&site=../x', 400], ['q=a&year=abc', 400],
      [`q=${encodeURIComponent('AND OR NOT * " ( ) : - + ~ ^ %')}`, 'ok'], [`q=${encodeURIComponent('😀🚀')}`, 'ok'],
      [`q=${encodeURIComponent("' or 1=1 --")}`, 'ok'], [`q=${encodeURIComponent('候鸟 & | ! <->')}`, 'ok'], ['q[]=a&q[]=b', 'ok'],
    ]
    for (const [query, expected] of cases) {
      const res = await search(query)
      if (expected === 'ok') expect([200, 400], query).toContain(res.status)
      else expect(res.status, query.slice(0, 40)).toBe(expected)
      if (res.status === 400) expect(res.body.errors[0].message).toMatch(/ \/ /)
    }
    // 10 KB: too long for the request line (Node's 431), and refused by the rule in a GraphQL body.
    const huge = await search(`q=${'政'.repeat(10_240)}`)
    expect(huge.status).toBeGreaterThanOrEqual(400)
    expect(huge.status).toBeLessThan(500)
    const gql = await ctx.api().post('/api/graphql').send({ query: 'query($q: String!) { Search(q: $q) { totalDocs } }', variables: { q: '政'.repeat(10_240) } })
    expect(gql.status).toBeLessThan(500)
    expect(gql.body.errors[0].message).toMatch(/检索词不能超过100个字/)
    const emoji = await search(`q=${encodeURIComponent('😀')}`)
    expect(emoji.body).toMatchObject({ totalDocs: 0, docs: [] })
  })

  it('answers the GraphQL Search query', async () => {
    const site = (await ctx.payload.findByID({ collection: 'tenants', id: dept })).slug
    const query = `{ Search(q: "${term}", site: "${site}", kind: "disclosures", limit: 2) { totalDocs match docs { id title unit { slug } titleParts { text hit } } } }`
    const res = await ctx.api().post('/api/graphql').send({ query })
    expect(res.status).toBe(200)
    expect(res.body.data.Search.totalDocs).toBe(4)
    expect(res.body.data.Search.docs[0].id).toBe(String(ids.titleValid))
    const bad = await ctx.api().post('/api/graphql').send({ query: '{ Search(q: "") { totalDocs } }' })
    expect(bad.status).toBeLessThan(500)
    expect(bad.body.errors[0].message).toMatch(/请输入检索词/)
  })

  it('serves /search on every site: the hub searches the group, a sub-site itself unless asked for the group', async () => {
    const hub = await ctx.api().get(`/search?q=${encodeURIComponent(term)}`)
    expect(hub.status).toBe(200)
    expect(hub.text).toContain(`<mark>${term}</mark>`)
    expect(hub.text).toContain('找到 6 条')
    const deptSlug = (await ctx.payload.findByID({ collection: 'tenants', id: dept })).slug
    const own = await ctx.api().get(`/sites/${deptSlug}/search?q=${encodeURIComponent(term)}`)
    expect(own.text).toContain('找到 5 条')
    expect(own.text).not.toContain('志愿者招募')
    const group = await ctx.api().get(`/sites/${deptSlug}/search?q=${encodeURIComponent(term)}&scope=group`)
    expect(group.text).toContain('找到 6 条')
    expect(group.text).toContain('志愿者招募')
    const byIssuer = await ctx.api().get(`/search?q=${encodeURIComponent(term)}&issuer=${encodeURIComponent('县自然资源局')}`)
    expect(byIssuer.text).toContain('找到 1 条')
    expect(byIssuer.text).toContain('志愿者招募')
    expect((await ctx.api().get('/search')).status).toBe(200) // the empty form
    expect((await ctx.api().get(`/search?q=${'a'.repeat(200)}`)).status).toBe(400)
    expect((await ctx.api().get(`/search?q=a&page=9999`)).status).toBe(400)
  })

  it('finds an item under its column’s new name once a webmaster renames the column', async () => {
    const mandatory = (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory' } }, limit: 1 })).docs[0].id
    const headers = { Authorization: `JWT ${await ctx.login(users.webmaster)}` }
    const made = await ctx.api().post('/api/columns').set(headers).send({ title: '湿地专栏', parent: mandatory, tenant: dept })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    await publish('inColumn', { tenant: dept, title: '湿地公园开放时间调整', column: made.body.doc.id })
    await runSearchJobs(ctx)
    const before = await search(`q=${encodeURIComponent('湿地公园开放')}`)
    expect(before.body.docs.find((d: { id: string }) => d.id === String(ids.inColumn))?.column).toBe('湿地专栏')
    const renamed = await ctx.api().patch(`/api/columns/${made.body.doc.id}`).set(headers).send({ title: '候鸟栖息地专栏' })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(await runSearchJobs(ctx)).toBeGreaterThanOrEqual(1) // the column's job ran
    const after = await search(`q=${encodeURIComponent('湿地公园开放')}`)
    expect(after.body.docs.find((d: { id: string }) => d.id === String(ids.inColumn))?.column).toBe('候鸟栖息地专栏')
    const byNewName = await search(`q=${encodeURIComponent('栖息地专栏')}`)
    expect(byNewName.body.docs.map((d: { id: string }) => d.id)).toContain(String(ids.inColumn))
    await ctx.payload.delete({ collection: 'disclosures', id: ids.inColumn })
    await runSearchJobs(ctx)
  })

  it('is rebuilt from the published items', async () => {
    const entries = await ctx.payload.find({ collection: 'search-entries', limit: 0, pagination: false, overrideAccess: true, select: { key: true } })
    await ctx.payload.delete({ collection: 'search-entries', where: { id: { in: entries.docs.map((e) => e.id) } }, overrideAccess: true })
    expect((await ctx.payload.count({ collection: 'search-entries', overrideAccess: true })).totalDocs).toBe(0)
    let ticks = 0
    const report = await rebuildSearchIndex(ctx.payload, { onProgress: () => ticks++ })
    expect(report.indexed).toBe(ticks)
    expect(report.indexed).toBeGreaterThan(6)
    expect((await ctx.payload.count({ collection: 'search-entries', where: { live: { equals: true } }, overrideAccess: true })).totalDocs).toBe(report.indexed)
    expect((await search(`q=${encodeURIComponent(term)}`)).body.totalDocs).toBe(6)
  })
})
