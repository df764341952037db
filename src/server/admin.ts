import fs from 'node:fs'
import path from 'node:path'
import type { RequestHandler } from 'express'
import next from 'next'
import { projectRoot } from '../config/project-root'

export { projectRoot }

export function adminBuildExists(dir = projectRoot): boolean {
  return fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))
}

/**
 * The Payload admin exists only as a Next.js app; this prepares it in-process. In production
 * it serves the build from `npm run build`; `dev: true` compiles on demand.
 */
export async function createAdminHandler({ dev = false, dir = projectRoot } = {}): Promise<RequestHandler> {
  if (!dev && !adminBuildExists(dir)) {
    throw new Error('管理后台尚未构建，请先运行 npm run build / the admin is not built: run `npm run build` first')
  }
  const app = next({ dev, dir, quiet: !dev })
  await app.prepare()
  const handle = app.getRequestHandler()
  return (req, res) => {
    req.url = req.originalUrl
    // The admin speaks Chinese unless the user chose English (Payload keeps that choice in the
    // payload-lng cookie); a browser's English Accept-Language alone does not switch it.
    if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'zh'
    return handle(req, res)
  }
}
