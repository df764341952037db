import { access } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { staticDir } from '../../../collections/Media'
import { matchPage } from '../../site/routing'
import { internalPath, type BodyReferences, type ID } from '../body-references'

/**
 * Resolves the targets of many bodies at once: each kind of target (item, article, column, site,
 * media file) is looked up in one query per 500 keys, files on disk checked once each.
 */
const CHUNK = 500

type Target =
  | { kind: 'ok' }
  | { kind: 'broken' }
  | { kind: 'disclosure'; id: string }
  | { kind: 'article'; slug: string }
  | { kind: 'file'; filename: string }

interface Known { hosts: ReadonlySet<string>; slugs: ReadonlySet<string>; columnKeys: ReadonlySet<string> }

/** Where a site path leads, before any lookup. */
export function classifyPath(raw: string, known: Known): Target {
  let p = raw
  try {
    p = decodeURIComponent(raw)
  } catch {
    return { kind: 'broken' }
  }
  const file = /^\/api\/media\/file\/([^/]+)$/.exec(p)
  if (file) return { kind: 'file', filename: file[1] }
  if (p.startsWith('/api/') || p.startsWith('/admin')) return { kind: 'ok' }
  const site = /^\/sites\/([^/]+)(\/.*)?$/.exec(p)
  if (site) {
    if (!known.slugs.has(site[1])) return { kind: 'broken' }
    p = site[2] || '/'
  }
  const page = matchPage(p.length > 1 ? p.replace(/\/$/, '') || '/' : p)
  if (!page) return { kind: 'broken' }
  if (page.kind === 'disclosure') return { kind: 'disclosure', id: page.id }
  if (page.kind === 'article') return { kind: 'article', slug: page.slug }
  if (page.kind === 'column' || (page.kind === 'feed' && page.column)) {
    const key = page.kind === 'column' ? page.key : page.column!
    return known.columnKeys.has(key) ? { kind: 'ok' } : { kind: 'broken' }
  }
  return { kind: 'ok' }
}

async function findIn(payload: Payload, collection: 'disclosures' | 'articles' | 'media', field: string, values: string[], published: boolean, select: string): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = []
  for (let i = 0; i < values.length; i += CHUNK) {
    const and: Where[] = [{ [field]: { in: values.slice(i, i + CHUNK) } }]
    if (published) and.push({ _status: { equals: 'published' } })
    const res = await payload.find({ collection, where: { and }, select: { [select]: true }, depth: 0, pagination: false, overrideAccess: true, ...(published ? { draft: false } : {}) })
    docs.push(...(res.docs as unknown as Record<string, unknown>[]))
  }
  return docs
}

async function existing(payload: Payload, collection: 'disclosures' | 'articles' | 'media', field: string, values: string[], published: boolean): Promise<Set<string>> {
  const docs = await findIn(payload, collection, field, values, published, field === 'id' ? 'createdAt' : field)
  return new Set(docs.map((d) => String(d[field])))
}

export async function resolveLinks(payload: Payload, all: BodyReferences[], known: Known) {
  const targets = new Map<string, Target>()
  const ids = new Set<string>()
  const slugs = new Set<string>()
  const filenames = new Set<string>()
  const mediaIds = new Set<string>()
  const articleIds = new Set<string>()
  for (const refs of all) {
    for (const href of refs.hrefs) {
      if (targets.has(href)) continue
      const p = internalPath(href, known.hosts)
      const target: Target = p === undefined ? { kind: 'ok' } : classifyPath(p, known)
      targets.set(href, target)
      if (target.kind === 'disclosure') ids.add(target.id)
      if (target.kind === 'article') slugs.add(target.slug)
      if (target.kind === 'file') filenames.add(target.filename)
    }
    for (const doc of refs.documents) {
      if (doc.collection === 'disclosures') ids.add(String(doc.id))
      if (doc.collection === 'articles') articleIds.add(String(doc.id))
    }
    for (const id of refs.uploads) mediaIds.add(String(id))
  }
  const [liveIds, liveSlugs, liveArticleIds, mediaById, mediaByName] = await Promise.all([
    existing(payload, 'disclosures', 'id', [...ids], true),
    existing(payload, 'articles', 'slug', [...slugs], true),
    existing(payload, 'articles', 'id', [...articleIds], true),
    findIn(payload, 'media', 'id', [...mediaIds], false, 'filename'),
    existing(payload, 'media', 'filename', [...filenames], false),
  ])
  // A media record whose file is gone from storage is as missing as a deleted record.
  const filenameOf = new Map<string, string>()
  await Promise.all((mediaById as unknown as { id: ID; filename?: string | null }[]).map(async (m) => {
    if (!m.filename) return
    try {
      await access(path.join(staticDir, m.filename))
      filenameOf.set(String(m.id), m.filename)
    } catch {
      // the file is gone: reported as missing
    }
  }))
  const namesKnown = new Map((mediaById as unknown as { id: ID; filename?: string | null }[]).map((m) => [String(m.id), m.filename ?? String(m.id)]))

  const hrefBroken = (href: string): boolean => {
    const t = targets.get(href)!
    if (t.kind === 'broken') return true
    if (t.kind === 'disclosure') return !liveIds.has(t.id)
    if (t.kind === 'article') return !liveSlugs.has(t.slug)
    if (t.kind === 'file') return !mediaByName.has(t.filename)
    return false
  }
  return {
    check(refs: BodyReferences): { brokenLinks: string[]; missingFiles: string[] } {
      const brokenLinks = refs.hrefs.filter(hrefBroken)
      for (const doc of refs.documents) {
        if ((doc.collection === 'disclosures' && !liveIds.has(String(doc.id))) || (doc.collection === 'articles' && !liveArticleIds.has(String(doc.id)))) {
          brokenLinks.push(`${doc.collection}/${doc.id}`)
        }
      }
      for (let i = 0; i < refs.empty; i++) brokenLinks.push('（内部链接未选择目标）')
      const missingFiles = [...new Set(refs.uploads.map(String))].filter((id) => !filenameOf.has(id)).map((id) => namesKnown.get(id) ?? `#${id}`)
      return { brokenLinks, missingFiles }
    },
  }
}
