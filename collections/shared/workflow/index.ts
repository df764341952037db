import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'
import { auditChange, auditDelete, noteLiveStatus } from '../../AuditLog/record'
import { bodyMediaField, collectBodyMedia, followMediaUse, releaseMediaOnDelete } from '../../Media/hooks/media-visibility'
import { purgeUnitPages } from '../hooks/purge-public-cache'
import { queueDeleteEffects, queuePublicationEffects } from './publication-effects'
import { queueSearchIndex, queueSearchRemoval } from '../../SearchEntries/hooks/queue-search-index'
import { queueUnitCheck, queueUnitCheckOnDelete } from '../../MonitoringSnapshots/queue-unit-check'
import { reviewEndpoints } from './endpoints'
import { previewLink } from './preview-link'
import { reviewField } from './review-field'
import { mailReviewStep } from './review-mail'
import { reviewWorkflow, type ReviewedCollection } from './review-hook'

/**
 * Adds the publishing workflow to a content collection: the review record and its rules on every
 * save, the review/wording/schedule endpoints, Payload's scheduled publishing, and the audit trail.
 */
export function withReviewWorkflow(
  config: CollectionConfig & { slug: ReviewedCollection },
  /** After-change steps that must come after the workflow's own and before the webhooks that report the change. */
  options: { lateAfterChange?: CollectionAfterChangeHook[] } = {},
): CollectionConfig {
  const hooks = config.hooks ?? {}
  const drafts = typeof config.versions === 'object' && typeof config.versions.drafts === 'object' ? config.versions.drafts : {}
  return {
    ...config,
    versions: { ...(typeof config.versions === 'object' ? config.versions : {}), drafts: { ...drafts, schedulePublish: true } },
    endpoints: [...(config.endpoints || []), ...reviewEndpoints(config.slug)],
    hooks: {
      ...hooks,
      // Review first: a refused publish must not take an index number or reach later hooks.
      beforeChange: [reviewWorkflow(config.slug), ...(hooks.beforeChange ?? []), collectBodyMedia, noteLiveStatus],
      afterChange: [...(hooks.afterChange ?? []), auditChange, queueSearchIndex, queueUnitCheck, mailReviewStep, followMediaUse, purgeUnitPages, ...(options.lateAfterChange ?? []), queuePublicationEffects],
      afterDelete: [...(hooks.afterDelete ?? []), auditDelete, queueDeleteEffects, queueSearchRemoval, queueUnitCheckOnDelete, releaseMediaOnDelete, purgeUnitPages],
    },
    fields: [...config.fields, reviewField, bodyMediaField],
    admin: { ...config.admin, preview: previewLink(config.slug) },
  }
}
