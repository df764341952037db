import fs from 'node:fs/promises'
import path from 'node:path'
import { S3 } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * Where uploaded files live: the local disk by default, or an S3-compatible bucket when S3_BUCKET is
 * set (AWS S3, MinIO, Ceph, a cloud vendor's object storage). Either way files are served only through
 * Payload's `/api/<collection>/file/<name>`, which checks that the visitor may read the document first:
 * the bucket stays private, no public or signed bucket URL is ever handed out.
 */
export interface ObjectStorageSettings {
  bucket: string
  endpoint?: string
  region: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/** The upload collections: public media (guarded while unpublished), letters' attachments and answer documents (private). */
export const storedCollections = ['media', 'letter-attachments', 'request-documents'] as const

export function objectStorageSettings(env: Record<string, string | undefined> = process.env): ObjectStorageSettings | undefined {
  if (!env.S3_BUCKET) return undefined
  const keyId = env.S3_ACCESS_KEY_ID ?? env.AWS_ACCESS_KEY_ID
  const secret = env.S3_SECRET_ACCESS_KEY ?? env.AWS_SECRET_ACCESS_KEY
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    // Self-hosted servers (MinIO, s3rver) want path-style URLs; AWS takes either.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
    credentials: keyId && secret ? { accessKeyId: keyId, secretAccessKey: secret } : undefined,
  }
}

const settings = objectStorageSettings()
const clientConfig = (s: ObjectStorageSettings) => ({ endpoint: s.endpoint, region: s.region, forcePathStyle: s.forcePathStyle, credentials: s.credentials })

export const usesObjectStorage = (): boolean => settings !== undefined

/**
 * Payload's S3 adapter for the upload collections when a bucket is configured. Its fields (`prefix`,
 * `_objectKey`) are in the schema on both storages, so one set of migrations fits every deployment.
 */
export function objectStoragePlugins(): Plugin[] {
  return [
    s3Storage({
      enabled: settings !== undefined,
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? '',
      config: settings ? clientConfig(settings) : {},
      // Served through Payload's access check, never by bucket URL. Each collection under its own prefix:
      // file names are unique within a collection only.
      collections: Object.fromEntries(storedCollections.map((slug) => [slug, { prefix: slug, signedDownloads: false }])),
    }),
  ]
}

/** Handlers that apply to files on the local disk only (the S3 adapter answers a missing object itself). */
export const onLocalDisk = <T>(handlers: T[]): T[] => (settings ? [] : handlers)

let client: S3 | undefined

/**
 * A stored file's bytes, from whichever storage holds it (server-side reads: the personal-data scan, an
 * applicant's answer document). `doc` is the upload document: its `filename`, and its `prefix` in the bucket.
 */
export async function readStoredFile(staticDir: string, doc: { filename?: string | null; prefix?: string | null }): Promise<Buffer> {
  const name = path.basename(doc.filename ?? '')
  if (!name) throw new Error('no file name')
  if (!settings) return fs.readFile(path.join(staticDir, name))
  client ??= new S3(clientConfig(settings))
  const object = await client.getObject({ Bucket: settings.bucket, Key: doc.prefix ? path.posix.join(doc.prefix, name) : name })
  return Buffer.from(await object.Body!.transformToByteArray())
}
