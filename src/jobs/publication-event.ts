import { createHmac } from 'node:crypto'

/** What integrators are told when a published item changes. Pure: no Payload imports. */
export type PublicationEventType = 'publish' | 'unpublish' | 'update' | 'delete'

export type PublicationEvent = {
  type: PublicationEventType
  collection: string
  id: string
  tenant?: string
  title?: string
  indexNumber?: string
  at: string
}

/**
 * Only changes visitors can notice: going live, leaving, or a live item changing. Drafts saved
 * over a live item change nothing public and say nothing.
 */
export function publicationEventType(liveBefore: string | null | undefined, liveAfter: string | null | undefined): PublicationEventType | null {
  if (liveAfter === 'published') return liveBefore === 'published' ? 'update' : 'publish'
  if (liveBefore === 'published') return 'unpublish'
  return null
}

export function webhookTargets(raw: string | undefined): string[] {
  const urls = (raw ?? '').split(/[\s,]+/).filter(Boolean)
  for (const url of urls) {
    const parsed = new URL(url) // throws on a malformed setting, at start rather than at the first publish
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`WEBHOOK_URLS: ${url} is not http(s)`)
  }
  return urls
}

/** `sha256=<hex>` over the exact body, so receivers can check the sender (as GitHub does). */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}
