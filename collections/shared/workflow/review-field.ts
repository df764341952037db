import type { Field, FieldAccess } from 'payload'
import { historyActionLabels, reviewStates, stateLabels } from '../../../src/review/state-machine'
import { checkedFields } from '../../../src/wording/check-document'

// Only the workflow writes these (through hooks); no request can set them.
const nobody: FieldAccess = () => false
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)
const readOnly = { access: { create: nobody, update: nobody, read: signedIn }, admin: { readOnly: true } } as const

const actionOptions = Object.entries(historyActionLabels).map(([value, label]) => ({ value, label }))

/** Review record on a document: state, who did what and when, and the wording check's findings. */
export const reviewField: Field = {
  name: 'review',
  type: 'group',
  label: { zh: '审核', en: 'Review' },
  ...readOnly,
  admin: {
    readOnly: true,
    position: 'sidebar',
    components: { Field: '/collections/shared/workflow/ReviewPanel#ReviewPanel' },
  },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { zh: '审核状态', en: 'Review state' },
      options: reviewStates.map((value) => ({ value, label: stateLabels[value] })),
      ...readOnly,
    },
    { name: 'submittedBy', type: 'text', label: { zh: '送审人', en: 'Submitted by' }, ...readOnly },
    { name: 'submittedAt', type: 'date', label: { zh: '送审时间', en: 'Submitted at' }, ...readOnly },
    { name: 'reviewedBy', type: 'text', label: { zh: '审核人', en: 'Reviewed by' }, ...readOnly },
    { name: 'reviewedAt', type: 'date', label: { zh: '审核时间', en: 'Reviewed at' }, ...readOnly },
    { name: 'level', type: 'number', label: { zh: '当前审核级别', en: 'Current review level' }, ...readOnly },
    { name: 'levels', type: 'number', label: { zh: '审核级数', en: 'Review levels' }, ...readOnly },
    { name: 'levelName', type: 'text', label: { zh: '当前级别名称', en: 'Current level name' }, ...readOnly },
    { name: 'fingerprint', type: 'text', ...readOnly, admin: { hidden: true } },
    {
      name: 'wordingHits',
      type: 'array',
      label: { zh: '错敏词提示', en: 'Wording findings' },
      ...readOnly,
      fields: [
        { name: 'field', type: 'select', options: checkedFields.map((f) => ({ value: f.name, label: { zh: f.zh, en: f.en } })) },
        { name: 'start', type: 'number' },
        { name: 'wrong', type: 'text' },
        { name: 'correct', type: 'text' },
        { name: 'severity', type: 'select', options: ['block', 'warn'] },
        { name: 'context', type: 'text' },
      ],
    },
    {
      name: 'intendedData',
      type: 'array',
      label: { zh: '确认公开的个人信息', en: 'Personal data marked intended' },
      ...readOnly,
      fields: [
        { name: 'key', type: 'text' },
        { name: 'kind', type: 'text' },
        { name: 'masked', type: 'text' },
        { name: 'byId', type: 'text' },
        { name: 'byName', type: 'text' },
        { name: 'at', type: 'date' },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: { zh: '审核记录', en: 'Review history' },
      ...readOnly,
      fields: [
        { name: 'action', type: 'select', options: actionOptions },
        { name: 'byId', type: 'text' },
        { name: 'byName', type: 'text' },
        { name: 'at', type: 'date' },
        { name: 'comment', type: 'textarea' },
        { name: 'level', type: 'number' },
      ],
    },
  ],
}
