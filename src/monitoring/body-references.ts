/**
 * What a rich-text body (Lexical JSON) points at: link targets and embedded files, for the
 * broken-link and missing-file checks. Pure.
 */
export type ID = number | string

export interface BodyReferences {
  /** `href`s of custom links and autolinks, as written. */
  hrefs: string[]
  /** Links to documents picked in the editor (linkType internal). */
  documents: { collection: string; id: ID }[]
  /** Media ids of embedded images and files. */
  uploads: ID[]
  /** Links that lead nowhere whatever exists: an internal link without a target. */
  empty: number
}

interface LexicalNode {
  type?: string
  url?: string
  fields?: { url?: string; linkType?: string; doc?: { relationTo?: string; value?: unknown } | null } | null
  relationTo?: string
  value?: unknown
  children?: LexicalNode[]
}

const idOf = (value: unknown): ID | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: ID }).id
  return undefined
}

export function bodyReferences(body: unknown): BodyReferences {
  const refs: BodyReferences = { hrefs: [], documents: [], uploads: [], empty: 0 }
  const root = (body as { root?: LexicalNode } | null)?.root
  const stack: LexicalNode[] = root ? [root] : []
  while (stack.length) {
    const node = stack.pop()!
    if (node.type === 'link' || node.type === 'autolink') {
      if (node.fields?.linkType === 'internal') {
        const id = idOf(node.fields.doc?.value)
        if (node.fields.doc?.relationTo && id !== undefined) refs.documents.push({ collection: node.fields.doc.relationTo, id })
        else refs.empty++
      } else {
        const href = node.fields?.url ?? node.url
        if (typeof href === 'string' && href.trim()) refs.hrefs.push(href.trim())
      }
    } else if (node.type === 'upload') {
      const id = idOf(node.value)
      if (id !== undefined) refs.uploads.push(id)
    }
    // Children pushed last-first, so targets come out in reading order.
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i])
  }
  return refs
}

/**
 * The site path an href leads to, when it stays inside the group: a site path, or an http(s) URL on
 * one of the group's hosts. External links, mailto: and tel: answer undefined (not checked here).
 */
export function internalPath(href: string, groupHosts: ReadonlySet<string>): string | undefined {
  if (href.startsWith('/') && !href.startsWith('//')) return href.split(/[?#]/)[0]
  if (!/^https?:\/\//i.test(href)) return undefined
  try {
    const url = new URL(href)
    return groupHosts.has(url.hostname.toLowerCase()) ? url.pathname : undefined
  } catch {
    return undefined
  }
}
