import type { CollectionConfig } from 'payload'
import { tenantContentAccess } from '../../src/access'
import { categoryOptions } from '../../src/content/categories'
import { isValidSlug } from '../../src/content/slug'
import { enforceUnitRole } from '../shared/hooks/enforce-unit-role'
import { generateArticleSlug, uniqueArticleSlug } from './hooks/unique-article-slug'
import { withReviewWorkflow } from '../shared/workflow'
import { followOriginalArticle, hubSubmissionField, retractOnDelete } from './hooks/follow-original'

/** News, notices and other articles of a site (动态、要闻、通知公告). */
export const Articles: CollectionConfig = withReviewWorkflow({
  slug: 'articles',
  // Stable GraphQL names for integrators.
  graphQL: { singularName: 'Article', pluralName: 'Articles' },
  labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    group: { zh: '内容', en: 'Content' },
  },
  defaultSort: '-publishedAt',
  versions: { drafts: true, maxPerDoc: 50 },
  access: tenantContentAccess(),
  indexes: [
    { fields: ['tenant', 'slug'], unique: true },
    // A site's articles and one column of them, newest first (createdAt, then id on SQL: the tie-break).
    { fields: ['tenant', '_status', 'publishedAt', 'createdAt'] },
    { fields: ['tenant', '_status', 'category', 'publishedAt', 'createdAt'] },
  ],
  hooks: { beforeValidate: [enforceUnitRole(), uniqueArticleSlug], afterChange: [followOriginalArticle], beforeDelete: [retractOnDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    {
      name: 'slug',
      type: 'text',
      index: true,
      label: { zh: '网址标识', en: 'URL slug' },
      admin: { position: 'sidebar', description: { zh: '留空则自动生成', en: 'Generated when left empty' } },
      hooks: { beforeValidate: [generateArticleSlug] },
      validate: (value: unknown) =>
        isValidSlug(value) ? true : '网址标识只能包含小写字母、数字和连字符 / slug: lowercase letters, digits and hyphens only',
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'news',
      label: { zh: '分类', en: 'Category' },
      options: categoryOptions,
    },
    { name: 'summary', type: 'textarea', maxLength: 500, label: { zh: '摘要', en: 'Summary' } },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    { name: 'source', type: 'text', label: { zh: '来源', en: 'Source' } },
    hubSubmissionField,
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { zh: '发布日期', en: 'Published at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: {
        beforeChange: [({ value, siblingData }) => value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value)],
      },
    },
  ],
})
