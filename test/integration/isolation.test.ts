import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { unitScopedCollections } from '../../src/tenancy/scoped-collections'
import { useTestContext, type TestContext } from '../helpers/context'
import { isolationSamples, type Sample, type SampleRefs } from '../helpers/isolation-matrix'

type ID = number | string
const sameId = (a: unknown, b: unknown) => String(a) === String(b)
const tenantOf = (doc: { tenant?: unknown }) => (typeof doc.tenant === 'object' && doc.tenant ? (doc.tenant as { id: ID }).id : doc.tenant)

/**
 * The security boundary between units: a user of tenant A (the demo department) against documents
 * of tenant B (the demo county), over REST, GraphQL and the Local API; and anonymous visitors.
 * Every collection of src/tenancy/scoped-collections.ts runs through it.
 */
describe.each(unitScopedCollections.map((slug) => [slug]))('tenant isolation: %s', (slug) => {
  let ctx: TestContext
  let tenantA: ID
  let tenantB: ID
  let token: string
  let refs: SampleRefs
  let drafts: boolean
  let ids: { bPublished: ID; bDraft?: ID; aPublished: ID; aDraft?: ID }
  let gql: { single: string; plural: string }
  const collection = slug as CollectionSlug
  const sample = (label: string) => Promise.resolve(isolationSamples[slug](label, refs))
  const auth = () => ({ Authorization: `JWT ${token}` })

  const graphql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    ctx.api().post('/api/graphql').set(headers).send({ query, variables })
  // Every page of a list (lists are bounded by MAX_LIST_LIMIT), so a leak on a later page is seen too.
  const restAll = async (query: string, headers: Record<string, string> = {}) => {
    const docs: Record<string, unknown>[] = []
    for (let page = 1; ; page++) {
      const res = await ctx.api().get(`/api/${slug}?${query}&limit=200&page=${page}`).set(headers)
      expect(res.status).toBe(200)
      docs.push(...res.body.docs)
      if (!res.body.hasNextPage) return docs
    }
  }
  const graphqlAll = async (args: string, fields: string, headers: Record<string, string> = {}) => {
    const docs: Record<string, unknown>[] = []
    for (let page = 1; ; page++) {
      const res = await graphql(`{ ${gql.plural}(limit: 200, page: ${page}${args}) { docs { ${fields} } hasNextPage } }`, {}, headers)
      expect(res.status).toBe(200)
      expect(res.body.errors).toBeUndefined()
      docs.push(...res.body.data[gql.plural].docs)
      if (!res.body.data[gql.plural].hasNextPage) return docs
    }
  }

  /** POST over REST, as JSON or as multipart when the sample carries a file. */
  const restCreate = (s: Sample, extra: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const req = ctx.api().post(`/api/${slug}`).set(headers)
    const data = { ...s.data, ...extra }
    return s.file ? req.field('_payload', JSON.stringify(data)).attach('file', s.file.data, s.file.name) : req.send(data)
  }

  beforeAll(async () => {
    ctx = await useTestContext()
    tenantA = await ctx.tenantId('department')
    tenantB = await ctx.tenantId('county')
    token = await ctx.login('editor.dept@demo.zhanqun.cn')
    const column = await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } }, limit: 1 })
    refs = { columnId: column.docs[0].id }
    drafts = Boolean(ctx.payload.collections[collection].config.versions?.drafts)
    const make = async (tenant: ID, label: string, status: 'published' | 'draft') => {
      const s = await sample(label)
      const data = { ...s.data, tenant, ...(drafts ? { _status: status } : {}) }
      const id = (await ctx.payload.create({ collection, draft: status === 'draft', data: data as never, file: s.file })).id
      // A file is published by a published item that uses it (collections/Media/hooks/media-visibility).
      if (s.publishedBy && status === 'published') await ctx.payload.create({ collection: 'articles', data: { ...s.publishedBy(id), tenant, _status: 'published' } as never })
      return id
    }
    ids = {
      bPublished: await make(tenantB, 'B-published', 'published'),
      aPublished: await make(tenantA, 'A-published', 'published'),
      ...(drafts ? { bDraft: await make(tenantB, 'B-draft', 'draft'), aDraft: await make(tenantA, 'A-draft', 'draft') } : {}),
    }
    const names = ctx.payload.collections[collection].config.graphQL
    if (!names || !names.singularName || !names.pluralName) throw new Error(`${slug} needs graphQL singularName and pluralName`)
    gql = { single: names.singularName, plural: names.pluralName }
  })

  const stillIntact = async (id: ID) => {
    const doc = await ctx.payload.findByID({ collection, id, draft: true })
    expect(sameId(tenantOf(doc as never), tenantB)).toBe(true)
    expect(JSON.stringify(doc)).not.toContain('tampered')
  }
  const bIds = () => [ids.bPublished, ...(ids.bDraft ? [ids.bDraft] : [])]
  const idType = () => (typeof ids.bPublished === 'number' ? 'Int' : 'String')

  describe('REST, user of another tenant', () => {
    it('lists only their own tenant', async () => {
      const docs = await restAll('draft=true', auth())
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect(sameId(tenantOf(doc as never), tenantA)).toBe(true)
    })
    it('cannot read by id', async () => {
      for (const id of bIds()) {
        const res = await ctx.api().get(`/api/${slug}/${id}?draft=true`).set(auth())
        expect([403, 404]).toContain(res.status)
      }
    })
    it('cannot query the other tenant with where', async () => {
      const res = await ctx.api().get(`/api/${slug}`).query({ where: { tenant: { equals: tenantB } }, draft: 'true' }).set(auth())
      expect(res.status).toBe(200)
      expect(res.body.totalDocs).toBe(0)
    })
    it('cannot update or delete', async () => {
      const patch = await ctx.api().patch(`/api/${slug}/${ids.bPublished}`).set(auth()).send({ title: 'tampered', alt: 'tampered' })
      expect([403, 404]).toContain(patch.status)
      const del = await ctx.api().delete(`/api/${slug}/${ids.bPublished}`).set(auth())
      expect([403, 404]).toContain(del.status)
      await stillIntact(ids.bPublished)
    })
    it('cannot create into the other tenant', async () => {
      const before = await ctx.payload.count({ collection, where: { tenant: { equals: tenantB } } })
      const res = await restCreate(await sample('tampered'), { tenant: tenantB }, auth())
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      const after = await ctx.payload.count({ collection, where: { tenant: { equals: tenantB } } })
      expect(after.totalDocs).toBe(before.totalDocs)
    })
  })

  describe('GraphQL, user of another tenant', () => {
    it('lists, reads and queries nothing of the other tenant', async () => {
      const list = await graphqlAll(drafts ? ', draft: true' : '', 'id tenant { id }', auth())
      // The queries themselves must work (graphqlAll asserts no errors) and see something: an erroring
      // or empty query would pass every "nothing seen" check below.
      expect(list.length).toBeGreaterThan(0)
      for (const doc of list as { tenant: { id: ID } }[]) expect(sameId(doc.tenant.id, tenantA)).toBe(true)
      const byIdQuery = `query ($id: ${idType()}!) { ${gql.single}(id: $id) { id } }`
      const own = await graphql(byIdQuery, { id: ids.aPublished }, auth())
      expect(own.body.errors).toBeUndefined()
      expect(String(own.body.data[gql.single].id)).toBe(String(ids.aPublished))
      const byId = await graphql(byIdQuery, { id: ids.bPublished }, auth())
      expect(byId.body.data?.[gql.single] ?? null).toBeNull()
      const whereQuery = (tenant: ID) => `{ ${gql.plural}(where: { tenant: { equals: ${JSON.stringify(String(tenant))} } }) { totalDocs } }`
      const ownWhere = await graphql(whereQuery(tenantA), {}, auth())
      expect(ownWhere.body.errors).toBeUndefined()
      expect(ownWhere.body.data[gql.plural].totalDocs).toBeGreaterThan(0)
      const where = await graphql(whereQuery(tenantB), {}, auth())
      expect(where.body.errors).toBeUndefined()
      expect(where.body.data?.[gql.plural]?.totalDocs ?? 0).toBe(0)
    })
    it('cannot update, delete or create into the other tenant', async () => {
      const upd = await graphql(`mutation ($id: ${idType()}!) { update${gql.single}(id: $id, data: {}) { id } }`, { id: ids.bPublished }, auth())
      expect(upd.body.errors?.length).toBeGreaterThan(0)
      const del = await graphql(`mutation ($id: ${idType()}!) { delete${gql.single}(id: $id) { id } }`, { id: ids.bPublished }, auth())
      expect(del.body.errors?.length).toBeGreaterThan(0)
      const data = { ...(await sample('tampered')).data, tenant: tenantB }
      const create = await graphql(`mutation ($data: mutation${gql.single}Input!) { create${gql.single}(data: $data) { id } }`, { data }, auth())
      expect(create.body.errors?.length).toBeGreaterThan(0)
      await stillIntact(ids.bPublished)
    })
  })

  describe('Local API with overrideAccess: false', () => {
    it('find, findByID, update, delete and create are all scoped', async () => {
      const { user } = await ctx.payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
      expect(user).toBeTruthy()
      const opts = { user: user!, overrideAccess: false as const }
      const found = await ctx.payload.find({ collection, ...opts, draft: true, limit: 500 })
      for (const doc of found.docs) expect(sameId(tenantOf(doc as never), tenantA)).toBe(true)
      await expect(ctx.payload.findByID({ collection, id: ids.bPublished, ...opts })).rejects.toThrow()
      await expect(ctx.payload.update({ collection, id: ids.bPublished, data: { title: 'tampered' } as never, ...opts })).rejects.toThrow()
      await expect(ctx.payload.delete({ collection, id: ids.bPublished, ...opts })).rejects.toThrow()
      const s = await sample('tampered')
      await expect(ctx.payload.create({ collection, data: { ...s.data, tenant: tenantB } as never, file: s.file, ...opts })).rejects.toThrow()
      await stillIntact(ids.bPublished)
    })
  })

  describe('anonymous visitor', () => {
    it('reads published documents of every tenant and never a draft (REST and GraphQL)', async () => {
      const docs = (await restAll('draft=true')) as { id: ID; _status?: string }[]
      const seen = docs.map((d) => String(d.id))
      expect(seen).toContain(String(ids.bPublished))
      expect(seen).toContain(String(ids.aPublished))
      if (!drafts) return
      expect(seen).not.toContain(String(ids.bDraft))
      expect(seen).not.toContain(String(ids.aDraft))
      for (const doc of docs) expect(doc._status).toBe('published')
      expect([403, 404]).toContain((await ctx.api().get(`/api/${slug}/${ids.bDraft}?draft=true`)).status)
      const anonymous = (await graphqlAll(', draft: true', 'id _status')) as { id: ID; _status: string }[]
      expect(anonymous.map((d) => String(d.id))).toContain(String(ids.bPublished))
      for (const doc of anonymous) expect(doc._status).toBe('published')
    })
    it('cannot write', async () => {
      expect((await restCreate(await sample('anon'), { tenant: tenantB })).status).toBe(403)
      expect((await ctx.api().patch(`/api/${slug}/${ids.bPublished}`).send({ title: 'tampered' })).status).toBe(403)
      expect((await ctx.api().delete(`/api/${slug}/${ids.bPublished}`)).status).toBe(403)
      await stillIntact(ids.bPublished)
    })
  })
})
