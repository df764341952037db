import crypto from 'node:crypto'
import type { CollectionSlug } from 'payload'
import { recount } from '../../collections/CatalogueCounts/recount'
import { countKey } from '../../src/disclosure/catalogue-counts'
import type { TestContext } from './context'
import { samplePng } from './isolation-matrix'

type ID = number | string

/**
 * The attack matrix's world: unit A (the demo department, the attackers' home), unit B (the demo
 * county, the victim), a third unit C, and B's documents in every collection, each carrying a
 * secret marker. A response that contains a marker (or a secret document's id, for documents with
 * no text) is a leak, whatever its shape; a B document that changed or moved is a breach.
 */
export const secret = (label: string) => `B-SECRET-${label}-${crypto.randomBytes(4).toString('hex')}`
export const TAMPER = 'ATTACK-TAMPERED'
export const CREATED = 'ATTACK-CREATED'

export interface Actor {
  name: string
  token?: string
  id?: ID
}

export interface Fixture {
  collection: CollectionSlug
  id: ID
  /** A field an attacker would overwrite, and a value of the right type. */
  tamper: Record<string, unknown>
  /** Whether anonymous visitors may read it (published content, public files, the unit directory). */
  public?: boolean
  /** Those for whom reading and changing it is legitimate (e.g. hub staff decide on the intake queue). */
  legitReaders?: string[]
}

export interface World {
  units: { A: ID; B: ID; C: ID; hub: ID }
  markers: string[]
  secretIds: Map<string, ID[]>
  fixtures: Fixture[]
  /** A's own documents that writers of A will try to move into B or out of every unit. */
  own: Fixture[]
  bEditor: { id: ID; email: string }
}

/** Every private marker or secret id found in a response body. */
export function leaksIn(world: World, collection: string, body: string, actor: string): string[] {
  const found = world.markers.filter((m) => body.includes(m) && !legit(world, m, actor))
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    parsed = undefined
  }
  const docs = (parsed as { docs?: { id?: ID }[]; id?: ID } | undefined)
  const ids = [...(docs?.docs?.map((d) => d?.id) ?? []), docs?.id].filter((v) => v !== undefined).map(String)
  for (const id of world.secretIds.get(collection) ?? []) if (ids.includes(String(id))) found.push(`${collection}#${id}`)
  return found
}

const legitByMarker = new Map<string, string[]>()
const legit = (_world: World, marker: string, actor: string) => (legitByMarker.get(marker) ?? []).includes(actor)

