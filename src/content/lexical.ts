/** Minimal Lexical editor state for plain paragraphs (imports, seeds). No Payload imports. */
export type LexicalState = {
  root: { type: 'root'; format: ''; indent: 0; version: 1; direction: 'ltr'; children: LexicalParagraph[] }
}

type LexicalParagraph = {
  type: 'paragraph'
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  textFormat: 0
  textStyle: ''
  children: { type: 'text'; text: string; format: 0; detail: 0; mode: 'normal'; style: ''; version: 1 }[]
}

export function paragraphsToLexical(paragraphs: readonly string[]): LexicalState {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs
        .map((p) => p.trim())
        .filter(Boolean)
        .map((text) => ({
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        })),
    },
  }
}

/** Plain text of a Lexical state, paragraphs joined by newlines (search, summaries). */
export function lexicalToText(state: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') return n.text
    const inner = (n.children ?? []).map(walk).join('')
    return n.type === 'paragraph' || n.type === 'heading' ? `${inner}\n` : inner
  }
  return walk((state as { root?: unknown })?.root).trim()
}

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow', 'tablecell'])

/** Visible text of a Lexical state, blocks separated by newlines (for checks and search). */
export function lexicalToPlainText(state: unknown): string {
  const root = (state as { root?: unknown } | null | undefined)?.root
  if (!root) return ''
  const parts: string[] = []
  const walk = (node: unknown) => {
    const n = node as { type?: string; text?: unknown; children?: unknown[] }
    if (typeof n?.text === 'string') parts.push(n.text)
    if (n?.type === 'linebreak') parts.push('\n')
    for (const child of n?.children ?? []) walk(child)
    if (n?.type && blockTypes.has(n.type) && parts.length && !parts[parts.length - 1].endsWith('\n')) parts.push('\n')
  }
  walk(root)
  return parts.join('').replace(/\n+$/, '')
}

/** IDs of the documents of `relationTo` that upload nodes in a Lexical state show (a body's images and files). */
export function uploadIdsInRichText(state: unknown, relationTo: string): (number | string)[] {
  const ids: (number | string)[] = []
  const walk = (node: unknown) => {
    const n = node as { type?: string; relationTo?: string; value?: unknown; children?: unknown[] } | null
    if (!n || typeof n !== 'object') return
    if (n.type === 'upload' && n.relationTo === relationTo) {
      const value = n.value && typeof n.value === 'object' ? (n.value as { id?: unknown }).id : n.value
      if (typeof value === 'number' || (typeof value === 'string' && value)) ids.push(value)
    }
    for (const child of Array.isArray(n.children) ? n.children : []) walk(child)
  }
  walk((state as { root?: unknown } | null | undefined)?.root)
  return [...new Set(ids)]
}
