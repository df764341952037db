import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository root: the nearest folder above this module with our package.json. Works from the
 * TypeScript sources and from the bundled server in dist/ alike.
 */
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'zhanqun') return dir
    if (path.dirname(dir) === dir) return process.cwd()
  }
}

export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)))
