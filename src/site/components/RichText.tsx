import type { ReactNode } from 'react'
import type { SiteContext } from '../context'
import { linkHostRule, safeHref } from '../format'

/**
 * Lexical JSON to React elements. React escapes every text; links keep only site paths, mailto, tel
 * and http(s) to allowed hosts (see safeHref), others render as text; unknown nodes render their
 * children and nothing else.
 */
type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  url?: string
  fields?: { url?: string; newTab?: boolean }
  value?: { alt?: string; url?: string; width?: number; height?: number; sizes?: Record<string, { url?: string; width?: number }> } | number | string
  children?: LexicalNode[]
  headerState?: number
  colSpan?: number
  rowSpan?: number
}

const IS_BOLD = 1
const IS_ITALIC = 2
const IS_STRIKE = 4
const IS_UNDERLINE = 8
const IS_CODE = 16

function textNode(node: LexicalNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? ''
  const f = typeof node.format === 'number' ? node.format : 0
  if (f & IS_CODE) out = <code>{out}</code>
  if (f & IS_BOLD) out = <strong>{out}</strong>
  if (f & IS_ITALIC) out = <em>{out}</em>
  if (f & IS_UNDERLINE) out = <u>{out}</u>
  if (f & IS_STRIKE) out = <s>{out}</s>
  return <span key={key}>{out}</span>
}

type HostRule = (host: string) => boolean

function renderNodes(nodes: LexicalNode[] | undefined, hosts: HostRule): ReactNode[] {
  return (nodes ?? []).map((node, i) => renderNode(node, i, hosts))
}

function renderNode(node: LexicalNode, key: number, hosts: HostRule): ReactNode {
  const children = renderNodes(node.children, hosts)
  switch (node.type) {
    case 'text':
      return textNode(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{children}</p>
    case 'heading': {
      // The page title is the h1: body headings start at h2.
      const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').slice(1)) + 1))
      const Tag = `h${level}` as 'h2'
      return <Tag key={key}>{children}</Tag>
    }
    case 'quote':
      return <blockquote key={key}>{children}</blockquote>
    case 'list':
      return node.listType === 'number' ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>
    case 'listitem':
      return <li key={key}>{children}</li>
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url, hosts)
      return href ? <a key={key} href={href} rel={node.fields?.newTab ? 'noopener noreferrer' : undefined}>{children}</a> : <span key={key}>{children}</span>
    }
    case 'upload': {
      const media = typeof node.value === 'object' ? node.value : undefined
      if (!media?.url) return null
      const sizes = Object.values(media.sizes ?? {}).filter((s) => s?.url && s.width)
      const srcSet = sizes.map((s) => `${s.url} ${s.width}w`).join(', ')
      return (
        <figure key={key}>
          <img src={media.url} srcSet={srcSet || undefined} sizes="(max-width: 48rem) 100vw, 48rem" alt={media.alt ?? ''} width={media.width} height={media.height} loading="lazy" />
        </figure>
      )
    }
    case 'table': {
      const rows = node.children ?? []
      const headerRow = rows.length > 1 && (rows[0].children ?? []).every((c) => Number(c.headerState ?? 0) & 1)
      const body = renderNodes(headerRow ? rows.slice(1) : rows, hosts)
      return (
        <div key={key} className="table-wrap">
          <table>
            {headerRow && <thead>{renderNode(rows[0], 0, hosts)}</thead>}
            <tbody>{body}</tbody>
          </table>
        </div>
      )
    }
    case 'tablerow':
      return <tr key={key}>{children}</tr>
    case 'tablecell': {
      const header = Number(node.headerState ?? 0)
      const span = { colSpan: node.colSpan && node.colSpan > 1 ? node.colSpan : undefined, rowSpan: node.rowSpan && node.rowSpan > 1 ? node.rowSpan : undefined }
      if (header & 1) return <th key={key} scope="col" {...span}>{children}</th>
      if (header & 2) return <th key={key} scope="row" {...span}>{children}</th>
      return <td key={key} {...span}>{children}</td>
    }
    case 'horizontalrule':
      return <hr key={key} />
    default:
      return children.length ? <div key={key}>{children}</div> : null
  }
}

export function RichText({ value, site }: { value: unknown; site: SiteContext }) {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return null
  const hosts = linkHostRule(site.units.flatMap((unit) => unit.domains))
  return <div className="rich-text">{renderNodes(root.children, hosts)}</div>
}
