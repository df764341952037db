import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, Field, PayloadRequest } from 'payload'
import { idOf } from '../../../src/access/roles'
import { categoryOptions, isArticleCategory, type ArticleCategory } from '../../../src/content/categories'
import type { HubSubmission } from '../../../src/payload-types'
import { relationId } from '../../../src/shared/ids'
import { followOriginal, type SubmissionStatus } from '../../../src/syndication/submission-rules'
import { liveAfter } from '../../AuditLog/record'
import { hubUnitIds } from '../../../src/tenancy/reads/units'

/** On an article: "报送主站" and the hub category it is suggested for. */
export const hubSubmissionField: Field = {
  name: 'hubSubmission',
  type: 'group',
  label: { zh: '报送主站', en: 'Submit to the portal' },
  admin: { position: 'sidebar', description: { zh: '发布后进入主站待处理稿件，由主站编辑决定是否采用', en: 'Once published it enters the portal’s intake queue for the hub editors to decide' } },
  fields: [
    { name: 'submit', type: 'checkbox', defaultValue: false, label: { zh: '报送主站', en: 'Submit to the portal' } },
    {
      name: 'targetCategory',
      type: 'select',
      defaultValue: 'news',
      options: categoryOptions,
      label: { zh: '建议分类', en: 'Suggested category' },
      admin: { condition: (_data, sibling) => Boolean(sibling?.submit) },
    },
  ],
}

async function submissionOf(req: PayloadRequest, articleId: unknown) {
  const found = await req.payload.find({ collection: 'hub-submissions', where: { article: { equals: articleId } }, limit: 1, depth: 0, req })
  return found.docs[0]
}

const system = { syndicationSystem: true }

const suggestedCategory = (field: unknown): ArticleCategory => {
  const value = (field as { targetCategory?: unknown } | undefined)?.targetCategory
  return isArticleCategory(value) ? value : 'news'
}

async function setStatus(req: PayloadRequest, id: string | number, status: SubmissionStatus, extra: Partial<HubSubmission> = {}) {
  await req.payload.update({ collection: 'hub-submissions', id, data: { status, ...extra }, depth: 0, req, overrideAccess: true, context: system })
}

/** Keeps the hub's intake queue in step with the live original: submit on publish, retract on unpublish. */
export const followOriginalArticle: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const live = await liveAfter(req, context, 'articles', doc.id)
  const unit = idOf(live?.tenant ?? doc.tenant)
  if (unit === undefined || (await hubUnitIds(req.payload, req)).includes(String(unit))) return doc // the hub does not submit to itself
  const marked = Boolean((live?.hubSubmission as { submit?: boolean } | undefined)?.submit)
  const existing = await submissionOf(req, doc.id)
  const step = followOriginal((existing?.status as SubmissionStatus | undefined) ?? null, live?._status === 'published', marked)
  if (step === 'create') {
    await req.payload.create({
      collection: 'hub-submissions', depth: 0, req, overrideAccess: true, context: system,
      data: {
        article: doc.id, sourceTenant: relationId(unit), originalTitle: String(live?.title ?? doc.title), status: 'pending',
        targetCategory: suggestedCategory(live?.hubSubmission), submittedAt: new Date().toISOString(),
      },
    })
  } else if (step && existing) {
    await setStatus(req, existing.id, step, step === 'pending' ? { submittedAt: new Date().toISOString(), decidedBy: null, decidedAt: null } : {})
  }
  return doc
}

/** Deleting the original retracts its submission at once (the relation itself is cleared by the delete). */
export const retractOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const existing = await submissionOf(req, id)
  if (existing && (existing.status === 'pending' || existing.status === 'adopted')) await setStatus(req, existing.id, 'retracted')
}
