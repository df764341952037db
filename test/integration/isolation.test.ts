import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { tenantScopedCollections } from '../../src/tenancy/scoped-collections'
import { useTestContext, type TestContext } from '../helpers/context'
import { isolationSamples } from '../helpers/isolation-matrix'

type ID = number | string
const sameId = (a: unknown, b: unknown) => String(a) === String(b)
const tenantOf = (doc: { tenant?: unknown }) => (typeof doc.tenant === 'object' && doc.tenant ? (doc.tenant as { id: ID }).id : doc.tenant)

/**
 * The security boundary between units: a user of tenant A (the demo department) against documents
 * of tenant B (the demo county), over REST, GraphQL and the Local API; and anonymous visitors.
 */
describe.each(tenantScopedCollections.map((slug) => [slug]))('tenant isolation: %s', (slug) => {
  let ctx: TestContext
  let tenantA: ID
  let tenantB: ID
  let token: string
  let ids: { bPublished: ID; bDraft: ID; aPublished: ID; aDraft: ID }
  const collection = slug as CollectionSlug
  const sample = isolationSamples[slug]
  const auth = () => ({ Authorization: `JWT ${token}` })
  let gql: { single: string; plural: string }

  const graphql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    ctx.api().post('/api/graphql').set(headers).send({ query, variables })

  beforeAll(async () => {
    ctx = await useTestContext()
    tenantA = await ctx.tenantId('department')
    tenantB = await ctx.tenantId('county')
    token = await ctx.login('editor.dept@demo.zhanqun.cn')
    const make = async (tenant: ID, label: string, status: 'published' | 'draft') =>
      (await ctx.payload.create({ collection, draft: status === 'draft', data: { ...sample(label), tenant, _status: status } as never })).id
    ids = {
      bPublished: await make(tenantB, 'B-published', 'published'),
      bDraft: await make(tenantB, 'B-draft', 'draft'),
      aPublished: await make(tenantA, 'A-published', 'published'),
      aDraft: await make(tenantA, 'A-draft', 'draft'),
    }
    const names = ctx.payload.collections[collection].config.graphQL
    if (!names) throw new Error(`${slug} has no GraphQL names`)
    gql = { single: names.singularName, plural: names.pluralName }
  })

  const stillIntact = async (id: ID) => {
    const doc = await ctx.payload.findByID({ collection, id, draft: true })
    expect(sameId(tenantOf(doc as never), tenantB)).toBe(true)
    expect(JSON.stringify(doc)).not.toContain('tampered')
  }

  describe('REST, user of another tenant', () => {
    it('lists only their own tenant', async () => {
      const res = await ctx.api().get(`/api/${slug}?limit=500&draft=true`).set(auth())
      expect(res.status).toBe(200)
      expect(res.body.docs.length).toBeGreaterThan(0)
      for (const doc of res.body.docs) expect(sameId(tenantOf(doc), tenantA)).toBe(true)
    })
    it('cannot read by id', async () => {
      for (const id of [ids.bPublished, ids.bDraft]) {
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
      const patch = await ctx.api().patch(`/api/${slug}/${ids.bPublished}`).set(auth()).send({ title: 'tampered' })
      expect([403, 404]).toContain(patch.status)
      const del = await ctx.api().delete(`/api/${slug}/${ids.bPublished}`).set(auth())
      expect([403, 404]).toContain(del.status)
      await stillIntact(ids.bPublished)
    })
    it('cannot create into the other tenant', async () => {
      const before = await ctx.payload.count({ collection, where: { tenant: { equals: tenantB } } })
      const res = await ctx.api().post(`/api/${slug}`).set(auth()).send({ ...sample('tampered'), tenant: tenantB })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      const after = await ctx.payload.count({ collection, where: { tenant: { equals: tenantB } } })
      expect(after.totalDocs).toBe(before.totalDocs)
    })
  })

  describe('GraphQL, user of another tenant', () => {
    it('lists, reads and queries nothing of the other tenant', async () => {
      const list = await graphql(`{ ${gql.plural}(limit: 500, draft: true) { docs { id tenant { id } } } }`, {}, auth())
      expect(list.status).toBe(200)
      for (const doc of list.body.data[gql.plural].docs) expect(sameId(doc.tenant.id, tenantA)).toBe(true)
      const byId = await graphql(`query ($id: ${typeof ids.bPublished === 'number' ? 'Int' : 'String'}!) { ${gql.single}(id: $id) { id } }`, { id: ids.bPublished }, auth())
      expect(byId.body.data?.[gql.single] ?? null).toBeNull()
      const where = await graphql(`{ ${gql.plural}(where: { tenant: { equals: ${JSON.stringify(String(tenantB))} } }) { totalDocs } }`, {}, auth())
      expect(where.body.data?.[gql.plural]?.totalDocs ?? 0).toBe(0)
    })
    it('cannot update, delete or create into the other tenant', async () => {
      const idType = typeof ids.bPublished === 'number' ? 'Int' : 'String'
      const upd = await graphql(`mutation ($id: ${idType}!) { update${gql.single}(id: $id, data: { title: "tampered" }) { id } }`, { id: ids.bPublished }, auth())
      expect(upd.body.errors?.length).toBeGreaterThan(0)
      const del = await graphql(`mutation ($id: ${idType}!) { delete${gql.single}(id: $id) { id } }`, { id: ids.bPublished }, auth())
      expect(del.body.errors?.length).toBeGreaterThan(0)
      const create = await graphql(`mutation ($data: mutation${gql.single}Input!) { create${gql.single}(data: $data) { id } }`, { data: { ...sample('tampered'), tenant: tenantB } }, auth())
      expect(create.body.errors?.length).toBeGreaterThan(0)
      await stillIntact(ids.bPublished)
    })
  })

  describe('Local API with overrideAccess: false', () => {
    const asUser = async () => {
      const { user } = await ctx.payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
      expect(user).toBeTruthy()
      return { user: user!, overrideAccess: false as const }
    }
    it('find, findByID, update, delete and create are all scoped', async () => {
      const opts = await asUser()
      const found = await ctx.payload.find({ collection, ...opts, draft: true, limit: 500 })
      for (const doc of found.docs) expect(sameId(tenantOf(doc as never), tenantA)).toBe(true)
      await expect(ctx.payload.findByID({ collection, id: ids.bPublished, ...opts })).rejects.toThrow()
      await expect(ctx.payload.update({ collection, id: ids.bPublished, data: { title: 'tampered' } as never, ...opts })).rejects.toThrow()
      await expect(ctx.payload.delete({ collection, id: ids.bPublished, ...opts })).rejects.toThrow()
      await expect(ctx.payload.create({ collection, data: { ...sample('tampered'), tenant: tenantB } as never, ...opts })).rejects.toThrow()
      await stillIntact(ids.bPublished)
    })
  })

  describe('anonymous visitor', () => {
    it('reads published documents of every tenant and no drafts (REST and GraphQL)', async () => {
      const res = await ctx.api().get(`/api/${slug}?limit=500&draft=true`)
      expect(res.status).toBe(200)
      const seen = res.body.docs.map((d: { id: ID }) => String(d.id))
      expect(seen).toContain(String(ids.bPublished))
      expect(seen).toContain(String(ids.aPublished))
      expect(seen).not.toContain(String(ids.bDraft))
      expect(seen).not.toContain(String(ids.aDraft))
      for (const doc of res.body.docs) expect(doc._status).toBe('published')
      expect([403, 404]).toContain((await ctx.api().get(`/api/${slug}/${ids.bDraft}?draft=true`)).status)
      const list = await graphql(`{ ${gql.plural}(limit: 500, draft: true) { docs { id _status } } }`)
      for (const doc of list.body.data[gql.plural].docs) expect(doc._status).toBe('published')
    })
    it('cannot write', async () => {
      expect((await ctx.api().post(`/api/${slug}`).send({ ...sample('anon'), tenant: tenantB })).status).toBe(403)
      expect((await ctx.api().patch(`/api/${slug}/${ids.bPublished}`).send({ title: 'tampered' })).status).toBe(403)
      expect((await ctx.api().delete(`/api/${slug}/${ids.bPublished}`)).status).toBe(403)
      await stillIntact(ids.bPublished)
    })
  })
})
