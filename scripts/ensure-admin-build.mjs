/* global console */
// Runs before `npm test`: the boot test serves the real admin, which needs a Next.js build.
// Builds once when none exists; `npm run build` refreshes it after admin changes.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

if (!existsSync('.next/BUILD_ID')) {
  console.log('[pretest] 未找到管理后台构建，正在构建 / no admin build found: running npm run build')
  execSync('npm run build', { stdio: 'inherit' })
}
