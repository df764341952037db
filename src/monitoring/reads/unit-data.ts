import type { Payload, Where } from 'payload'
import { articleCategories } from '../../content/categories'
import { openStatuses as openLetterStatuses } from '../../letters/rules'
import { requestStatuses, isOpen, type RequestStatus } from '../../requests/state-machine'
import { idOf, type ID } from '../../access/roles'
import type { ColumnInput, ItemInput, UnitInput } from '../rules'
import type { MonitoringThresholds } from '../thresholds'
import { bodyReferences, type BodyReferences } from '../body-references'
import { resolveLinks } from './links'

/**
 * Loads what the rules need for some units (or the whole group) in a handful of queries: published
 * items page by page, open letters and applications, the column tree, and the targets of body links.
 */
const PAGE = 2000

interface UnitRow { id: ID; slug: string; name: string; shortName: string; kind: string; hasSubSite?: boolean | null; mailbox?: boolean | null; domains?: { domain: string }[] | null }
interface ColumnRow { id: ID; key: string; title: string; parent?: unknown; tenant?: unknown; shared?: boolean | null; kind: string; scope?: string | null; aggregates?: string | null; maxAgeDays?: number | null }

async function allPages<T>(payload: Payload, collection: 'disclosures' | 'articles', where: Where, select: Record<string, true>): Promise<T[]> {
  const out: T[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({ collection, where, select, depth: 0, limit: PAGE, page, sort: 'id', overrideAccess: true, draft: false })
    out.push(...(found.docs as T[]))
    if (!found.hasNextPage) return out
  }
}

export interface LoadedGroup { inputs: UnitInput[]; units: UnitRow[] }

