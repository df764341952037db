import type { Payload, PayloadRequest } from 'payload'
import { inTransaction } from '../../db/transaction'
import sharp from 'sharp'
import { units as groupUnits } from '../../../tenants/units'
import type { ID } from '../../access/roles'
import { relationId } from '../../shared/ids'
import { demoPassword } from '../demo-users'
import { demoPdf } from './files'
import { loadDemoLetters } from './letters'
import { loadDemoRequests } from './requests'
import { loadDemoAnnualReports } from './annual-report'
import { loadDemoMonitoring } from './monitoring'
import { recountAll } from '../../../collections/CatalogueCounts/recount'
import { loadPublishingRulesDemo } from './publishing-rules'
import { blocksToLexical } from './bodies'
import { planDemo, random, type DemoPlan, type PlannedDisclosure } from './plan'


export interface LivingDemoReport {
  articles: number
  disclosures: number
  files: number
  adopted: number
  /** Letters in the mailboxes (市长信箱 and the units' 信箱). */
  letters?: number
  /** Disclosure applications (依申请公开). */
  requests?: number
  /** The year whose records reproduce the seed's figures, with its published reports. */
  annualReports?: { year: number; letters: number; requests: number }
  monitoring?: { units: number; vetoed: number }
  /** Catalogue counts (目录条数) stored for the loaded items. */
  counted?: number
  staleUnits: string[]
}

/** A small landscape picture for an article, in the unit's own colour (no text, so no font is needed). */
async function picture(seed: number): Promise<Buffer> {
  const rnd = random(seed)
  const hue = () => Math.floor(80 + rnd() * 150)
  const [r, g, b] = [hue(), hue(), hue()]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="rgb(${r},${g},${b + 60})"/><stop offset="1" stop-color="rgb(240,244,248)"/></linearGradient></defs><rect width="960" height="540" fill="url(#s)"/><path d="M0 400 L200 250 L380 380 L560 200 L760 360 L960 260 L960 540 L0 540 Z" fill="rgb(${r - 60},${g - 30},${b - 60})"/><rect x="120" y="330" width="160" height="130" fill="rgb(200,60,50)"/><rect x="640" y="300" width="200" height="160" fill="rgb(230,230,220)"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 78 }).toBuffer()
}

/** Runs `fn` over `items` in transactions of `size`: one commit per batch, not one per document. */
async function inBatches<T>(payload: Payload, items: readonly T[], size: number, fn: (item: T, req: PayloadRequest, index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await inTransaction(payload, async (req) => {
      for (const [offset, item] of items.slice(start, start + size).entries()) await fn(item, req, start + offset)
    }, { demoSeed: true })
  }
}

interface Lookups {
  unitId: Map<string, ID>
  unitName: Map<string, string>
  columnId: Map<string, ID>
}

async function lookups(payload: Payload): Promise<Lookups> {
  const tenants = await payload.find({ collection: 'tenants', pagination: false, depth: 0, select: { slug: true, name: true } })
  const columns = await payload.find({ collection: 'columns', where: { shared: { equals: true } }, pagination: false, depth: 0, select: { key: true } })
  return {
    unitId: new Map(tenants.docs.map((t) => [String(t.slug), t.id])),
    unitName: new Map(tenants.docs.map((t) => [String(t.slug), String(t.name)])),
    columnId: new Map(columns.docs.map((c) => [String(c.key), c.id])),
  }
}

async function upload(payload: Payload, req: PayloadRequest, tenant: ID, alt: string, file: { data: Buffer; mimetype: string; name: string }): Promise<ID> {
  const doc = await payload.create({ collection: 'media', data: { tenant: relationId(tenant), alt }, file: { ...file, size: file.data.length }, req, depth: 0 })
  return doc.id
}

/** Publishes planned disclosure items (with their PDF attachments) in batches; returns how many files were made. */
export async function loadPlannedDisclosures(payload: Payload, items: readonly PlannedDisclosure[], onEach: () => void, known?: Lookups): Promise<number> {
  const { unitId, unitName, columnId } = known ?? (await lookups(payload))
  let files = 0
  await inBatches(payload, items, 200, async (d, req, i) => {
    const tenant = unitId.get(d.unit)
    const column = columnId.get(d.column)
    if (tenant === undefined || column === undefined) throw new Error(`unknown unit or column: ${d.unit} ${d.column}`)
    const attachments = d.attachment ? [await upload(payload, req, tenant, d.title, { data: demoPdf(d.title), mimetype: 'application/pdf', name: `${d.publishedAt.slice(0, 10)}-${i}.pdf` })] : []
    files += attachments.length
    await payload.create({
      collection: 'disclosures', req, depth: 0,
      data: {
        tenant: relationId(tenant), column: relationId(column), title: d.title, issuer: unitName.get(d.unit) ?? d.unit, documentNumber: d.documentNumber, writtenAt: d.writtenAt,
        publishedAt: d.publishedAt, subjects: d.subjects, validity: d.validity, mode: 'proactive', body: blocksToLexical(d.body) as never, attachments: attachments.map(relationId), _status: 'published',
      },
    })
    onEach()
  })
  return files
}

