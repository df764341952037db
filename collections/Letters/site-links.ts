import type { PayloadRequest } from 'payload'
import { publicOrigin } from '../MailOutbox/queue-mail'

/** A page of a unit's public site, as links in mails give it: the hub at the root, others under /sites/<slug>. */
export function siteHref(req: PayloadRequest, unit: { slug: string; kind: string }, path: string): string {
  return `${publicOrigin(req)}${unit.kind === 'hub' ? '' : `/sites/${unit.slug}`}${path}`
}
