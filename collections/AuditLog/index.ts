import type { Access, CollectionConfig } from 'payload'
import { byTenantRole } from '../../src/access'
import { auditActions } from '../../src/audit/actions'
import { auditExportEndpoint } from './endpoints/export-csv'

const nobody: Access = () => false

// Super-admins read everything; a webmaster reads the entries of their own units.
const readScope = byTenantRole(['webmaster'])

/**
 * Append-only audit trail (操作日志). Entries are written by hooks through the Local API; no API
 * can create, change or delete one.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries' },
  labels: { singular: { zh: '操作日志', en: 'Audit entry' }, plural: { zh: '操作日志', en: 'Audit log' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'userName', 'summary', 'tenant'],
    group: { zh: '审核', en: 'Review' },
    description: { zh: '只可查看与导出（CSV），不能修改或删除。', en: 'Read and export (CSV) only; entries cannot be changed or deleted.' },
    listSearchableFields: ['summary', 'userName', 'documentId'],
  },
  defaultSort: '-at',
  access: { read: readScope, create: nobody, update: nobody, delete: nobody, readVersions: nobody },
  endpoints: [auditExportEndpoint],
  timestamps: true,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '操作', en: 'Action' },
      options: auditActions.map((a) => ({ value: a.value, label: { zh: a.zh, en: a.en } })),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { zh: '用户', en: 'User' } },
    { name: 'userName', type: 'text', label: { zh: '用户名', en: 'User name' } },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', index: true, label: { zh: '单位', en: 'Unit' } },
    { name: 'collectionSlug', type: 'text', label: { zh: '内容类型', en: 'Collection' } },
    { name: 'documentId', type: 'text', index: true, label: { zh: '文档', en: 'Document' } },
    { name: 'summary', type: 'text', label: { zh: '摘要', en: 'Summary' } },
    { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    { name: 'ip', type: 'text', label: { zh: 'IP 地址', en: 'IP address' } },
  ],
}
