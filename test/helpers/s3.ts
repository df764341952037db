import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export interface TestS3 {
  /** The settings a server reads (src/config/storage.ts). */
  env: Record<string, string>
  keys: () => Promise<string[]>
  remove: (key: string) => Promise<void>
  close: () => Promise<void>
}

/** A real S3-protocol server (s3rver) on 127.0.0.1 with one private bucket. */
export async function startS3(bucket = 'zhanqun-media'): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = await server.run()
  const env = { S3_BUCKET: bucket, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }
  const client = new S3({ endpoint: env.S3_ENDPOINT, region: env.S3_REGION, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  return {
    env,
    keys: async () => ((await client.listObjectsV2({ Bucket: bucket })).Contents ?? []).map((o) => String(o.Key)),
    remove: async (key) => void (await client.deleteObject({ Bucket: bucket, Key: key })),
    close: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
