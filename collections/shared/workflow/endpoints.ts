import { NotFound, type Endpoint, type PayloadRequest } from 'payload'
import { contentWriterRoles, hasTenantRole, idOf, reviewLevelsIn } from '../../../src/access/roles'
import { approversSinceSubmit, reviewStep, stateLabels, type ReviewState } from '../../../src/review/state-machine'
import { reviewPolicyOf } from './review-levels'
import { personalDataFindings, refusePersonalData } from './personal-data'
import { personalDataEndpoints } from './personal-data-endpoints'
import { summarize } from '../../../src/wording/matcher'
import { refuseBlocking, wordingHits, type ReviewedCollection, type ReviewRecord, type ReviewTransition } from './review-hook'
import { relationId } from '../../../src/shared/ids'
import { asClientError, ClientError } from '../client-error'
import { bodyOf } from '../params'

/** The latest version (draft included) as the signed-in user may see it: their units only. */
export async function loadForUser(req: PayloadRequest, collection: ReviewedCollection) {
  if (!req.user) throw new ClientError('请先登录', 'sign in first', 401)
  const id = req.routeParams?.id as string
  try {
    return await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
  } catch {
    throw new NotFound(req.t)
  }
}

function reviewEndpoint(collection: ReviewedCollection): Endpoint {
  return {
    path: '/:id/review',
    method: 'post',
    handler: async (req) => {
      const doc = await loadForUser(req, collection)
      const body = await bodyOf(req)
      const comment = typeof body.comment === 'string' ? body.comment.slice(0, 1000) : undefined
      const user = req.user!
      const tenant = idOf(doc.tenant)
      const review = (doc.review ?? { state: 'draft' }) as ReviewRecord
      let transition: ReviewTransition
      try {
        const policy = await reviewPolicyOf(req, tenant, collection)
        const levels = body.action === 'submit' ? policy.levelNames.length : review.levels ?? 1
        const step = reviewStep(String(body.action ?? ''), { ...review, levels, approvedBy: approversSinceSubmit(review.history) }, {
          id: String(user.id),
          isWriter: hasTenantRole(user, tenant, contentWriterRoles),
          isReviewer: hasTenantRole(user, tenant, ['reviewer']),
          reviewLevels: reviewLevelsIn(user, tenant),
        }, comment)
        const nextLevelName = step.nextLevel ? policy.levelNames[step.nextLevel - 1] ?? null : null
        transition = { action: body.action as ReviewTransition['action'], to: step.to, comment, level: step.level, nextLevel: step.nextLevel, nextLevelName, levels }
        if (transition.action === 'submit') {
          transition.hits = await wordingHits(req, doc)
          refuseBlocking(transition.hits)
          refusePersonalData((await personalDataFindings(req, doc)).findings)
        }
      } catch (error) {
        throw asClientError(error)
      }
      // Access was checked above, per role; the write itself is the workflow's own.
      const updated = await req.payload.update({
        collection, id: doc.id, data: {}, draft: true, depth: 0, overrideAccess: true, user: req.user, req,
        context: { reviewTransition: transition, workflowWrite: true },
      })
      const state = (updated.review as ReviewRecord).state as ReviewState
      return Response.json({
        message: transition.action === 'approve' && state === 'submitted'
          ? `第${transition.level}级审核通过，待第${transition.nextLevel}级（${transition.nextLevelName}）审核 / level ${transition.level} approved, waiting for level ${transition.nextLevel}`
          : `${stateLabels[state].zh} / ${stateLabels[state].en}`,
        doc: { id: updated.id, _status: updated._status, review: updated.review },
      })
    },
  }
}

function wordingCheckEndpoint(collection: ReviewedCollection): Endpoint {
  return {
    path: '/:id/wording-check',
    method: 'get',
    handler: async (req) => {
      const doc = await loadForUser(req, collection)
      const hits = await wordingHits(req, doc)
      return Response.json({ ...summarize(hits), hits })
    },
  }
}

function scheduleEndpoint(collection: ReviewedCollection): Endpoint {
  return {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) => {
      const doc = await loadForUser(req, collection)
      const user = req.user!
      if (!hasTenantRole(user, idOf(doc.tenant), contentWriterRoles)) {
        throw new ClientError('只有本单位的编辑或站点管理员可以定时发布', 'only an editor or webmaster of this unit can schedule publishing', 403)
      }
      const body = await bodyOf(req)
      const type = body.type ?? 'publish'
      if (type !== 'publish' && type !== 'unpublish') throw new ClientError('type 须为 publish 或 unpublish', 'type must be publish or unpublish')
      const at = new Date(String(body.at ?? ''))
      if (Number.isNaN(at.getTime())) throw new ClientError('at 须为有效的日期时间（ISO 8601）', 'at must be a valid ISO 8601 date-time')
      if (at.getTime() < Date.now() - 60_000) throw new ClientError('定时时间不能早于现在', 'the scheduled time cannot be in the past')
      // Payload's own task: it publishes as this user, so the review rules apply when it runs.
      const job = await req.payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: at,
        input: { type, doc: { relationTo: collection, value: doc.id }, user: { relationTo: 'users', value: relationId(user.id) } },
        req,
      })
      return Response.json({ message: '已定时 / scheduled', job: { id: job.id, type, at: at.toISOString() } }, { status: 201 })
    },
  }
}

export const reviewEndpoints = (collection: ReviewedCollection): Endpoint[] => [
  reviewEndpoint(collection),
  ...personalDataEndpoints(collection, loadForUser, bodyOf),
  wordingCheckEndpoint(collection),
  scheduleEndpoint(collection),
]