/** Builds unit B's secrets (and A's own documents) through the Local API, as the admin would. */
export async function buildWorld(ctx: TestContext): Promise<World> {
  const { payload } = ctx
  const A = await ctx.tenantId('department')
  const B = await ctx.tenantId('county')
  const hub = await ctx.tenantId('hub')
  const others = await payload.find({ collection: 'tenants', where: { and: [{ kind: { equals: 'department' } }, { id: { not_equals: A } }] }, limit: 1, depth: 0 })
  const C = others.docs[0].id
  const column = (await payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-other' } }, limit: 1 })).docs[0]
  const markers: string[] = []
  const secretIds = new Map<string, ID[]>()
  const fixtures: Fixture[] = []
  const mark = (label: string, legitReaders: string[] = []) => {
    const m = secret(label)
    markers.push(m)
    legitByMarker.set(m, legitReaders)
    return m
  }
  const add = (f: Fixture) => (fixtures.push(f), f.id)
  const png = (label: string) => samplePng(label)

  const bEditorDoc = (await payload.find({ collection: 'users', where: { email: { equals: 'editor.county@demo.zhanqun.cn' } }, limit: 1, depth: 0 })).docs[0]
  const bEditor = { ...bEditorDoc, collection: 'users' as const } as typeof bEditorDoc & { collection: 'users' }

  const privateMedia = await payload.create({ collection: 'media', data: { tenant: B, alt: mark('media') } as never, file: await png('b-private') })
  add({ collection: 'media', id: privateMedia.id, tamper: { alt: TAMPER } })
  const publicMedia = await payload.create({ collection: 'media', data: { tenant: B, alt: `B公开图片 ${Date.now()}` } as never, file: await png('b-public') })
  add({ collection: 'media', id: publicMedia.id, tamper: { alt: TAMPER }, public: true })

  const disclosure = (title: string, status: 'draft' | 'published', attachments: ID[]) =>
    payload.create({
      collection: 'disclosures', draft: status === 'draft',
      data: { tenant: B, title, column: column.id, issuer: '区县人民政府', _status: status, attachments } as never,
    })
  const bDraft = await disclosure(mark('disclosure'), 'draft', [privateMedia.id])
  add({ collection: 'disclosures', id: bDraft.id, tamper: { title: TAMPER } })
  const published = await disclosure(`B已发布条目 ${Date.now()}`, 'published', [publicMedia.id])
  add({ collection: 'disclosures', id: published.id, tamper: { title: TAMPER }, public: true })

  const draftArticle = await payload.create({ collection: 'articles', draft: true, data: { tenant: B, title: mark('article'), category: 'news', _status: 'draft' } as never })
  add({ collection: 'articles', id: draftArticle.id, tamper: { title: TAMPER } })

  const bColumn = await payload.create({ collection: 'columns', data: { tenant: B, title: `B自建栏目${Date.now() % 100000}`, parent: column.id } as never })
  add({ collection: 'columns', id: bColumn.id, tamper: { title: TAMPER }, public: true })
  const entry = await payload.create({ collection: 'wording-entries', data: { tenant: B, wrong: mark('wording'), correct: '正确', severity: 'warn' } as never })
  add({ collection: 'wording-entries', id: entry.id, tamper: { note: TAMPER } })

  const bUser = await payload.create({
    collection: 'users',
    data: { email: `b-only-${Date.now()}@demo.zhanqun.cn`, password: 'B-only-pass-2026', name: mark('user'), tenants: [{ tenant: B, roles: ['editor'] }] } as never,
  })
  add({ collection: 'users', id: bUser.id, tamper: { name: TAMPER } })

  const audit = await payload.create({ collection: 'audit-log', data: { at: new Date().toISOString(), action: 'update', tenant: B, summary: mark('audit'), userName: 'B' } as never })
  add({ collection: 'audit-log', id: audit.id, tamper: { summary: TAMPER } })

  const hubStaff = ['hub editor']
  const submission = await payload.create({
    collection: 'hub-submissions',
    data: { originalTitle: mark('submission', hubStaff), article: draftArticle.id, sourceTenant: B, status: 'pending', submittedAt: new Date().toISOString() } as never,
  })
  add({ collection: 'hub-submissions', id: submission.id, tamper: { editedTitle: TAMPER }, legitReaders: hubStaff })

  add({ collection: 'tenants', id: B, tamper: { name: TAMPER }, public: true })

  const lock = await payload.db.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'disclosures', value: bDraft.id }, user: { relationTo: 'users', value: bEditor.id } },
  })
  secretIds.set('payload-locked-documents', [lock.id])
  add({ collection: 'payload-locked-documents', id: lock.id, tamper: { user: { relationTo: 'users', value: bEditor.id } } })

  const pref = await payload.create({ collection: 'payload-preferences', data: { key: 'attack-matrix', value: { note: mark('preference') } } as never, user: bEditor, overrideAccess: true })
  add({ collection: 'payload-preferences', id: pref.id, tamper: { value: { note: TAMPER } } })

  const job = await payload.jobs.queue({ task: 'notifyWebhook', input: { marker: mark('job') } as never, waitUntil: new Date(Date.now() + 365 * 86400_000) })
  add({ collection: 'payload-jobs', id: job.id, tamper: { input: { marker: TAMPER } } })

  await payload.kv.set('attack-matrix', { marker: mark('kv') })
  const kv = await payload.find({ collection: 'payload-kv' as CollectionSlug, where: { key: { equals: 'attack-matrix' } }, limit: 1, overrideAccess: true })
  add({ collection: 'payload-kv' as CollectionSlug, id: kv.docs[0].id, tamper: { data: { marker: TAMPER } } })

  const sequences = await payload.find({ collection: 'index-sequences', limit: 100, depth: 0, overrideAccess: true })
  secretIds.set('index-sequences', sequences.docs.map((d) => d.id))
  add({ collection: 'index-sequences', id: sequences.docs[0].id, tamper: { value: 999999 } })

  // B's kept catalogue count, counted as the server does: only the server writes it.
  await recount(payload, [countKey({ unit: String(B) }, null)])
  const counts = await payload.find({ collection: 'catalogue-counts', where: { key: { equals: countKey({ unit: String(B) }, null).key } }, limit: 1, depth: 0, overrideAccess: true })
  secretIds.set('catalogue-counts', counts.docs.map((d) => d.id))
  add({ collection: 'catalogue-counts', id: counts.docs[0].id, tamper: { count: 999999 } })

  // Group-level tables: mail about B (super-admins only) and a calendar note (anyone signed in).
  const mailMarker = mark('mail')
  const mail = await payload.create({
    collection: 'mail-outbox', overrideAccess: true,
    data: { to: bEditor.email, subject: mailMarker, text: mailMarker, kind: 'attack-matrix', status: 'logged' } as never,
  })
  add({ collection: 'mail-outbox', id: mail.id, tamper: { subject: TAMPER } })
  // The search index: closed to every request (visitors search through /api/search, live entries only).
  const searchMarker = mark('search')
  const searchEntry = await payload.create({
    collection: 'search-entries', overrideAccess: true,
    data: { key: `attack:${searchMarker}`, kind: 'disclosures', sourceId: String(bDraft.id), unit: String(B), title: searchMarker, titleTokens: searchMarker, live: false } as never,
  })
  add({ collection: 'search-entries', id: searchEntry.id, tamper: { title: TAMPER } })
  const signedIn = ['A webmaster', 'A editor', 'A reviewer', 'hub editor', 'dual-unit user']
  const override = await payload.create({ collection: 'calendar-overrides', data: { date: '2026-03-02', kind: 'working', note: mark('calendar', signedIn) } as never })
  add({ collection: 'calendar-overrides', id: override.id, tamper: { note: TAMPER }, legitReaders: signedIn })
  const mourning = await payload.create({ collection: 'mourning-periods', data: { title: mark('mourning'), startsAt: '2030-04-04T00:00:00+08:00', endsAt: '2030-04-05T00:00:00+08:00', scope: 'sites', units: [B] } as never })
  add({ collection: 'mourning-periods', id: mourning.id, tamper: { title: TAMPER } })

  // A letter to B's mailbox, answered by B: the writer's data and the text are for hub staff and B only.
  const letterMarker = mark('letter', hubStaff)
  const letter = await payload.create({
    collection: 'letters', overrideAccess: true,
    data: {
      trackingCode: `XX20260301${crypto.randomBytes(3).toString('hex').toUpperCase().replace(/[01IO]/g, 'Z')}`, subject: letterMarker, category: 'consult', body: letterMarker,
      writer: { name: '乙', phone: '13900000000', email: 'b-writer@example.com' }, site: B, unit: B, status: 'received', receivedAt: new Date().toISOString(), passwordHash: 'scrypt$x$y',
    } as never,
  })
  add({ collection: 'letters', id: letter.id, tamper: { subject: TAMPER }, legitReaders: hubStaff })
  const attachment = await payload.create({
    collection: 'letter-attachments', overrideAccess: true, data: { letter: letter.id } as never,
    file: { data: Buffer.from(`%PDF-1.4\n${mark('letter-file', hubStaff)}\n%%EOF\n`), mimetype: 'application/pdf', name: 'b-letter.pdf', size: 64 },
  })
  add({ collection: 'letter-attachments', id: attachment.id, tamper: { letter: null }, legitReaders: hubStaff })

  // An application to B: the applicant's identity and request are for hub staff and B only.
  const requestMarker = mark('request', hubStaff)
  const application = await payload.create({
    collection: 'requests', overrideAccess: true,
    data: {
      trackingCode: `YS20260301${crypto.randomBytes(3).toString('hex').toUpperCase().replace(/[01IO]/g, 'Z')}`, channel: 'online', site: B, unit: B, status: 'registered', receivedDay: '2026-03-01',
      applicant: { kind: 'natural', name: '丙', idNumber: '43100219800101123X', phone: '13900000001' }, description: requestMarker, form: 'email', delivery: 'email', passwordHash: 'scrypt$x$y',
    } as never,
  })
  add({ collection: 'requests', id: application.id, tamper: { description: TAMPER }, legitReaders: hubStaff })
  const answerDocument = await payload.create({
    collection: 'request-documents', overrideAccess: true, data: { request: application.id } as never,
    file: { data: Buffer.from(`%PDF-1.4\n${mark('request-file', hubStaff)}\n%%EOF\n`), mimetype: 'application/pdf', name: 'b-answer.pdf', size: 64 },
  })
  add({ collection: 'request-documents', id: answerDocument.id, tamper: { request: null }, legitReaders: hubStaff })

  // B's monitoring result (网站监测): hub staff and B's own staff only.
  const snapshot = await payload.create({
    collection: 'monitoring-snapshots', overrideAccess: true,
    data: { tenant: B, month: mark('monitoring', hubStaff), checkedAt: new Date().toISOString(), score: 80, vetoed: false, findingCount: 1, findings: [{ rule: 'broken-links', summary: 'B' }] } as never,
  })
  add({ collection: 'monitoring-snapshots', id: snapshot.id, tamper: { score: 1 }, legitReaders: hubStaff })

  // B's annual report in the making: its narrative is for B's staff and hub staff until published.
  const reportMarker = mark('annual-report', hubStaff)
  const report = await payload.create({ collection: 'annual-reports', overrideAccess: true, data: { unit: B, year: 2031, sections: { problems: reportMarker } } as never })
  add({ collection: 'annual-reports', id: report.id, tamper: { sections: { other: TAMPER } }, legitReaders: hubStaff })

  // A's own documents, for the move probes.
  const ownMedia = await payload.create({ collection: 'media', data: { tenant: A, alt: 'A图片' } as never, file: await png('a-own') })
  const ownDisclosure = await payload.create({ collection: 'disclosures', draft: true, data: { tenant: A, title: 'A自有条目', column: column.id, issuer: 'A', _status: 'draft' } as never })
  const ownArticle = await payload.create({ collection: 'articles', draft: true, data: { tenant: A, title: 'A自有文章', category: 'news', _status: 'draft' } as never })
  const ownColumn = await payload.create({ collection: 'columns', data: { tenant: A, title: `A自建栏目${Date.now() % 100000}`, parent: column.id } as never })
  const ownEntry = await payload.create({ collection: 'wording-entries', data: { tenant: A, wrong: `A错词${Date.now()}`, correct: 'A', severity: 'warn' } as never })
  const own: Fixture[] = [
    { collection: 'media', id: ownMedia.id, tamper: {} },
    { collection: 'disclosures', id: ownDisclosure.id, tamper: {} },
    { collection: 'articles', id: ownArticle.id, tamper: {} },
    { collection: 'columns', id: ownColumn.id, tamper: {} },
    { collection: 'wording-entries', id: ownEntry.id, tamper: {} },
  ]
  return { units: { A, B, C, hub }, markers, secretIds, fixtures, own, bEditor: { id: bEditor.id, email: bEditor.email as string } }
}

/** The unit a document belongs to, read through the Local API without access checks. */
export async function unitOf(ctx: TestContext, f: Fixture): Promise<ID | null | undefined> {
  const doc = (await ctx.payload.findByID({ collection: f.collection, id: f.id, depth: 0, draft: true, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
  if (!doc) return undefined
  const unit = doc.tenant ?? doc.sourceTenant ?? doc.unit
  return unit === undefined ? null : ((unit as ID | null) ?? null)
}
