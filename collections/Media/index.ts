import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { tenantContentAccess } from '../../src/access'
import { onLocalDisk } from '../../src/config/storage'
import { enforceUnitRole } from '../shared/hooks/enforce-unit-role'
import { purgeUnitPages } from '../shared/hooks/purge-public-cache'
import { missingFileIsNotFound, nameFileByContent, noSniff } from './hooks/media-files'

/** Attachments and images of a unit. The file type is read from the content, not the name. */
export const acceptedMimeTypes = [
  'image/jpeg', 'image/png', 'image/gif', 'image/webp',
  'application/pdf',
  'application/ofd', // 国家版式文档 OFD (a ZIP container)
  'application/zip',
  'application/msword', 'application/vnd.ms-excel', 'application/x-cfb',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

export const staticDir = path.resolve(process.env.MEDIA_DIR || 'data/media')
const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  graphQL: { singularName: 'MediaItem', pluralName: 'MediaItems' },
  labels: { singular: { zh: '媒体文件', en: 'Media file' }, plural: { zh: '媒体与附件', en: 'Media & attachments' } },
  admin: { useAsTitle: 'filename', group: { zh: '内容', en: 'Content' } },
  // Anonymous visitors fetch a file only while a published item uses it (collections/Media/hooks/media-visibility).
  access: tenantContentAccess({ publicRead: { public: { equals: true } } }),
  hooks: { beforeOperation: [nameFileByContent], beforeValidate: [enforceUnitRole()], afterChange: [purgeUnitPages], afterDelete: [purgeUnitPages] },
  upload: {
    staticDir,
    mimeTypes: acceptedMimeTypes,
    focalPoint: true,
    // WebP renditions beside the untouched original.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp, withoutEnlargement: true },
      { name: 'full', width: 1600, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    handlers: onLocalDisk([missingFileIsNotFound(staticDir)]),
    modifyResponseHeaders: noSniff,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      maxLength: 300,
      label: { zh: '替代文本', en: 'Alt text' },
      admin: { description: { zh: '图片必填，供读屏软件朗读', en: 'Required for images, read aloud by screen readers' } },
      validate: (value: unknown, { siblingData }: { siblingData: { mimeType?: string } }) =>
        !String(siblingData?.mimeType ?? '').startsWith('image/') || (typeof value === 'string' && value.trim().length > 0)
          ? true
          : '图片须填写替代文本 / images need alt text',
    },
    { name: 'caption', type: 'text', maxLength: 300, label: { zh: '说明', en: 'Caption' } },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '有已发布的信息使用此文件时公开', en: 'Public while a published item uses this file' } },
      label: { zh: '已公开', en: 'Public' },
    },
  ],
}
