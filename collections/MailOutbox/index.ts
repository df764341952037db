import type { Access, CollectionConfig } from 'payload'
import { superAdminOnly } from '../../src/access'

const nobody: Access = () => false

export const mailStatuses = [
  { value: 'queued', label: { zh: '待发送', en: 'Queued' } },
  { value: 'sent', label: { zh: '已发送', en: 'Sent' } },
  { value: 'failed', label: { zh: '发送失败', en: 'Failed' } },
  { value: 'logged', label: { zh: '未配置邮件服务器，已记入日志', en: 'Logged (no SMTP server)' } },
] as const

export type MailStatus = (typeof mailStatuses)[number]['value']

/**
 * 邮件发件箱: every e-mail the platform sends, written in the transaction of the change that causes
 * it and sent by a retried job (src/jobs/send-mail.ts). Without an SMTP server the mail stays here
 * (and in the log), never lost. Only super-admins read it; no API writes it.
 */
export const MailOutbox: CollectionConfig = {
  slug: 'mail-outbox',
  graphQL: { singularName: 'OutboxMail', pluralName: 'OutboxMails' },
  labels: { singular: { zh: '邮件', en: 'Mail' }, plural: { zh: '邮件发件箱', en: 'Mail outbox' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'to', 'subject', 'status', 'attempts'],
    group: { zh: '站群管理', en: 'Site group' },
    description: {
      zh: '平台发出的全部邮件及其发送状态。未配置 SMTP 时邮件保留在此并写入日志。只可查看。',
      en: 'Every e-mail the platform sends and its state. Without SMTP settings mail is kept here and in the log. Read-only.',
    },
    listSearchableFields: ['to', 'subject'],
  },
  defaultSort: '-createdAt',
  access: { read: superAdminOnly, create: nobody, update: nobody, delete: nobody, readVersions: nobody },
  timestamps: true,
  fields: [
    { name: 'to', type: 'text', required: true, index: true, label: { zh: '收件人', en: 'To' } },
    { name: 'subject', type: 'text', required: true, label: { zh: '主题', en: 'Subject' } },
    { name: 'kind', type: 'text', index: true, label: { zh: '类别', en: 'Kind' }, admin: { description: { zh: '如 password-reset、review-submitted', en: 'e.g. password-reset, review-submitted' } } },
    { name: 'status', type: 'select', required: true, index: true, defaultValue: 'queued', options: [...mailStatuses], label: { zh: '状态', en: 'Status' } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '发送次数', en: 'Attempts' } },
    { name: 'error', type: 'textarea', label: { zh: '最近错误', en: 'Last error' } },
    { name: 'sentAt', type: 'date', label: { zh: '发送时间', en: 'Sent at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'messageId', type: 'text', label: { zh: '邮件 ID', en: 'Message ID' } },
    { name: 'relatedCollection', type: 'text', label: { zh: '相关内容类型', en: 'Related collection' } },
    { name: 'relatedId', type: 'text', index: true, label: { zh: '相关文档', en: 'Related document' } },
    { name: 'text', type: 'textarea', label: { zh: '正文（纯文本）', en: 'Body (plain text)' } },
    { name: 'html', type: 'code', label: { zh: '正文（HTML）', en: 'Body (HTML)' }, admin: { language: 'html' } },
    {
      name: 'sensitive',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '含一次性链接', en: 'Holds a one-time link' },
      admin: { description: { zh: '发送成功后不保留正文', en: 'The body is not kept once sent' } },
    },
  ],
}
