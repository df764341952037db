import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import type { ReactNode } from 'react'
import { chinaDate } from '../../src/calendar/working-calendar'
import { openStatuses as openLetterStatuses } from '../../src/letters/rules'
import { requestStatuses, isOpen } from '../../src/requests/state-machine'

interface Props { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }
interface Row { href: string; label: string; note?: string; alert?: boolean }
interface Box { title: string; total: number; rows: Row[]; more: string; empty: string }

const openRequestStatuses = requestStatuses.filter((s) => isOpen(s))

/**
 * 工作台: the admin's home for each role: what waits for the signed-in user, read with their own
 * access (a unit's staff see their units, hub staff the group), with counts and links.
 */
export async function Workbench({ payload, user }: Props) {
  if (!user) return null
  const admin = payload.config.routes.admin
  const as = { user, overrideAccess: false, depth: 0 } as const
  const today = chinaDate(new Date())
  const safe = async <T,>(fn: () => Promise<T>, fallback: T): Promise<T> => fn().catch(() => fallback)
  const empty = { docs: [] as Record<string, unknown>[], totalDocs: 0 }

  const review = (collection: 'disclosures' | 'articles') =>
    safe(() => payload.find({ collection, ...as, draft: true, limit: 5, sort: '-updatedAt', where: { 'review.state': { equals: 'submitted' } }, select: { title: true } }) as never, empty)
  const [disclosures, articles, letters, requests, submissions, results] = await Promise.all([
    review('disclosures'),
    review('articles'),
    safe(() => payload.find({ collection: 'letters', ...as, limit: 5, sort: 'due', where: { status: { in: [...openLetterStatuses] } }, select: { trackingCode: true, subject: true, due: true } }) as never, empty),
    safe(() => payload.find({ collection: 'requests', ...as, limit: 5, sort: 'due', where: { status: { in: openRequestStatuses } }, select: { trackingCode: true, due: true } }) as never, empty),
    safe(() => payload.find({ collection: 'hub-submissions', ...as, limit: 5, sort: 'submittedAt', where: { status: { equals: 'pending' } }, select: { originalTitle: true } }) as never, empty),
    safe(() => payload.find({ collection: 'monitoring-snapshots', ...as, limit: 8, sort: 'score', where: { month: { equals: today.slice(0, 7) } } as Where, select: { tenant: true, score: true, vetoed: true, findingCount: true } }) as never, empty),
  ])
  // Unit names from the public directory (the tenant plugin limits populating units to the user's own).
  const unitIds = results.docs.map((d) => d.tenant as number)
  const names = new Map((unitIds.length ? (await payload.find({ collection: 'tenants', where: { id: { in: unitIds } }, pagination: false, depth: 0, overrideAccess: true, select: { shortName: true } })).docs : []).map((t) => [String(t.id), t.shortName]))
  const link = (collection: CollectionSlug, id: unknown) => `${admin}/collections/${collection}/${id}`
  const due = (d: unknown) => (typeof d === 'string' ? { note: `时限 ${d}${d < today ? '（已逾期）' : ''}`, alert: d < today } : {})
  const boxes: Box[] = [
    {
      title: '待审核', total: disclosures.totalDocs + articles.totalDocs, more: `${admin}/collections/disclosures?where[review.state][equals]=submitted`, empty: '没有待审核的信息',
      rows: [...disclosures.docs.map((d) => ({ href: link('disclosures', d.id), label: String(d.title), note: '信息公开' })), ...articles.docs.map((d) => ({ href: link('articles', d.id), label: String(d.title), note: '文章' }))].slice(0, 5),
    },
    { title: '待办来信', total: letters.totalDocs, more: `${admin}/collections/letters?sort=due`, empty: '没有待办来信', rows: letters.docs.map((d) => ({ href: link('letters', d.id), label: `${d.trackingCode} ${d.subject}`, ...due(d.due) })) },
    { title: '待办依申请公开', total: requests.totalDocs, more: `${admin}/collections/requests?sort=due`, empty: '没有待办申请', rows: requests.docs.map((d) => ({ href: link('requests', d.id), label: String(d.trackingCode), ...due(d.due) })) },
    { title: '待处理报送', total: submissions.totalDocs, more: `${admin}/collections/hub-submissions?where[status][equals]=pending`, empty: '没有待处理的报送', rows: submissions.docs.map((d) => ({ href: link('hub-submissions', d.id), label: String(d.originalTitle) })) },
    {
      title: '网站监测（本月）', total: results.totalDocs, more: `${admin}/collections/monitoring-snapshots`, empty: '本月尚无监测结果',
      rows: results.docs.map((d) => {
        return { href: link('monitoring-snapshots', d.id), label: `${names.get(String(d.tenant)) ?? ''} ${d.score} 分`, note: `${d.findingCount ?? 0} 个问题${d.vetoed ? '，单项否决' : ''}`, alert: Boolean(d.vetoed) }
      }),
    },
  ]
  return (
    <section aria-labelledby="workbench-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="workbench-title" style={{ marginBottom: 'var(--base)' }}>工作台</h2>
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))' }}>
        {boxes.filter((b) => b.total > 0 || b.title !== '待处理报送').map((b) => <WorkBox key={b.title} box={b} />)}
      </div>
    </section>
  )
}

function WorkBox({ box }: { box: Box }): ReactNode {
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: 'var(--base)' }}>
      <h3 style={{ margin: 0, display: 'flex', justifyContent: 'space-between' }}>
        <span>{box.title}</span>
        <a href={box.more} aria-label={`${box.title}：共 ${box.total} 项，查看全部`}>{box.total}</a>
      </h3>
      {box.rows.length === 0 ? <p style={{ color: 'var(--theme-elevation-500)' }}>{box.empty}</p> : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 'calc(var(--base) / 2) 0 0' }}>
          {box.rows.map((r) => (
            <li key={r.href} style={{ padding: '0.25rem 0', borderTop: '1px solid var(--theme-elevation-100)' }}>
              <a href={r.href}>{r.label}</a>
              {r.note && <small style={{ display: 'block', color: r.alert ? 'var(--theme-error-500)' : 'var(--theme-elevation-600)' }}>{r.note}</small>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
