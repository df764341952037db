import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

type ID = number | string
const hubEditor = 'hub.editor@demo.zhanqun.cn'

describe('curated submission to the hub (信息报送)', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  let dept: ID
  let deptSlug: string

  const submitArticle = async (title: string, extra: Record<string, unknown> = {}) => {
    const res = await ctx.api().post('/api/articles').set(await wf.auth(users.editor))
      .send({ tenant: dept, title, category: 'news', summary: `${title}摘要`, _status: 'published', hubSubmission: { submit: true, targetCategory: 'headline' }, ...extra })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.id as ID
  }
  const submissionFor = async (article: ID) =>
    (await ctx.payload.find({ collection: 'hub-submissions', where: { article: { equals: article } }, limit: 1 })).docs[0]
  const decide = async (email: string, id: ID, data: Record<string, unknown>) =>
    ctx.api().patch(`/api/hub-submissions/${id}`).set(await wf.auth(email)).send(data)

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
    dept = await ctx.tenantId('department')
    deptSlug = String((await ctx.payload.findByID({ collection: 'tenants', id: dept })).slug)
  })

  it('queues a published article marked 报送主站, and only then', async () => {
    const draft = await ctx.api().post('/api/articles?draft=true').set(await wf.auth(users.editor))
      .send({ tenant: dept, title: '草稿不报送', category: 'news', _status: 'draft', hubSubmission: { submit: true } })
    expect(await submissionFor(draft.body.doc.id)).toBeUndefined()
    const unmarked = await ctx.api().post('/api/articles').set(await wf.auth(users.editor)).send({ tenant: dept, title: '未报送', category: 'news', _status: 'published' })
    expect(await submissionFor(unmarked.body.doc.id)).toBeUndefined()
    const id = await submitArticle('部门动态报送一')
    const sub = await submissionFor(id)
    expect(sub).toMatchObject({ status: 'pending', targetCategory: 'headline', originalTitle: '部门动态报送一' })
  })

  it('lets a hub editor adopt with an edited title, shown on the hub with provenance; edits of the original show too', async () => {
    const id = await submitArticle('原标题：某局召开会议')
    const sub = await submissionFor(id)
    const res = await decide(hubEditor, sub.id, { status: 'adopted', editedTitle: '主站改写的标题', adoptedCategory: 'news' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'adopted', decidedBy: '主站编辑', editedTitle: '主站改写的标题' })
    const article = await ctx.payload.findByID({ collection: 'articles', id })
    expect(article.title).toBe('原标题：某局召开会议') // the original is untouched
    const hub = await ctx.api().get('/')
    expect(hub.text).toContain('主站改写的标题')
    expect(hub.text).toContain(`/sites/${deptSlug}/articles/${String(article.slug)}`)
    expect(hub.text).toMatch(/来源：/)

    const column = await ctx.api().get('/news/news')
    expect(column.text).toContain('主站改写的标题') // and in the hub's own column, beside its own articles
    expect(column.text).toContain('来源：')

    await ctx.api().patch(`/api/articles/${id}`).set(await wf.auth(users.editor)).send({ slug: 'renamed-original' })
    expect((await ctx.api().get('/')).text).toContain(`/sites/${deptSlug}/articles/renamed-original`)
  })

  it('retracts at once when the original is unpublished or deleted', async () => {
    const a = await submitArticle('将撤回的报送')
    const subA = await submissionFor(a)
    await decide(hubEditor, subA.id, { status: 'adopted', adoptedCategory: 'news' })
    expect((await ctx.api().get('/')).text).toContain('将撤回的报送')
    await ctx.api().patch(`/api/articles/${a}`).set(await wf.auth(users.editor)).send({ _status: 'draft' })
    expect((await ctx.payload.findByID({ collection: 'hub-submissions', id: subA.id })).status).toBe('retracted')
    expect((await ctx.api().get('/')).text).not.toContain('将撤回的报送')

    const b = await submitArticle('将删除的报送')
    const subB = await submissionFor(b)
    await decide(hubEditor, subB.id, { status: 'adopted', adoptedCategory: 'news' })
    await ctx.api().delete(`/api/articles/${b}`).set(await wf.auth(users.webmaster))
    expect((await ctx.payload.findByID({ collection: 'hub-submissions', id: subB.id })).status).toBe('retracted')
    expect((await ctx.api().get('/')).text).not.toContain('将删除的报送')
    expect((await decide(hubEditor, subB.id, { status: 'adopted' })).status).toBe(400) // a retracted submission stays retracted
  })

  it('declines only with a reason, which the submitting unit can read', async () => {
    const id = await submitArticle('将不被采用的报送')
    const sub = await submissionFor(id)
    const noReason = await decide(hubEditor, sub.id, { status: 'declined' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('不采用时须填写理由')
    expect((await decide(hubEditor, sub.id, { status: 'declined', declineReason: '内容与主站栏目定位不符' })).status).toBe(200)
    const seen = await ctx.api().get(`/api/hub-submissions/${sub.id}`).set(await wf.auth(users.editor))
    expect(seen.body).toMatchObject({ status: 'declined', declineReason: '内容与主站栏目定位不符' })
  })

  it('keeps the roles apart: units cannot decide or write into the hub; the hub editor cannot edit the original; other units see nothing', async () => {
    const id = await submitArticle('权限测试报送')
    const sub = await submissionFor(id)
    expect((await decide(users.editor, sub.id, { status: 'adopted' })).status).toBe(403)
    expect((await decide(users.webmaster, sub.id, { status: 'adopted' })).status).toBe(403)
    expect((await ctx.api().post('/api/hub-submissions').set(await wf.auth(users.webmaster)).send({ article: id, status: 'adopted' })).status).toBe(403)
    const hub = await ctx.tenantId('hub')
    expect((await ctx.api().post('/api/articles').set(await wf.auth(users.editor)).send({ tenant: hub, title: '写入主站', category: 'news' })).status).toBe(403)
    const edit = await ctx.api().patch(`/api/articles/${id}`).set(await wf.auth(hubEditor)).send({ title: '主站编辑改原稿' })
    expect([403, 404]).toContain(edit.status)
    expect((await ctx.payload.findByID({ collection: 'articles', id })).title).toBe('权限测试报送')

    expect((await ctx.api().get(`/api/hub-submissions/${sub.id}`).set(await wf.auth(users.countyEditor))).status).toBe(404)
    // A county's users see their own county's submissions at most, never the department's.
    const countyList = await ctx.api().get('/api/hub-submissions?depth=0&limit=100').set(await wf.auth(users.countyEditor))
    expect(countyList.status).toBe(200)
    expect(countyList.body.docs.some((d: { sourceTenant: unknown }) => String(d.sourceTenant) === String(dept))).toBe(false)
    expect((await ctx.api().get('/api/hub-submissions')).status).toBe(403)
    const gql = await ctx.api().post('/api/graphql').set(await wf.auth(users.countyEditor)).send({ query: '{ HubSubmissions(limit: 100) { docs { id sourceTenant { id } } } }' })
    expect((gql.body.data?.HubSubmissions?.docs ?? []).some((d: { sourceTenant?: { id: unknown } }) => String(d.sourceTenant?.id) === String(dept))).toBe(false)
    const gqlDecide = await ctx.api().post('/api/graphql').set(await wf.auth(users.editor))
      .send({ query: `mutation { updateHubSubmission(id: ${JSON.stringify(sub.id)}, data: { status: adopted }) { id } }` })
    expect(gqlDecide.body.errors?.length).toBeGreaterThan(0)
  })

  it('counts submissions per unit and period (信息报送采用统计), as JSON and CSV, within each reader’s scope', async () => {
    const stats = await ctx.api().get('/api/hub-submissions/stats').set(await wf.auth(hubEditor))
    expect(stats.status).toBe(200)
    const mine = stats.body.units.find((u: { unit: string }) => u.unit === String(dept))
    expect(mine.submitted).toBeGreaterThanOrEqual(6)
    expect(mine.adopted).toBeGreaterThanOrEqual(1)
    expect(mine.declined).toBeGreaterThanOrEqual(1)
    expect(mine.retracted).toBeGreaterThanOrEqual(2)
    expect(mine.adoptionRate).toBeCloseTo(mine.adopted / (mine.adopted + mine.declined), 3)
    const future = await ctx.api().get('/api/hub-submissions/stats?from=2099-01-01').set(await wf.auth(hubEditor))
    expect(future.body.units).toEqual([])
    const csv = await ctx.api().get('/api/hub-submissions/stats?format=csv').set(await wf.auth(users.webmaster))
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.text).toContain('采用率')
    const countyView = await ctx.api().get('/api/hub-submissions/stats').set(await wf.auth(users.countyWebmaster))
    expect(countyView.body.units.some((u: { unit: string }) => u.unit === String(dept))).toBe(false)
    expect((await ctx.api().get('/api/hub-submissions/stats').set(await wf.auth(users.editor))).status).toBe(403)
    expect((await ctx.api().get('/api/hub-submissions/stats?from=someday').set(await wf.auth(hubEditor))).status).toBe(400)
    expect((await ctx.api().get('/api/hub-submissions/stats?format=xml').set(await wf.auth(hubEditor))).status).toBe(400)
  })
})