/**
 * Loads the living demo group (src/seed/demo/plan.ts) through the Local API, so the hooks run as in
 * real publishing: index numbers, file visibility, submissions to the hub.
 */
export async function loadLivingDemo(payload: Payload, { today = new Date(), onProgress }: { today?: Date; onProgress?: (done: number, total: number) => void } = {}): Promise<LivingDemoReport> {
  const plan: DemoPlan = planDemo(groupUnits, today)
  const known = await lookups(payload)
  const total = plan.articles.length + plan.disclosures.length
  const report: LivingDemoReport = { articles: 0, disclosures: 0, files: 0, adopted: 0, staleUnits: plan.staleUnits }
  const tick = () => onProgress?.(report.articles + report.disclosures, total)

  await inBatches(payload, plan.articles, 100, async (a, req, i) => {
    const tenant = known.unitId.get(a.unit)
    if (tenant === undefined) throw new Error(`unknown unit: ${a.unit}`)
    const images = a.image ? [await upload(payload, req, tenant, `${known.unitName.get(a.unit)}：${a.title}现场`, { data: await picture(i), mimetype: 'image/jpeg', name: `${a.slug}.jpg` })] : []
    report.files += images.length
    await payload.create({
      collection: 'articles', req, depth: 0,
      data: {
        tenant: relationId(tenant), title: a.title, slug: a.slug, category: a.category, summary: a.summary, publishedAt: a.publishedAt, _status: 'published',
        body: blocksToLexical(a.body, images) as never, hubSubmission: { submit: a.submitToHub, targetCategory: 'news' },
      },
    })
    report.articles++
    tick()
  })
  report.files += await loadPlannedDisclosures(payload, plan.disclosures, () => (report.disclosures++, tick()), known)

  // The hub has decided on some of the units' submissions: adopted ones show on its home page.
  const pending = await payload.find({ collection: 'hub-submissions', where: { status: { equals: 'pending' } }, pagination: false, depth: 0, sort: '-submittedAt' })
  for (const [i, s] of pending.docs.entries()) {
    if (i % 2 === 1) continue
    await payload.update({ collection: 'hub-submissions', id: s.id, data: { status: 'adopted', adoptedCategory: i % 4 === 0 ? 'headline' : 'news' }, context: { demoSeed: true } })
    report.adopted++
  }
  await loadPublishingRulesDemo(payload, today, process.env.SEED_DEMO_PASSWORD ?? demoPassword)
  await submitForReview(payload, today)
  report.letters = await loadDemoLetters(payload, today)
  report.requests = await loadDemoRequests(payload, today)
  report.annualReports = await loadDemoAnnualReports(payload, today)
  // Last: the check reads everything loaded above.
  report.monitoring = await loadDemoMonitoring(payload, today)
  // The catalogues' kept counts (collection `catalogue-counts`, derived, never loaded as such) of all of it: demo items are
  // loaded past the per-item recount, so the demo's rows of that collection are counted here.
  report.counted = await recountAll(payload)
  return report
}

/**
 * The demo department's editor has sent one item for review, through the workflow's own transition,
 * so the demo reviewer finds work waiting and the outbox (mail-outbox) holds the 送审通知 it caused.
 */
async function submitForReview(payload: Payload, today: Date): Promise<void> {
  const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor.dept@demo.zhanqun.cn' } }, limit: 1, depth: 0 })).docs[0]
  const unit = editor?.tenants?.[0]?.tenant
  const column = (await payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1, depth: 0 })).docs[0]
  if (!editor || unit === undefined || unit === null || !column) return
  const user = { ...editor, collection: 'users' as const }
  const draft = await payload.create({
    collection: 'disclosures', draft: true, depth: 0, user,
    data: { tenant: unit, column: column.id, title: `关于做好${today.getUTCFullYear()}年政府信息公开工作要点落实的通知（送审稿）`, issuer: '郴州市发展和改革委员会', _status: 'draft' },
  })
  await payload.update({
    collection: 'disclosures', id: draft.id, data: {}, draft: true, depth: 0, overrideAccess: true, user,
    context: { reviewTransition: { action: 'submit', to: 'submitted' }, workflowWrite: true },
  })
}
