import type { CollectionConfig } from 'payload'
import { anyone, byTenantRole, superAdminField, superAdminOnly } from '../../src/access'
import { unitKinds } from '../../src/tenancy/kinds'
import { prepareUnitSequences } from './hooks/prepare-unit-sequences'
import { purgeAllPages } from '../shared/hooks/purge-public-cache'
import { levelNamesField } from '../shared/workflow/review-levels'
import { refuseDeleteWhileInUse } from './hooks/refuse-delete-while-in-use'
import { carryUnitKind } from '../Disclosures/hooks/stamp-unit-kind'

const lockedField = { update: superAdminField, create: superAdminField }

/** A publishing unit (单位) of the site group: the hub, or a unit with or without a sub-site. Payload's plugin calls it a tenant. */
export const Tenants: CollectionConfig = {
  slug: 'tenants',
  // Stable GraphQL names for integrators.
  graphQL: { singularName: 'Tenant', pluralName: 'Tenants' },
  labels: { singular: { zh: '单位', en: 'Unit' }, plural: { zh: '单位', en: 'Units' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'kind', 'unitCode', 'hasSubSite'],
    group: { zh: '站群管理', en: 'Site group' },
  },
  defaultSort: 'sortOrder',
  access: {
    // The directory of the group (names, domains, footer identity) is public.
    read: anyone,
    create: superAdminOnly,
    delete: superAdminOnly,
    update: byTenantRole(['webmaster'], 'id'),
  },
  hooks: {
    beforeDelete: [refuseDeleteWhileInUse],
    afterDelete: [purgeAllPages],
    // Counters for this year and next exist before anyone publishes, so publishing only increments.
    afterChange: [
      purgeAllPages,
      prepareUnitSequences,
      carryUnitKind,
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '单位全称', en: 'Full name' } },
    { name: 'shortName', type: 'text', required: true, label: { zh: '简称', en: 'Short name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: lockedField,
      label: { zh: '标识', en: 'Slug' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z][a-z0-9-]{1,30}$/.test(value)
          ? true
          : '标识须为小写字母开头的2–31位字母、数字或连字符 / slug: 2–31 lowercase letters, digits or hyphens',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      access: lockedField,
      label: { zh: '类型', en: 'Kind' },
      options: unitKinds.map((k) => ({ value: k.value, label: { ...k.label } })),
    },
    {
      name: 'unitCode',
      type: 'text',
      required: true,
      unique: true,
      access: lockedField,
      label: { zh: '单位代码（索引号前缀）', en: 'Unit code (index-number prefix)' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[0-9A-Za-z]{1,32}$/.test(value)
          ? true
          : '单位代码须为1–32位字母或数字 / unit code: 1–32 letters or digits',
    },
    {
      name: 'hasSubSite',
      type: 'checkbox',
      defaultValue: true,
      access: lockedField,
      label: { zh: '有独立子站（否：仅向主站目录报送）', en: 'Has its own sub-site (no: publishes into the hub catalogue only)' },
    },
    {
      name: 'mailbox',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '开设领导信箱', en: 'Has a mailbox' },
      admin: { description: { zh: '主站始终开设市长信箱；部门和区县可开设本单位的领导信箱。', en: 'The hub always has the mayor’s mailbox; other units may open their own.' } },
    },
    {
      name: 'domains',
      type: 'array',
      access: lockedField,
      label: { zh: '域名', en: 'Domains' },
      fields: [{ name: 'domain', type: 'text', required: true, label: { zh: '主机名', en: 'Host name' } }],
    },
    {
      type: 'collapsible',
      label: { zh: '网站标识', en: 'Site identity' },
      fields: [
        {
          name: 'siteCode',
          type: 'text',
          access: lockedField,
          label: { zh: '网站标识码', en: 'Website identifier' },
          validate: (value: unknown) =>
            value == null || value === '' || (typeof value === 'string' && /^[0-9A-Za-z]{10}$/.test(value))
              ? true
              : '网站标识码为10位 / the website identifier has 10 characters',
        },
        { name: 'icp', type: 'text', label: { zh: 'ICP备案号', en: 'ICP record number' } },
        { name: 'psb', type: 'text', label: { zh: '公安机关备案号', en: 'Public-security record number' } },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式', en: 'Contact' },
      fields: [
        { name: 'address', type: 'text', label: { zh: '地址', en: 'Address' } },
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' } },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
        { name: 'officeHours', type: 'text', label: { zh: '办公时间', en: 'Office hours' } },
      ],
    },
    {
      name: 'reviewPolicy',
      type: 'group',
      access: lockedField,
      label: { zh: '审核要求（保密审查）', en: 'Review policy' },
      admin: { description: { zh: '勾选后，内容须经本单位审核员审核通过才能发布', en: 'When ticked, items are published only after a reviewer of the unit approves them' } },
      fields: [
        { name: 'disclosures', type: 'checkbox', defaultValue: true, label: { zh: '信息公开条目须审核', en: 'Disclosure items need review' } },
        { name: 'articles', type: 'checkbox', defaultValue: false, label: { zh: '文章须审核', en: 'Articles need review' } },
        levelNamesField('disclosures', '信息公开条目审核级别', 'Review levels of disclosure items'),
        levelNamesField('articles', '文章审核级别', 'Review levels of articles'),
      ],
    },
    { name: 'sortOrder', type: 'number', defaultValue: 100, admin: { position: 'sidebar' }, label: { zh: '排序', en: 'Sort order' } },
  ],
}
