import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { tenantIdsWithRole } from '../../src/access/roles'
import { categoryOptions } from '../../src/content/categories'
import { statusLabels, submissionStatuses } from '../../src/syndication/submission-rules'
import { purgeAllPages } from '../shared/hooks/purge-public-cache'
import { decideSubmission } from './hooks/decide'
import { isHubStaff } from './access/hub-staff'
import { adoptedEndpoint } from './endpoints/adopted'
import { submissionStatsEndpoint } from './endpoints/stats'

const nobody: FieldAccess = () => false
const fixed = { access: { create: nobody, update: nobody }, admin: { readOnly: true } }

// Hub staff see the whole intake queue; a unit's users see their own unit's submissions.
const read: Access = async ({ req }) => {
  if (!req.user) return false
  if (await isHubStaff(req)) return true
  const ids = tenantIdsWithRole(req.user)
  return ids.length ? { sourceTenant: { in: ids } } : false
}
const hubStaff: Access = async ({ req }) => isHubStaff(req)

/**
 * The hub's intake queue of curated submissions (信息报送). Entries are made and retracted by the
 * original article's hooks; hub staff adopt or decline them. The hub shows adopted items by reading
 * the live original, so an edit of the original shows at once and the hub never keeps a copy.
 */
export const HubSubmissions: CollectionConfig = {
  slug: 'hub-submissions',
  graphQL: { singularName: 'HubSubmission', pluralName: 'HubSubmissions' },
  labels: { singular: { zh: '报送信息', en: 'Hub submission' }, plural: { zh: '信息报送', en: 'Hub submissions' } },
  admin: {
    useAsTitle: 'originalTitle',
    defaultColumns: ['originalTitle', 'sourceTenant', 'status', 'targetCategory', 'submittedAt'],
    group: { zh: '主站', en: 'Hub' },
    description: { zh: '各单位报送主站的稿件：采用（可改标题、摘要和分类）或不采用（须说明理由）。', en: 'Articles units submit to the portal: adopt (optionally with edited title, summary and category) or decline with a reason.' },
  },
  defaultSort: '-submittedAt',
  access: { read, create: () => false, update: hubStaff, delete: () => false },
  endpoints: [submissionStatsEndpoint, adoptedEndpoint],
  hooks: { beforeChange: [decideSubmission], afterChange: [purgeAllPages] },
  fields: [
    { name: 'originalTitle', type: 'text', label: { zh: '原标题', en: 'Original title' }, ...fixed },
    { name: 'article', type: 'relationship', relationTo: 'articles', label: { zh: '原稿', en: 'Original' }, ...fixed },
    { name: 'sourceTenant', type: 'relationship', relationTo: 'tenants', index: true, label: { zh: '报送单位', en: 'Submitting unit' }, ...fixed },
    { name: 'targetCategory', type: 'select', options: categoryOptions, label: { zh: '建议分类', en: 'Suggested category' }, ...fixed },
    { name: 'submittedAt', type: 'date', index: true, label: { zh: '报送时间', en: 'Submitted at' }, ...fixed },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { zh: '处理状态', en: 'Status' },
      options: submissionStatuses.map((value) => ({ value, label: statusLabels[value] })),
      admin: { position: 'sidebar' },
    },
    { name: 'adoptedCategory', type: 'select', options: categoryOptions, label: { zh: '采用分类', en: 'Adopted into' }, admin: { position: 'sidebar' } },
    { name: 'editedTitle', type: 'text', maxLength: 200, label: { zh: '主站标题（留空用原标题）', en: 'Hub title (empty: original)' } },
    { name: 'editedSummary', type: 'textarea', maxLength: 500, label: { zh: '主站摘要（留空用原摘要）', en: 'Hub summary (empty: original)' } },
    { name: 'declineReason', type: 'textarea', maxLength: 500, label: { zh: '不采用理由', en: 'Reason for declining' } },
    { name: 'decidedBy', type: 'text', label: { zh: '处理人', en: 'Decided by' }, ...fixed, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedAt', type: 'date', label: { zh: '处理时间', en: 'Decided at' }, ...fixed, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
