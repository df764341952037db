import type { Payload } from 'payload'
import { syncCatalogue } from '../../collections/Columns/sync-catalogue'
import { backfillUnitKinds } from '../../collections/Disclosures/hooks/stamp-unit-kind'
import { seedWordingDictionary } from './wording'
import { seedCalendarOverrides } from './calendar'
import { demoArticles, demoDisclosures } from '../../tenants/demo-content'
import type { UnitSeed } from '../../tenants/types'
import { units as groupUnits } from '../../tenants/units'
import { paragraphsToLexical } from '../content/lexical'
import { loadLivingDemo, type LivingDemoReport } from './demo/load'
import { demoPassword, demoUsers } from './demo-users'

type SiteRole = 'hub' | 'department' | 'county'

/** The units the demo accounts and articles belong to: the hub, the first department and county sub-sites. */
export function demoSites(units: readonly UnitSeed[] = groupUnits): Record<SiteRole, UnitSeed> {
  const ordered = [...units].sort((a, b) => a.sortOrder - b.sortOrder)
  const pick = (kind: UnitSeed['kind']) => {
    const unit = ordered.find((u) => u.kind === kind && u.hasSubSite)
    if (!unit) throw new Error(`no ${kind} unit with a sub-site in tenants/units.ts`)
    return unit
  }
  return { hub: pick('hub'), department: pick('department'), county: pick('county') }
}

export interface SeedOptions {
  demo?: boolean
  password?: string
  units?: readonly UnitSeed[]
}

export interface SeedReport {
  tenants: number
  createdTenants: number
  createdUsers: number
  createdArticles: number
  createdDisclosures: number
}

/** Loads the site group (and demo users and content) idempotently: existing records are kept. */
export async function seedGroup(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const units = options.units ?? groupUnits
  const report: SeedReport = { tenants: units.length, createdTenants: 0, createdUsers: 0, createdArticles: 0, createdDisclosures: 0 }
  await syncCatalogue(payload)
  await seedWordingDictionary(payload)

  const existing = await payload.find({ collection: 'tenants', pagination: false, depth: 0, select: { slug: true } })
  const idBySlug = new Map(existing.docs.map((t) => [t.slug as string, t.id]))
  for (const unit of units) {
    if (idBySlug.has(unit.slug)) continue
    const { domains, contact, ...rest } = unit
    const created = await payload.create({
      collection: 'tenants',
      data: { ...rest, mailbox: rest.mailbox ?? rest.hasSubSite, domains: domains.map((domain) => ({ domain })), contact },
    })
    idBySlug.set(unit.slug, created.id)
    report.createdTenants++
  }
  await backfillUnitKinds(payload)
  if (options.demo === false) return report

  const sites = demoSites(units)
  const tenantOf = (site: SiteRole) => idBySlug.get(sites[site].slug)!
  for (const user of demoUsers) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
    if (found.docs.length > 0) continue
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        name: user.name,
        password: options.password ?? process.env.SEED_DEMO_PASSWORD ?? demoPassword,
        roles: user.superAdmin ? ['super-admin'] : [],
        tenants: user.rows.map((row) => ({ tenant: tenantOf(row.site), roles: row.roles })),
      },
    })
    report.createdUsers++
  }

  for (const article of demoArticles) {
    const tenant = tenantOf(article.site)
    const found = await payload.find({
      collection: 'articles',
      where: { and: [{ tenant: { equals: tenant } }, { slug: { equals: article.slug } }] },
      draft: true,
      limit: 1,
      depth: 0,
    })
    if (found.docs.length > 0) continue
    await payload.create({
      collection: 'articles',
      draft: article.status === 'draft',
      data: {
        tenant,
        slug: article.slug,
        title: article.title,
        category: article.category,
        summary: article.summary,
        publishedAt: article.publishedAt,
        body: paragraphsToLexical(article.paragraphs),
        _status: article.status,
      },
    })
    report.createdArticles++
  }

  const columns = await payload.find({ collection: 'columns', where: { shared: { equals: true } }, pagination: false, depth: 0 })
  const columnId = new Map(columns.docs.map((c) => [c.key as string, c.id]))
  for (const item of demoDisclosures) {
    const tenant = tenantOf(item.site)
    const found = await payload.count({ collection: 'disclosures', where: { and: [{ tenant: { equals: tenant } }, { title: { equals: item.title } }] } })
    if (found.totalDocs > 0) continue
    await payload.create({
      collection: 'disclosures',
      draft: item.status === 'draft',
      data: {
        tenant,
        title: item.title,
        column: columnId.get(item.column)!,
        issuer: sites[item.site].name,
        documentNumber: item.documentNumber,
        writtenAt: item.writtenAt,
        publishedAt: item.publishedAt,
        subjects: item.subjects,
        validity: 'valid',
        mode: 'proactive',
        body: paragraphsToLexical(item.paragraphs),
        _status: item.status,
      },
    })
    report.createdDisclosures++
  }
  await seedCalendarOverrides(payload)
  return report
}

/**
 * Seeds only a database with no units yet; returns the report, or null when nothing was done. With
 * demo data (unless SEED_DEMO=false, or =small for the accounts and a few items) the whole group comes
 * alive: src/seed/demo/plan.ts.
 */
export async function seedIfEmpty(payload: Payload, log: (line: string) => void = console.log): Promise<(SeedReport & { living?: LivingDemoReport }) | null> {
  const { totalDocs } = await payload.count({ collection: 'tenants' })
  if (totalDocs > 0) return null
  const demo = process.env.SEED_DEMO !== 'false'
  const report = await seedGroup(payload, { demo })
  // SEED_DEMO=small: the demo accounts and a handful of items only (tests that start servers).
  if (!demo || process.env.SEED_DEMO === 'small') return report
  let shown = -1
  const living = await loadLivingDemo(payload, {
    onProgress: (done, total) => {
      const tenth = Math.floor((done / total) * 10)
      if (tenth !== shown) log(`[zhanqun] 演示数据 / demo data ${(shown = tenth) * 10}% (${done}/${total})`)
    },
  })
  return { ...report, living }
}
