import { safeCell } from '../shared/csv'

/** What the audit trail (操作日志) records. Pure data: no Payload imports. */
export const auditActions = [
  { value: 'create', zh: '新建', en: 'Create' },
  { value: 'update', zh: '修改', en: 'Update' },
  { value: 'submit', zh: '送审', en: 'Submit' },
  { value: 'withdraw', zh: '撤回送审', en: 'Withdraw' },
  { value: 'approve', zh: '审核通过', en: 'Approve' },
  { value: 'return', zh: '退回', en: 'Return' },
  { value: 'publish', zh: '发布', en: 'Publish' },
  { value: 'unpublish', zh: '撤销发布', en: 'Unpublish' },
  { value: 'delete', zh: '删除', en: 'Delete' },
  { value: 'login', zh: '登录', en: 'Login' },
  { value: 'login-failed', zh: '登录失败', en: 'Failed login' },
  { value: 'receive', zh: '收信', en: 'Letter received' },
  { value: 'accept', zh: '受理', en: 'Accept' },
  { value: 'reject', zh: '不予受理', en: 'Reject' },
  { value: 'merge', zh: '合并', en: 'Merge' },
  { value: 'route', zh: '转办', en: 'Route' },
  { value: 'rate', zh: '评价', en: 'Rate' },
] as const

export type AuditAction = (typeof auditActions)[number]['value']

export const auditActionLabel = (value: string): string => auditActions.find((a) => a.value === value)?.zh ?? value

export interface PublicationChange {
  operation: 'create' | 'update'
  /** Status of the stored (live) document before and after the save. */
  liveBefore?: 'draft' | 'published' | null
  liveAfter?: 'draft' | 'published' | null
  reviewAction?: string
}

/** Names a save in the terms of the audit trail. */
export function classifyChange(change: PublicationChange): AuditAction {
  if (change.reviewAction) return change.reviewAction as AuditAction
  if (change.liveAfter === 'published' && change.liveBefore !== 'published') return 'publish'
  if (change.liveBefore === 'published' && change.liveAfter === 'draft') return 'unpublish'
  return change.operation
}

const csvColumns = ['时间 / time', '操作 / action', '用户 / user', '单位 / unit', '内容类型 / collection', '文档 / document', '摘要 / summary', '意见 / comment', 'IP'] as const

export interface AuditRow {
  at: string
  action: string
  userName?: string | null
  tenantName?: string | null
  collectionSlug?: string | null
  documentId?: string | null
  summary?: string | null
  comment?: string | null
  ip?: string | null
}


export function auditCsvRecords(rows: readonly AuditRow[]): string[][] {
  return [
    [...csvColumns],
    ...rows.map((r) =>
      [r.at, auditActionLabel(r.action), r.userName, r.tenantName, r.collectionSlug, r.documentId, r.summary, r.comment, r.ip].map(safeCell),
    ),
  ]
}
