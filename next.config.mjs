import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // express is the server; Next only renders the admin under /admin.
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` is the type gate, once, not inside every build
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: dirname },
  // A native addon (jieba, for search): loaded by Node at run time, never bundled.
  serverExternalPackages: ['@node-rs/jieba'],
  outputFileTracingRoot: path.resolve(dirname),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
