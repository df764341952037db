import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, CREATED, leaksIn, TAMPER, unitOf, type Actor, type Fixture, type World } from '../helpers/attack'
import { useTestContext, type TestContext } from '../helpers/context'
import { samplePng } from '../helpers/isolation-matrix'

type ID = number | string

/**
 * The attack matrix: every collection (ours and Payload's) against every role of unit A, the hub
 * editor, a user of two units, and anonymous visitors, over REST and GraphQL. Each probe that reads
 * must leak nothing of unit B; each probe that writes must leave B's documents as they were and
 * move nothing between units. A super-admin runs the same probes as the planted control: the
 * detectors must see what a super-admin may legitimately see, or they prove nothing.
 */
const markerField: Partial<Record<string, string>> = {
  disclosures: 'title', articles: 'title', media: 'alt', columns: 'title', 'wording-entries': 'wrong', users: 'name',
  'audit-log': 'summary', 'hub-submissions': 'originalTitle', tenants: 'name', 'payload-preferences': 'value',
  'payload-jobs': 'input', 'payload-kv': 'data', 'payload-locked-documents': 'globalSlug',
  'mail-outbox': 'subject', 'calendar-overrides': 'note', 'mourning-periods': 'title', 'monitoring-snapshots': 'month', 'annual-reports': 'sections { problems }',
}
/** Collections with no documents of a unit to attack, and why. */
/** A change to each global (the group's settings) that no attacker may make. */
const globalTampers: Record<string, Record<string, unknown>> = {
  'disclosure-settings': { indexNumberFormat: { unitSeparator: '#', partSeparator: '-', serialPadding: 5 } },
  'mailbox-settings': { acceptDays: 99, replyDays: 99 },
  'monitoring-settings': { homeStaleDays: 999, deductions: [{ rule: 'home-stale', each: 0, max: 0 }] },
}
const noFixture: Record<string, string> = { 'payload-migrations': 'schema history, no unit data; probed for reads and writes all the same' }
const unitField: Partial<Record<string, string>> = {
  disclosures: 'tenant', articles: 'tenant', media: 'tenant', columns: 'tenant', 'wording-entries': 'tenant',
  'audit-log': 'tenant', 'hub-submissions': 'sourceTenant', users: 'tenants.tenant', letters: 'unit', requests: 'unit', 'annual-reports': 'unit',
  'monitoring-snapshots': 'tenant',
}

interface Finding { actor: string; probe: string; leak: string }

