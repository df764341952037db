import type { CollectionConfig } from 'payload'
import { letterActions, letterCategories, letterStatuses, ratings, statusLabels, isOverdue, type LetterStatus } from '../../src/letters/rules'
import { chinaDate } from '../../src/calendar/working-calendar'
import { queueLetterIndex } from '../SearchEntries/hooks/queue-search-index'
import { fixed, historyField } from '../shared/citizen-fields'
import { letterReadAccess } from './access'
import { letterEndpoints } from './endpoints'

// Every field is written by the mailbox's own endpoints (Local API), never by a request's data.
const options = <T extends { value: string; zh: string; en: string }>(list: readonly T[]) => list.map((o) => ({ value: o.value, label: { zh: o.zh, en: o.en } }))
const historyActions = [...Object.entries(letterActions).map(([value, a]) => ({ value, zh: a.zh, en: a.en })), { value: 'receive', zh: '收信', en: 'Received' }, { value: 'rate', zh: '评价', en: 'Rated' }]

/**
 * 市长信箱 / 领导信箱: letters citizens write to the hub's mailbox or a unit's. Created by the public
 * form (POST /api/letters/submit or the site's /letters/write); moved only by POST /api/letters/:id/act.
 */
export const Letters: CollectionConfig = {
  slug: 'letters',
  graphQL: { singularName: 'Letter', pluralName: 'Letters' },
  labels: { singular: { zh: '来信', en: 'Letter' }, plural: { zh: '领导信箱', en: 'Mailbox letters' } },
  admin: {
    useAsTitle: 'subject',
    group: { zh: '政民互动', en: 'Citizens' },
    defaultColumns: ['trackingCode', 'subject', 'status', 'unit', 'due', 'overdue', 'receivedAt'],
    listSearchableFields: ['trackingCode', 'subject'],
    description: { zh: '受理、转办、答复与审核在右侧“办理”栏中进行；逾期来信标为“逾期”。', en: 'Accept, route, reply and review in the “Handling” panel; overdue letters are flagged.' },
  },
  defaultSort: '-receivedAt',
  access: { read: letterReadAccess, create: () => false, update: () => false, delete: () => false },
  endpoints: letterEndpoints,
  hooks: {
    afterChange: [queueLetterIndex],
    afterRead: [
      ({ doc }) => {
        doc.overdue = doc.status ? isOverdue({ status: doc.status as LetterStatus, acceptDue: doc.acceptDue, replyDue: doc.replyDue }, chinaDate(new Date())) : false
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'handling', type: 'ui', label: { zh: '办理', en: 'Handling' },
      admin: { position: 'sidebar', components: { Field: '/collections/Letters/LetterPanel#LetterPanel' } },
    },
    { name: 'trackingCode', type: 'text', required: true, unique: true, index: true, label: { zh: '查询码', en: 'Tracking code' }, ...fixed },
    { name: 'subject', type: 'text', required: true, maxLength: 100, label: { zh: '标题', en: 'Subject' }, ...fixed },
    { name: 'category', type: 'select', required: true, options: options(letterCategories), label: { zh: '类别', en: 'Category' }, ...fixed },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: { zh: '来信内容', en: 'Letter' }, ...fixed },
    { name: 'allowPublish', type: 'checkbox', defaultValue: false, label: { zh: '来信人同意公开', en: 'Writer allows publishing' }, ...fixed },
    {
      name: 'writer', type: 'group', label: { zh: '来信人（个人信息，仅办理人员可见）', en: 'Writer (personal data: handlers only)' }, ...fixed,
      fields: [
        { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' }, ...fixed },
        { name: 'phone', type: 'text', label: { zh: '联系电话', en: 'Phone' }, ...fixed },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' }, ...fixed },
      ],
    },
    { name: 'attachments', type: 'join', collection: 'letter-attachments', on: 'letter', label: { zh: '附件', en: 'Attachments' } },
    { name: 'site', type: 'relationship', relationTo: 'tenants', required: true, index: true, label: { zh: '信箱', en: 'Mailbox' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'unit', type: 'relationship', relationTo: 'tenants', required: true, index: true, label: { zh: '承办单位', en: 'Answering unit' }, admin: { position: 'sidebar' }, ...fixed },
    {
      name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, label: { zh: '状态', en: 'Status' }, admin: { position: 'sidebar' }, ...fixed,
      options: letterStatuses.map((value) => ({ value, label: statusLabels[value] })),
    },
    { name: 'receivedAt', type: 'date', required: true, index: true, label: { zh: '来信时间', en: 'Received' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } }, ...fixed },
    { name: 'due', type: 'text', index: true, label: { zh: '当前办理时限', en: 'Current deadline' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'overdue', type: 'checkbox', virtual: true, label: { zh: '逾期', en: 'Overdue' }, admin: { position: 'sidebar', readOnly: true }, ...fixed },
    { name: 'acceptDue', type: 'text', label: { zh: '受理时限', en: 'Accept by' }, admin: { hidden: true }, ...fixed },
    { name: 'replyDue', type: 'text', label: { zh: '答复时限', en: 'Reply by' }, admin: { hidden: true }, ...fixed },
    { name: 'dueEstimated', type: 'checkbox', label: { zh: '时限为估算（工作日历缺少该年度安排）', en: 'Deadline estimated (calendar lacks that year)' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'acceptedAt', type: 'date', label: { zh: '受理时间', en: 'Accepted' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'rejectReason', type: 'textarea', label: { zh: '不予受理理由', en: 'Reason for not accepting' }, ...fixed },
    { name: 'duplicateOf', type: 'relationship', relationTo: 'letters', label: { zh: '合并到', en: 'Merged into' }, ...fixed },
    { name: 'replyDraft', type: 'textarea', label: { zh: '答复稿', en: 'Draft reply' }, ...fixed },
    { name: 'reply', type: 'textarea', label: { zh: '答复内容', en: 'Reply' }, ...fixed },
    { name: 'replySubmittedBy', type: 'text', admin: { hidden: true }, ...fixed },
    { name: 'repliedAt', type: 'date', index: true, label: { zh: '答复时间', en: 'Replied' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'replyDays', type: 'number', label: { zh: '答复用时（工作日）', en: 'Working days to reply' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'onTime', type: 'checkbox', label: { zh: '按期答复', en: 'Replied on time' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'rating', type: 'select', options: options(ratings), label: { zh: '满意度评价', en: 'Satisfaction' }, admin: { position: 'sidebar' }, ...fixed },
    { name: 'verification', type: 'select', options: ['pow', 'question', 'import'], label: { zh: '防滥用验证方式', en: 'Anti-abuse check' }, admin: { position: 'sidebar' }, ...fixed },
    // Secrets: never returned to anyone, nor shown in the admin.
    { name: 'passwordHash', type: 'text', hidden: true, ...fixed },
    { name: 'replayKey', type: 'text', unique: true, hidden: true, ...fixed },
    historyField('action', options(historyActions)),
  ],
}
