import type { Endpoint, PayloadRequest } from 'payload'
import { contentWriterRoles, hasTenantRole, idOf } from '../../../src/access/roles'
import { ClientError } from '../client-error'
import { intendedKeys, maskBody, personalDataFindings, type IntendedRow } from './personal-data'
import type { ReviewedCollection } from './review-hook'

type Loader = (req: PayloadRequest, collection: ReviewedCollection) => Promise<{ id: string | number; tenant?: unknown; body?: unknown; review?: unknown }>
type BodyReader = (req: PayloadRequest) => Promise<Record<string, unknown>>

/**
 * 个人信息检查: `GET /:id/personal-data` lists the findings with their places; `POST` with
 * `{"action":"intend","key":"…"}` (a reviewer) marks a finding intended, `{"action":"mask"}` (a writer)
 * masks the body's findings (脱敏) and saves it as a draft, which the review rules then see as an edit.
 */
export function personalDataEndpoints(collection: ReviewedCollection, load: Loader, bodyOf: BodyReader): Endpoint[] {
  return [
    {
      path: '/:id/personal-data',
      method: 'get',
      handler: async (req) => {
        const doc = await load(req, collection)
        const { findings, unreadable } = await personalDataFindings(req, doc)
        return Response.json({ total: findings.length, open: findings.filter((f) => !f.intended).length, findings, unreadable })
      },
    },
    {
      path: '/:id/personal-data',
      method: 'post',
      handler: async (req) => {
        const doc = await load(req, collection)
        const user = req.user!
        const tenant = idOf(doc.tenant as never)
        const body = await bodyOf(req)
        if (body.action === 'intend') {
          if (!hasTenantRole(user, tenant, ['reviewer'])) {
            throw new ClientError('只有本单位的审核员可以确认个人信息为有意公开', 'only a reviewer of this unit can mark personal data as intended', 403)
          }
          const { findings } = await personalDataFindings(req, doc)
          const finding = findings.find((f) => f.key === body.key)
          if (!finding) throw new ClientError('没有这条个人信息发现', 'no such personal-data finding', 404)
          const row: IntendedRow = { key: finding.key, kind: finding.kind, masked: finding.masked, byId: String(user.id), byName: String(user.name || user.email), at: new Date().toISOString() }
          await req.payload.update({ collection, id: doc.id, data: {}, draft: true, depth: 0, overrideAccess: true, user, req, context: { intendPersonalData: row, workflowWrite: true } })
          return Response.json({ message: `已确认为有意公开：${finding.masked} / marked intended`, key: finding.key })
        }
        if (body.action === 'mask') {
          if (!hasTenantRole(user, tenant, contentWriterRoles)) {
            throw new ClientError('只有本单位的编辑或站点管理员可以脱敏', 'only an editor or webmaster of this unit can mask personal data', 403)
          }
          const { body: masked, masked: count } = maskBody(doc.body, intendedKeys(doc))
          if (count > 0) await req.payload.update({ collection, id: doc.id, data: { body: masked } as never, draft: true, depth: 0, overrideAccess: false, user, req })
          return Response.json({ message: `已脱敏${count}处 / masked ${count}`, masked: count })
        }
        throw new ClientError('action 须为 intend 或 mask', 'action must be intend or mask')
      },
    },
  ]
}
