import { beforeAll, describe, expect, it } from 'vitest'
import { listAdoptedForHub } from '../../src/syndication/reads/adopted-items'
import { useTestContext, type TestContext } from '../helpers/context'
import { users, workflowClient } from '../helpers/workflow'

type ID = number | string
type Item = { id: ID; articleId: ID; title: string; summary: string | null; column: string; source: { slug: string; name: string; kind: string }; canonicalUrl: string }
const hubEditor = 'hub.editor@demo.zhanqun.cn'

/** The public view of adopted items, GraphQL decisions, isolation rows and the statistics' period parameters. */
describe('hub submissions: public adopted list, GraphQL decisions, isolation', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  let dept: ID
  let county: ID

  // Published through the Local API without a user, so the lead's review rules cannot stand in the way.
  const publishMarked = async (tenant: ID, title: string, targetCategory = 'news') =>
    ctx.payload.create({
      collection: 'articles',
      data: { tenant, title, category: 'news', summary: `${title}（原摘要）`, _status: 'published', hubSubmission: { submit: true, targetCategory } } as never,
    })
  const submissionFor = async (article: ID) =>
    (await ctx.payload.find({ collection: 'hub-submissions', where: { article: { equals: article } }, limit: 1 })).docs[0]
  const graphql = async (query: string, email?: string) =>
    ctx.api().post('/api/graphql').set(email ? await wf.auth(email) : {}).send({ query })
  const adopted = async (query = 'limit=100') => {
    const res = await ctx.api().get(`/api/hub-submissions/adopted?${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body.docs as Item[]
  }

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
    dept = await ctx.tenantId('department')
    county = await ctx.tenantId('county')
  })

  it('adopts over GraphQL as a hub editor, into another column with an edited summary; the public list shows it with provenance', async () => {
    const article = await publishMarked(dept, `图形接口采用 ${Date.now()}`, 'notice')
    const sub = await submissionFor(article.id)
    const res = await graphql(`mutation { updateHubSubmission(id: ${JSON.stringify(sub.id)}, data: { status: adopted, adoptedCategory: headline, editedSummary: "主站摘要" }) { id status adoptedCategory decidedBy } }`, hubEditor)
    expect(res.body.errors, JSON.stringify(res.body)).toBeUndefined()
    expect(res.body.data.updateHubSubmission).toMatchObject({ status: 'adopted', adoptedCategory: 'headline', decidedBy: '主站编辑' })

    const item = (await adopted('column=headline&limit=100')).find((d) => String(d.articleId) === String(article.id))!
    expect(item).toMatchObject({ title: article.title, summary: '主站摘要', column: 'headline', source: { kind: 'department' } })
    const unit = await ctx.payload.findByID({ collection: 'tenants', id: dept })
    expect(item.source.name).toBe(unit.name)
    expect(item.canonicalUrl).toMatch(new RegExp(`/articles/${String(article.slug)}$`))
    expect((await adopted('column=notice&limit=100')).some((d) => String(d.articleId) === String(article.id))).toBe(false)
    expect(JSON.stringify(item)).not.toMatch(/declineReason|decidedBy|body/)

    // Edits of the original show at once under the hub's own summary; the hub's title stays the original's until edited.
    await ctx.payload.update({ collection: 'articles', id: article.id, data: { title: `${article.title}（改）` } as never })
    expect((await adopted()).find((d) => String(d.articleId) === String(article.id))?.title).toBe(`${article.title}（改）`)
    const direct = await listAdoptedForHub(ctx.payload, { limit: 100, column: 'headline' })
    expect(direct.docs.some((d) => String(d.articleId) === String(article.id))).toBe(true)

    // A draft save of the original changes nothing on the hub; unpublishing removes it at once.
    await ctx.payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: '尚未发布的修改' } as never })
    expect((await adopted()).find((d) => String(d.articleId) === String(article.id))?.title).toBe(`${article.title}（改）`)
    await ctx.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } as never })
    expect((await adopted()).some((d) => String(d.articleId) === String(article.id))).toBe(false)
    expect((await submissionFor(article.id)).status).toBe('retracted')
  })

  it('declines over GraphQL as the super-admin only with a reason; pending and declined items never reach the public list', async () => {
    const article = await publishMarked(county, `图形接口不采用 ${Date.now()}`)
    const sub = await submissionFor(article.id)
    expect((await adopted()).some((d) => String(d.articleId) === String(article.id))).toBe(false) // pending
    const noReason = await graphql(`mutation { updateHubSubmission(id: ${JSON.stringify(sub.id)}, data: { status: declined }) { id } }`, users.admin)
    expect(noReason.body.errors[0].message).toMatch(/不采用时须填写理由 \/ a reason is required/)
    const ok = await graphql(`mutation { updateHubSubmission(id: ${JSON.stringify(sub.id)}, data: { status: declined, declineReason: "重复报送" }) { status declineReason } }`, users.admin)
    expect(ok.body.data.updateHubSubmission).toEqual({ status: 'declined', declineReason: '重复报送' })
    expect((await adopted()).some((d) => String(d.articleId) === String(article.id))).toBe(false)
    // The county's webmaster reads the decision; the department's does not see it at all.
    const own = await ctx.api().get(`/api/hub-submissions/${sub.id}`).set(await wf.auth(users.countyWebmaster))
    expect(own.body).toMatchObject({ status: 'declined', declineReason: '重复报送' })
    expect((await ctx.api().get(`/api/hub-submissions/${sub.id}`).set(await wf.auth(users.webmaster))).status).toBe(404)
    // The unit cannot overturn it.
    expect((await ctx.api().patch(`/api/hub-submissions/${sub.id}`).set(await wf.auth(users.countyWebmaster)).send({ status: 'adopted' })).status).toBe(403)
    const gql = await graphql(`mutation { updateHubSubmission(id: ${JSON.stringify(sub.id)}, data: { status: adopted }) { id } }`, users.countyWebmaster)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await submissionFor(article.id)).status).toBe('declined')
  })

  it('refuses states that only the original may set, and deletion by anyone but the system', async () => {
    const article = await publishMarked(dept, `状态约束 ${Date.now()}`)
    const sub = await submissionFor(article.id)
    for (const status of ['retracted', 'bogus']) {
      const res = await ctx.api().patch(`/api/hub-submissions/${sub.id}`).set(await wf.auth(hubEditor)).send({ status })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    }
    expect((await ctx.api().delete(`/api/hub-submissions/${sub.id}`).set(await wf.auth(users.admin))).status).toBe(403)
    expect((await submissionFor(article.id)).status).toBe('pending')
  })

  it('isolation: anonymous reads no queue (REST, GraphQL); another unit’s user sees none of it through the Local API either', async () => {
    const article = await publishMarked(dept, `隔离报送 ${Date.now()}`)
    const sub = await submissionFor(article.id)
    expect((await ctx.api().get('/api/hub-submissions')).status).toBe(403)
    expect([403, 404]).toContain((await ctx.api().get(`/api/hub-submissions/${sub.id}`)).status)
    const anonGql = await graphql('{ HubSubmissions { docs { id declineReason } } }')
    expect(anonGql.body.data?.HubSubmissions?.docs ?? []).toEqual([])
    const anonPatch = await ctx.api().patch(`/api/hub-submissions/${sub.id}`).send({ status: 'adopted' })
    expect(anonPatch.status).toBe(403)
    const { user } = await ctx.payload.auth({ headers: new Headers({ Authorization: `JWT ${await ctx.login(users.countyEditor)}` }) })
    const found = await ctx.payload.find({ collection: 'hub-submissions', user: user!, overrideAccess: false, limit: 500 })
    expect(found.docs.every((d) => String((d.sourceTenant as { id?: ID })?.id ?? d.sourceTenant) === String(county))).toBe(true)
    await expect(ctx.payload.update({ collection: 'hub-submissions', id: sub.id, data: { status: 'adopted' } as never, user: user!, overrideAccess: false })).rejects.toThrow()
    expect((await submissionFor(article.id)).status).toBe('pending')
  })

  it.each(['column=bogus', 'limit=0', 'limit=101', 'page=abc'])('refuses bad adopted-list parameters (%s) with a bilingual 400', async (query) => {
    const res = await ctx.api().get(`/api/hub-submissions/adopted?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/)
  })

  it('counts by year and refuses a bad year or year with from/to (bilingual 400)', async () => {
    const year = new Date().getFullYear()
    const now = await ctx.api().get(`/api/hub-submissions/stats?year=${year}`).set(await wf.auth(hubEditor))
    expect(now.status).toBe(200)
    expect(now.body.units.find((u: { unit: string }) => u.unit === String(dept))?.submitted).toBeGreaterThan(0)
    expect((await ctx.api().get('/api/hub-submissions/stats?year=2001').set(await wf.auth(hubEditor))).body.units).toEqual([])
    for (const query of ['year=20x6', `year=${year}&from=2026-01-01`]) {
      const res = await ctx.api().get(`/api/hub-submissions/stats?${query}`).set(await wf.auth(hubEditor))
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/)
    }
    expect((await ctx.api().get('/api/hub-submissions/stats')).status).toBe(401)
  })
})