export async function loadUnitInputs(payload: Payload, opts: { units?: ID[]; thresholds: MonitoringThresholds }): Promise<LoadedGroup> {
  const t = opts.thresholds
  const unitWhere: Where = opts.units ? { id: { in: opts.units } } : {}
  const [tenants, allTenants, columns] = await Promise.all([
    payload.find({ collection: 'tenants', where: unitWhere, pagination: false, depth: 0, sort: 'sortOrder', overrideAccess: true }),
    payload.find({ collection: 'tenants', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, domains: true } }),
    payload.find({ collection: 'columns', pagination: false, depth: 0, overrideAccess: true }),
  ])
  const units = tenants.docs as unknown as UnitRow[]
  const scope: Where[] = opts.units ? [{ tenant: { in: opts.units } }] : []
  const published: Where = { and: [...scope, { _status: { equals: 'published' } }] }
  const [disclosures, articles, letters, requests] = await Promise.all([
    allPages<Record<string, unknown>>(payload, 'disclosures', published, { title: true, tenant: true, column: true, indexNumber: true, issuer: true, publishedAt: true, writtenAt: true, validity: true, validUntil: true, body: true, attachments: true }),
    allPages<Record<string, unknown>>(payload, 'articles', published, { title: true, tenant: true, category: true, publishedAt: true, body: true }),
    payload.find({
      collection: 'letters', pagination: false, depth: 0, overrideAccess: true, select: { trackingCode: true, subject: true, status: true, receivedAt: true, unit: true },
      where: { and: [...(opts.units ? [{ unit: { in: opts.units } }] : []), { status: { in: [...openLetterStatuses] } }] },
    }),
    payload.find({
      collection: 'requests', pagination: false, depth: 0, overrideAccess: true, select: { trackingCode: true, status: true, due: true, unit: true },
      where: { and: [...(opts.units ? [{ unit: { in: opts.units } }] : []), { status: { in: requestStatuses.filter((s) => isOpen(s)) } }] },
    }),
  ])

  // Body references of every item, then one lookup of all their targets.
  const refs = new Map<string, BodyReferences>()
  const key = (collection: string, id: unknown) => `${collection}:${id}`
  for (const d of disclosures) {
    const r = bodyReferences(d.body)
    r.uploads.push(...((d.attachments as unknown[] | null) ?? []).map((a) => idOf(a as ID)!).filter((a) => a !== undefined))
    refs.set(key('disclosures', d.id), r)
  }
  for (const a of articles) refs.set(key('articles', a.id), bodyReferences(a.body))
  const hosts = new Set((allTenants.docs as unknown as UnitRow[]).flatMap((u) => (u.domains ?? []).map((d) => d.domain.toLowerCase())))
  const links = await resolveLinks(payload, [...refs.values()], {
    hosts, slugs: new Set((allTenants.docs as unknown as UnitRow[]).map((u) => u.slug)), columnKeys: new Set((columns.docs as unknown as ColumnRow[]).map((c) => c.key)),
  })

  const byUnit = <T extends Record<string, unknown>>(rows: T[], field = 'tenant') => {
    const map = new Map<string, T[]>()
    for (const row of rows) {
      const unit = String(idOf(row[field] as ID))
      if (!map.has(unit)) map.set(unit, [])
      map.get(unit)!.push(row)
    }
    return map
  }
  const disclosuresBy = byUnit(disclosures)
  const articlesBy = byUnit(articles)
  const lettersBy = byUnit(letters.docs as unknown as Record<string, unknown>[], 'unit')
  const requestsBy = byUnit(requests.docs as unknown as Record<string, unknown>[], 'unit')
  const columnRows = columns.docs as unknown as ColumnRow[]

  const item = (collection: 'disclosures' | 'articles', d: Record<string, unknown>): ItemInput => {
    const check = links.check(refs.get(key(collection, d.id))!)
    return {
      collection, id: d.id as ID, title: String(d.title ?? ''), indexNumber: d.indexNumber as string, issuer: d.issuer as string,
      publishedAt: d.publishedAt as string, writtenAt: d.writtenAt as string, validity: d.validity as string, validUntil: d.validUntil as string,
      brokenLinks: check.brokenLinks, missingFiles: check.missingFiles,
    }
  }

  const inputs = units.map((u): UnitInput => {
    const id = String(u.id)
    const own = disclosuresBy.get(id) ?? []
    const news = articlesBy.get(id) ?? []
    const hasSite = u.kind === 'hub' || Boolean(u.hasSubSite)
    const columnsOfSite: ColumnInput[] = hasSite ? [
      ...articleCategories.map((c) => {
        const list = news.filter((a) => a.category === c.value)
        const kind = c.value === 'notice' ? 'notice' as const : 'news' as const
        return {
          key: c.value, title: c.label.zh, source: 'articles' as const, kind, maxAgeDays: kind === 'news' ? t.newsStaleDays : t.noticeStaleDays,
          latest: latestOf(list), count: list.length, adminPath: `/collections/articles?where[category][equals]=${c.value}&where[tenant][equals]=${u.id}`,
        }
      }),
      ...siteColumns(columnRows, u).map((c) => {
        const list = own.filter((d) => String(idOf(d.column as ID)) === String(c.id))
        return {
          key: c.key, title: c.title, source: 'disclosures' as const, kind: c.kind === 'news' ? 'news' as const : c.kind === 'notice' ? 'notice' as const : 'disclosure' as const,
          maxAgeDays: c.maxAgeDays ?? null, latest: latestOf(list), count: list.length, adminPath: `/collections/disclosures?where[column][equals]=${c.id}&where[tenant][equals]=${u.id}`,
        }
      }),
    ] : []
    return {
      unit: { id: u.id, slug: u.slug, name: u.name, kind: u.kind, hasSite, mailbox: u.kind === 'hub' || Boolean(u.mailbox) },
      columns: columnsOfSite,
      letters: (lettersBy.get(id) ?? []).map((l) => ({ id: l.id as ID, trackingCode: String(l.trackingCode), subject: String(l.subject), status: l.status as never, receivedAt: String(l.receivedAt) })),
      requests: (requestsBy.get(id) ?? []).map((r) => ({ id: r.id as ID, trackingCode: String(r.trackingCode), status: r.status as RequestStatus, due: (r.due as string) ?? null })),
      items: [...own.map((d) => item('disclosures', d)), ...news.map((a) => item('articles', a))],
    }
  })
  return { inputs, units }
}

const latestOf = (rows: Record<string, unknown>[]): string | null =>
  rows.reduce<string | null>((max, r) => (typeof r.publishedAt === 'string' && (!max || r.publishedAt > max) ? r.publishedAt : max), null)

/** The catalogue leaves a unit's site shows: shared ones of its scope (no hub aggregates) and its own custom columns. */
function siteColumns(columns: ColumnRow[], unit: UnitRow): ColumnRow[] {
  const visible = columns.filter((c) => {
    if (c.kind !== 'disclosure' || c.aggregates) return false
    if (c.shared) return c.scope !== 'hub' || unit.kind === 'hub'
    return String(idOf(c.tenant as ID)) === String(unit.id)
  })
  const parents = new Set(visible.map((c) => String(idOf(c.parent as ID))))
  return visible.filter((c) => !parents.has(String(c.id)))
}