describe('attack matrix: no unit reads or writes another unit’s data', () => {
  let ctx: TestContext
  let world: World
  let slugs: CollectionSlug[]
  const findings: Finding[] = []
  const statuses: number[] = []
  const actors: Actor[] = []

  const headers = (actor: Actor) => (actor.token ? { Authorization: `JWT ${actor.token}` } : {})
  const record = (actor: Actor, probe: string, status: number, text: string, collection: string) => {
    statuses.push(status)
    expect(status, `${actor.name} ${probe} answered ${status}: ${text.slice(0, 300)}`).toBeLessThan(500)
    for (const leak of leaksIn(world, collection, text, actor.name)) findings.push({ actor: actor.name, probe, leak })
  }
  const rest = async (actor: Actor, method: 'get' | 'patch' | 'delete' | 'post', url: string, collection: string, body?: unknown) => {
    let req = ctx.api()[method](url).set(headers(actor))
    if (body !== undefined) req = req.send(body as object)
    const res = await req
    record(actor, `${method.toUpperCase()} ${url}`, res.status, res.text, collection)
    return res
  }
  const gql = async (actor: Actor, query: string, collection: string) => {
    const res = await ctx.api().post('/api/graphql').set(headers(actor)).send({ query })
    // 200 means the query was valid for the schema and ran; a 400 would make the probe vacuous.
    expect(res.status, `${actor.name} GraphQL ${query}: ${res.text.slice(0, 300)}`).toBe(200)
    record(actor, `GraphQL ${query}`, res.status, res.text, collection)
    return res
  }
  const gqlNames = (slug: string) => {
    const g = ctx.payload.collections[slug as CollectionSlug].config.graphQL
    return g && g.singularName && g.pluralName ? { one: g.singularName, many: g.pluralName } : null
  }
  const drafts = (slug: string) => Boolean(ctx.payload.collections[slug as CollectionSlug].config.versions)
  const literal = (v: unknown): string =>
    typeof v === 'object' && v !== null ? `{${Object.entries(v).map(([k, x]) => `${k}: ${literal(x)}`).join(', ')}}` : JSON.stringify(v)

  /** Every probe of the matrix, as one actor. */
  async function attack(actor: Actor) {
    const { A, B } = world.units
    for (const slug of slugs) {
      const mine = world.fixtures.filter((f) => f.collection === slug)
      const secretIds = mine.filter((f) => !f.public).map((f) => f.id)
      await rest(actor, 'get', `/api/${slug}?limit=100&depth=2&draft=true`, slug)
      if (unitField[slug]) await rest(actor, 'get', `/api/${slug}?limit=100&depth=2&draft=true&where[${unitField[slug]}][equals]=${B}`, slug)
      if (secretIds.length) {
        const res = await rest(actor, 'get', `/api/${slug}/count?${secretIds.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`, slug)
        const legitReader = mine.some((f) => f.legitReaders?.includes(actor.name))
        if (res.status === 200 && res.body.totalDocs > 0 && !legitReader) findings.push({ actor: actor.name, probe: `count ${slug}`, leak: `${res.body.totalDocs} secret documents counted` })
      }
      if (drafts(slug)) await rest(actor, 'get', `/api/${slug}/versions?limit=100&depth=2`, slug)
      const names = gqlNames(slug)
      const field = markerField[slug] ?? 'id'
      if (names) await gql(actor, `{ ${names.many}(limit: 100${drafts(slug) ? ', draft: true' : ''}) { docs { id ${field} } } }`, slug)
      for (const f of mine) await probeDocument(actor, f, names, field)
      await createInto(actor, slug, B, names)
    }
    if (actor.name === 'super-admin') return // the control reads; it does not write
    for (const f of world.own) {
      await rest(actor, 'patch', `/api/${f.collection}/${f.id}`, f.collection, { tenant: B })
      await rest(actor, 'patch', `/api/${f.collection}/${f.id}`, f.collection, { tenant: null })
      const names = gqlNames(f.collection)
      if (names) await gql(actor, `mutation { update${names.one}(id: ${literal(f.id)}, data: { tenant: ${literal(B)} }) { id } }`, f.collection)
    }
    const bDraft = world.fixtures.find((f) => f.collection === 'disclosures' && !f.public)!
    await rest(actor, 'post', '/api/payload-locked-documents', 'payload-locked-documents', { document: { relationTo: 'disclosures', value: bDraft.id }, user: { relationTo: 'users', value: actor.id ?? 1 } })
    await rest(actor, 'post', '/api/disclosures', 'disclosures', { title: CREATED, column: (await columnId()), issuer: 'x', tenant: A, attachments: world.fixtures.filter((f) => f.collection === 'media').map((f) => f.id) })
    for (const url of ['/api/payload-jobs/run', '/api/payload-jobs/run?limit=1', '/api/payload-jobs/handle-schedules']) {
      const res = await rest(actor, 'get', url, 'payload-jobs')
      expect(res.status, `${actor.name} ran the jobs queue: ${url}`).toBeGreaterThanOrEqual(400)
    }
    // The group's settings: only a super-admin changes them (the intact check below compares every value).
    for (const [slug, data] of Object.entries(globalTampers)) {
      const res = await rest(actor, 'post', `/api/globals/${slug}`, 'globals', data)
      expect(res.status, `${actor.name} POST /api/globals/${slug}`).toBeGreaterThanOrEqual(400)
    }
  }

  async function probeDocument(actor: Actor, f: Fixture, names: { one: string; many: string } | null, field: string) {
    const base = `/api/${f.collection}`
    await rest(actor, 'get', `${base}/${f.id}?depth=2&draft=true`, f.collection)
    if (drafts(f.collection)) await rest(actor, 'get', `${base}/versions?depth=2&where[parent][equals]=${f.id}`, f.collection)
    if (f.collection === 'media') await mediaFile(actor, f)
    // The control reads and does not write; hub staff legitimately decide on B's submissions.
    if (actor.name === 'super-admin' || f.legitReaders?.includes(actor.name)) return
    const patched = await rest(actor, 'patch', `${base}/${f.id}`, f.collection, f.tamper)
    expect(patched.status, `${actor.name} PATCH ${base}/${f.id}`).toBeGreaterThanOrEqual(400)
    await rest(actor, 'patch', `${base}?where[id][equals]=${f.id}`, f.collection, f.tamper)
    const deleted = await rest(actor, 'delete', `${base}/${f.id}`, f.collection)
    expect(deleted.status, `${actor.name} DELETE ${base}/${f.id}`).toBeGreaterThanOrEqual(400)
    await rest(actor, 'delete', `${base}?where[id][equals]=${f.id}`, f.collection)
    if (!names) return
    await gql(actor, `{ ${names.one}(id: ${literal(f.id)}${drafts(f.collection) ? ', draft: true' : ''}) { id ${field} } }`, f.collection)
    if (drafts(f.collection)) await gql(actor, `{ versions${names.many}(where: { parent: { equals: ${literal(f.id)} } }) { docs { id version { ${field} } } } }`, f.collection)
    const [key, value] = Object.entries(f.tamper)[0]
    await gql(actor, `mutation { update${names.one}(id: ${literal(f.id)}, data: { ${key}: ${literal(value)} }) { id } }`, f.collection)
    await gql(actor, `mutation { delete${names.one}(id: ${literal(f.id)}) { id } }`, f.collection)
  }

  async function mediaFile(actor: Actor, f: Fixture) {
    const doc = await ctx.payload.findByID({ collection: 'media', id: f.id, overrideAccess: true, depth: 0 })
    const res = await ctx.api().get(`/api/media/file/${encodeURIComponent(String(doc.filename))}`).set(headers(actor))
    statuses.push(res.status)
    const mayRead = f.public || actor.name === 'super-admin'
    if (res.status === 200 && !mayRead) findings.push({ actor: actor.name, probe: `file ${doc.filename}`, leak: `media#${f.id} file` })
  }

  let cachedColumn: ID | undefined
  const columnId = async () => (cachedColumn ??= (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } }, limit: 1 })).docs[0].id)

  async function createInto(actor: Actor, slug: string, B: ID, names: { one: string; many: string } | null) {
    if (actor.name === 'super-admin') return
    const data = { tenant: B, sourceTenant: B, title: CREATED, alt: CREATED, wrong: CREATED, name: CREATED, summary: CREATED, originalTitle: CREATED, key: CREATED, column: await columnId(), parent: await columnId(), issuer: CREATED, category: 'news', email: `${CREATED.toLowerCase()}-${slug}@example.org`, password: 'Attack-pass-2026', value: CREATED, user: { relationTo: 'users', value: world.bEditor.id }, data: { v: CREATED }, input: { v: CREATED }, unit: B, year: 2032, sections: { other: CREATED } }
    if (slug === 'media') {
      const res = await ctx.api().post('/api/media').set(headers(actor)).field('_payload', JSON.stringify(data)).attach('file', (await samplePng('attack')).data, 'attack.png')
      record(actor, 'POST /api/media (into B)', res.status, res.text, slug)
    } else {
      await rest(actor, 'post', `/api/${slug}`, slug, data)
    }
    if (slug === 'wording-entries' || slug === 'columns') await rest(actor, 'post', `/api/${slug}`, slug, { ...data, tenant: null })
    if (names && ['disclosures', 'articles', 'wording-entries'].includes(slug)) {
      const fields = slug === 'wording-entries' ? `wrong: "${CREATED}", severity: warn` : slug === 'articles' ? `title: "${CREATED}", category: news` : `title: "${CREATED}", issuer: "x", column: ${literal(await columnId())}`
      await gql(actor, `mutation { create${names.one}(data: { ${fields}, tenant: ${literal(B)} }) { id } }`, slug)
    }
  }

  const globalsBefore: Record<string, unknown> = {}
  beforeAll(async () => {
    ctx = await useTestContext()
    world = await buildWorld(ctx)
    for (const slug of Object.keys(globalTampers)) globalsBefore[slug] = await ctx.payload.findGlobal({ slug: slug as never, depth: 0, overrideAccess: true })
    slugs = ctx.payload.config.collections.map((c) => c.slug as CollectionSlug)
    const dual = await ctx.payload.create({
      collection: 'users',
      data: { email: `dual-attacker-${Date.now()}@demo.zhanqun.cn`, password: 'Dual-attacker-2026', name: '双单位用户', tenants: [{ tenant: world.units.A, roles: ['webmaster'] }, { tenant: world.units.C, roles: ['editor'] }] } as never,
    })
    const signIn = async (name: string, email: string, password?: string) => {
      const token = await ctx.login(email, password)
      const me = await ctx.api().get('/api/users/me').set({ Authorization: `JWT ${token}` })
      actors.push({ name, token, id: me.body.user.id })
    }
    await signIn('A webmaster', 'webmaster.dept@demo.zhanqun.cn')
    await signIn('A editor', 'editor.dept@demo.zhanqun.cn')
    await signIn('A reviewer', 'reviewer.dept@demo.zhanqun.cn')
    await signIn('hub editor', 'hub.editor@demo.zhanqun.cn')
    await signIn('dual-unit user', dual.email as string, 'Dual-attacker-2026')
    actors.push({ name: 'anonymous' })
  })

  afterAll(() => {
    console.log(`[attack matrix] ${statuses.length} requests, ${slugs.length} collections, ${actors.length} attackers + the super-admin control; ${findings.length} leaks`)
    if (findings.length) console.error('attack matrix findings:\n' + findings.map((f) => `  ${f.actor}: ${f.probe} → ${f.leak}`).join('\n'))
  })

  it('knows every global, reads the monitoring settings only when signed in, and leaves every global unchanged', async () => {
    expect(Object.keys(globalTampers).sort()).toEqual(ctx.payload.config.globals.map((g) => g.slug).sort())
    expect((await ctx.api().get('/api/globals/monitoring-settings')).status).toBe(403)
    const anonymous = await ctx.api().post('/api/graphql').send({ query: '{ MonitoringSetting { homeStaleDays } }' })
    expect(anonymous.body.errors?.[0]?.message).toBeTruthy()
    for (const slug of Object.keys(globalTampers)) {
      const now = await ctx.payload.findGlobal({ slug: slug as never, depth: 0, overrideAccess: true })
      expect(JSON.stringify(now), `${slug} was changed`).toBe(JSON.stringify(globalsBefore[slug]))
    }
  })

  it('knows every collection: each one has a document of unit B to attack, or says why not', () => {
    for (const slug of slugs) {
      const covered = world.fixtures.some((f) => f.collection === slug) || slug in noFixture
      expect(covered, `collection ${slug} is not in the attack matrix (test/helpers/attack.ts)`).toBe(true)
    }
  })

  it('the planted control: the detectors see what a super-admin may read', async () => {
    const before = findings.length
    await attack({ name: 'super-admin', token: await ctx.login('admin@demo.zhanqun.cn') })
    const seen = new Set(findings.slice(before).map((f) => f.leak))
    findings.length = before
    for (const label of ['disclosure', 'article', 'media', 'wording', 'user', 'audit', 'submission', 'mail', 'annual-report']) {
      expect([...seen].some((leak) => leak.includes(`-${label}-`)), `the detector missed the super-admin reading ${label}`).toBe(true)
    }
    expect([...seen].some((leak) => leak.startsWith('payload-locked-documents#'))).toBe(true)
  })

  it.each(['A webmaster', 'A editor', 'A reviewer', 'hub editor', 'dual-unit user', 'anonymous'])('%s reads nothing of unit B and changes nothing', async (name) => {
    const actor = actors.find((a) => a.name === name)!
    const count = statuses.length
    await attack(actor)
    expect(statuses.length - count).toBeGreaterThan(100)
    expect(findings.filter((f) => f.actor === name)).toEqual([])
  })

  it('afterwards every document of unit B is intact and in B, and A’s documents are still in A', async () => {
    for (const f of world.fixtures) {
      const doc = await ctx.payload.findByID({ collection: f.collection, id: f.id, depth: 0, draft: true, overrideAccess: true, disableErrors: true })
      expect(doc, `${f.collection}#${f.id} was deleted`).toBeTruthy()
      expect(JSON.stringify(doc), `${f.collection}#${f.id} was changed`).not.toContain(TAMPER)
      if (unitField[f.collection] && f.collection !== 'users') expect(String(await unitOf(ctx, f))).toBe(String(world.units.B))
    }
    for (const f of world.own) expect(String(await unitOf(ctx, f)), `${f.collection}#${f.id} moved`).toBe(String(world.units.A))
    for (const slug of slugs) {
      const all = await ctx.payload.find({ collection: slug, limit: 5000, depth: 0, overrideAccess: true, pagination: false })
      // Anyone signed in keeps preferences of their own; only one made for B's user would be a breach.
      const ownPreference = (d: object) => slug === 'payload-preferences' && String((d as { user?: { value?: ID } }).user?.value) !== String(world.bEditor.id)
      const created = all.docs.filter((d) => JSON.stringify(d).includes(CREATED) && !ownPreference(d))
      expect(JSON.stringify(created, null, 1), `an attacker created a document in ${slug}`).toBe('[]')
    }
  })

  it('the planted control: a real change by a super-admin is seen by the intact check', async () => {
    const entry = world.fixtures.find((f) => f.collection === 'wording-entries')!
    const res = await ctx.api().patch(`/api/wording-entries/${entry.id}`).set({ Authorization: `JWT ${await ctx.login('admin@demo.zhanqun.cn')}` }).send({ note: TAMPER })
    expect(res.status).toBe(200)
    const doc = await ctx.payload.findByID({ collection: 'wording-entries', id: entry.id, overrideAccess: true })
    expect(JSON.stringify(doc)).toContain(TAMPER)
  })
})
