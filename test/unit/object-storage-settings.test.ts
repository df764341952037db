import { describe, expect, it } from 'vitest'
import { objectStorageSettings } from '../../src/config/storage'

describe('object storage settings (S3_*)', () => {
  it('keeps files on the local disk unless a bucket is named', () => {
    expect(objectStorageSettings({ S3_ENDPOINT: 'http://minio:9000' })).toBeUndefined()
  })

  it('reads a self-hosted bucket with path-style addressing, and AWS with virtual hosts', () => {
    expect(objectStorageSettings({ S3_BUCKET: 'media', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })).toEqual({
      bucket: 'media', endpoint: 'http://minio:9000', region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'k', secretAccessKey: 's' },
    })
    const aws = objectStorageSettings({ S3_BUCKET: 'media', S3_REGION: 'cn-north-1', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' })
    expect(aws).toMatchObject({ endpoint: undefined, region: 'cn-north-1', forcePathStyle: false, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })
    expect(objectStorageSettings({ S3_BUCKET: 'm', S3_ENDPOINT: 'https://oss.example', S3_FORCE_PATH_STYLE: 'false' })?.forcePathStyle).toBe(false)
    // No keys: the SDK's own chain (instance role, ~/.aws) supplies them.
    expect(objectStorageSettings({ S3_BUCKET: 'm' })?.credentials).toBeUndefined()
  })
})
