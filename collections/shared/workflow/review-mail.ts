import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { unitUsersWithRole } from '../../../src/access/reads/unit-users'
import { idOf, reviewLevelsIn, type RoleUser } from '../../../src/access/roles'
import { reviewDecidedMail, reviewSubmittedMail, type ReviewItem } from '../../../src/mail/templates'
import { publicOrigin, queueMail } from '../../MailOutbox/queue-mail'
import { actorName, type ReviewRecord, type ReviewTransition } from './review-hook'

const kindLabels: Record<string, string> = { disclosures: '信息公开条目', articles: '文章' }

async function itemOf(req: PayloadRequest, collection: string, doc: Record<string, unknown>): Promise<ReviewItem> {
  const unitId = idOf(doc.tenant as never)
  const unit = unitId === undefined ? null : await req.payload.findByID({ collection: 'tenants', id: unitId, depth: 0, req, disableErrors: true, select: { name: true } })
  return {
    title: String(doc.title ?? ''),
    kindLabel: kindLabels[collection] ?? '内容',
    unitName: String(unit?.name ?? ''),
    url: `${publicOrigin(req)}${req.payload.config.routes.admin}/collections/${collection}/${doc.id}`,
  }
}

/**
 * The unit's reviewers (the reviewer role on their row of this unit; a super-admin's group role does
 * not make them one), except whoever submitted (they may not review their own item).
 */
async function reviewersOf(req: PayloadRequest, unit: unknown, except: string | undefined, level = 1) {
  const tenant = idOf(unit as never)
  const atLevel = (u: unknown) => tenant !== undefined && reviewLevelsIn({ ...(u as RoleUser), roles: [] }, tenant)?.includes(level)
  return (await unitUsersWithRole(req, tenant, ['reviewer'], except)).filter(atLevel)
}

/**
 * 送审通知 and its answer: a submission mails the unit's reviewers; an approval or return mails the
 * editor who submitted, with the reviewer's comment. Queued in the step's own transaction.
 */
export const mailReviewStep: CollectionAfterChangeHook = async ({ collection, doc, req, context }) => {
  const transition = context.reviewTransition as ReviewTransition | undefined
  if (!transition || transition.action === 'withdraw') return doc
  const review = (doc.review ?? {}) as ReviewRecord
  const related = { collection: collection.slug, id: doc.id as string | number }
  const actor = actorName(req)
  const item = await itemOf(req, collection.slug, doc)

  if (transition.action === 'submit' || (transition.action === 'approve' && transition.nextLevel)) {
    // A submission, or an approval handed to the next level: tell that level's reviewers.
    for (const reviewer of await reviewersOf(req, doc.tenant, review.submittedBy ?? actor.byId, transition.nextLevel ?? 1)) {
      const content = reviewSubmittedMail({ ...item, reviewerName: reviewer.name as string, submitterName: actor.byName, comment: transition.comment })
      await queueMail(req, { to: String(reviewer.email), content, kind: 'review-submitted', related })
    }
    return doc
  }
  const editorId = review.submittedBy
  const editor = editorId ? await req.payload.findByID({ collection: 'users', id: editorId, depth: 0, req, disableErrors: true, overrideAccess: true }) : null
  if (!editor?.email) return doc
  const content = reviewDecidedMail({ ...item, decision: transition.action, editorName: editor.name as string, reviewerName: actor.byName, comment: transition.comment })
  await queueMail(req, { to: String(editor.email), content, kind: transition.action === 'approve' ? 'review-approved' : 'review-returned', related })
  return doc
}
