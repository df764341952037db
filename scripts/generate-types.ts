/**
 * `npm run generate:types` writes src/payload-types.ts from the Payload config; `-- --check` (CI)
 * generates into a temporary file and fails when the checked-in file differs. Payload's own CLI
 * loads Lexical concurrently and can exit silently on Node 20 (see src/config/preload-lexical.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { preloadLexical } from '../src/config/preload-lexical'
import { projectRoot } from '../src/config/project-root'

await preloadLexical()
const { generateTypes } = await import('payload/node')
const config = await (await import('../payload.config')).default
const checked = path.join(projectRoot, 'src/payload-types.ts')

if (process.argv.includes('--check')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'payload-types-'))
  process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(dir, 'payload-types.ts')
  await generateTypes(config, { log: false })
  const fresh = fs.readFileSync(process.env.PAYLOAD_TS_OUTPUT_PATH, 'utf8')
  fs.rmSync(dir, { recursive: true, force: true })
  if (!fs.existsSync(checked) || fs.readFileSync(checked, 'utf8') !== fresh) {
    console.error('src/payload-types.ts 与配置不一致，请运行 npm run generate:types / src/payload-types.ts is out of date: run `npm run generate:types`')
    process.exit(1)
  }
  console.log('src/payload-types.ts is current')
} else {
  await generateTypes(config, { log: false })
  console.log(`wrote ${path.relative(projectRoot, checked)}`)
}
process.exit(0)
