import sharp from 'sharp'
import { demoPdf } from '../../src/seed/demo/files'
import type { UnitScopedCollection } from '../../src/tenancy/scoped-collections'

export interface SampleFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

export interface Sample {
  data: Record<string, unknown>
  /** For upload collections: the file sent with the document. */
  file?: SampleFile
  /** For files: an article that, once published, makes the file public. */
  publishedBy?: (id: number | string) => Record<string, unknown>
}

/** IDs a sample may point at, looked up once by the matrix. */
export interface SampleRefs {
  /** A shared, fileable disclosure column. */
  columnId: number | string
}

export type SampleFactory = (label: string, refs: SampleRefs) => Sample | Promise<Sample>

/** A real PNG, so uploads go through sharp and content sniffing for real. */
export async function samplePng(label: string, width = 8, height = 6): Promise<SampleFile> {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer()
  return { data, mimetype: 'image/png', name: `${label.replace(/\W+/g, '-')}.png`, size: data.length }
}

/** A real PDF, so type sniffing sees a PDF. */
export const samplePdf = (): Buffer => demoPdf('sample')

/**
 * How to make a valid document of each tenant-scoped collection. The record type forces every
 * collection in src/tenancy/scoped-collections.ts to have a line here, so none escapes the matrix.
 */
export const isolationSamples: Record<UnitScopedCollection, SampleFactory> = {
  articles: (label) => ({ data: { title: `隔离测试 ${label}`, category: 'news', summary: label } }),
  disclosures: (label, refs) => ({ data: { title: `隔离测试条目 ${label}`, column: refs.columnId, issuer: '测试机构', subjects: [label] } }),
  media: async (label) => ({
    data: { alt: `隔离测试图片 ${label}` },
    file: await samplePng(label),
    publishedBy: (id) => ({ title: `使用图片 ${label}`, slug: `media-use-${String(id)}-${Date.now()}`, category: 'news', body: { root: { type: 'root', children: [{ type: 'upload', relationTo: 'media', value: id, version: 3 }] } } }),
  }),
}
