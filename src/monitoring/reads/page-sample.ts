import type { ID } from '../../access/roles'
import { accessibilityProblems } from '../accessibility'
import type { UnitInput } from '../rules'

/** Renders one page of a unit's site as a visitor gets it (HTML and status), or null when it cannot. */
export type PageRenderer = (unit: ID, path: string) => Promise<{ status: number; html: string } | null>

// The public renderer is registered by the server (src/server), which may import it; the monitoring reads
// may not. A process without the public sites (the jobs worker) has none, and the rule is left out there.
let renderer: PageRenderer | undefined

export function setPageRenderer(render: PageRenderer | undefined): void {
  renderer = render
}

/**
 * Renders a sample of each site's live pages (home, disclosure catalogue, newest disclosure item) and
 * runs the static accessibility checks on them: fills `pages` of every unit with a site.
 */
export async function samplePages(inputs: UnitInput[]): Promise<void> {
  const render = renderer
  if (!render) return
  for (const input of inputs) {
    if (!input.unit.hasSite) continue
    const unitPath = `/collections/tenants/${input.unit.id}`
    const newest = input.items
      .filter((i) => i.collection === 'disclosures' && i.publishedAt)
      .reduce<(typeof input.items)[number] | undefined>((a, b) => (!a || String(b.publishedAt) > String(a.publishedAt) ? b : a), undefined)
    const sample = [{ path: '/', adminPath: unitPath }, { path: '/xxgk', adminPath: unitPath }]
    if (newest) sample.push({ path: `/xxgk/${newest.id}`, adminPath: `/collections/disclosures/${newest.id}` })
    input.pages = []
    for (const page of sample) {
      const rendered = await render(input.unit.id, page.path).catch(() => null)
      if (!rendered || rendered.status !== 200) continue
      input.pages.push({ ...page, problems: accessibilityProblems(rendered.html) })
    }
  }
}
