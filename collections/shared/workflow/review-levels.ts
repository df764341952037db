import type { Field, PayloadRequest } from 'payload'
import { idOf, type UnitRef } from '../../../src/access/roles'

/** The content kinds whose review a unit configures (the lead's mailbox may add its own). */
export type ReviewKind = 'disclosures' | 'articles'

export const defaultReviewPolicy: Record<ReviewKind, boolean> = { disclosures: true, articles: false }

const levelOptions = [1, 2, 3].map((n) => ({ value: String(n), label: { zh: `第${n}级`, en: `Level ${n}` } }))

/** On a user's unit row: the review levels the reviewer decides at (none ticked: level 1). */
export const reviewLevelsField: Field = {
  name: 'reviewLevels',
  type: 'select',
  hasMany: true,
  label: { zh: '审核级别（审核员）', en: 'Review levels (reviewers)' },
  admin: { description: { zh: '不选则为第1级', en: 'None ticked: level 1' } },
  options: levelOptions,
}

/** On a unit's review policy: the names of its review levels for one kind (三审: up to 3; none: one level). */
export const levelNamesField = (kind: ReviewKind, zh: string, en: string): Field => ({
  name: `${kind}Levels`,
  type: 'array',
  maxRows: 3,
  label: { zh, en },
  labels: { singular: { zh: '审核级别', en: 'Review level' }, plural: { zh: '审核级别', en: 'Review levels' } },
  admin: { description: { zh: '依次为第1–3级，如 科室初审、办公室复审、分管领导终审；不填为一级审核', en: 'Levels 1–3 in order; empty: one level' } },
  fields: [{ name: 'name', type: 'text', required: true, label: { zh: '级别名称', en: 'Level name' } }],
})

export interface ReviewPolicy {
  required: boolean
  /** One name per level, 1 to 3 of them. */
  levelNames: string[]
}

/** The unit's review policy for a kind; a kind the unit does not configure gets its default, one level. */
export async function reviewPolicyOf(req: PayloadRequest, tenant: UnitRef, collection: string): Promise<ReviewPolicy> {
  const fallback = defaultReviewPolicy[collection as ReviewKind] ?? true
  const id = idOf(tenant)
  const unit = id === undefined ? null : await req.payload.findByID({ collection: 'tenants', id, depth: 0, req, disableErrors: true, select: { reviewPolicy: true } })
  const policy = (unit?.reviewPolicy ?? {}) as Record<string, unknown>
  const value = policy[collection]
  const rows = policy[`${collection}Levels`]
  const names = Array.isArray(rows) ? rows.map((row: { name?: string }, i) => String(row?.name || `第${i + 1}级审核`)).slice(0, 3) : []
  return { required: typeof value === 'boolean' ? value : fallback, levelNames: names.length ? names : ['审核'] }
}
