import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/**
 * Without src/config/preload-lexical.ts, importing @payloadcms/richtext-lexical on Node 20 ends the
 * process with exit code 13 about two times in three (Lexical's top-level awaits deadlock). Five
 * loads in a row that all succeed would be a one-in-250 fluke without the preload.
 */
describe('loading Lexical', () => {
  it('succeeds every time when preloaded in dependency order', () => {
    for (let i = 0; i < 5; i++) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/fixtures/load-lexical.ts'], { encoding: 'utf8', timeout: 60_000 })
      expect(run.status, `run ${i}: exit ${run.status} ${run.stderr}`).toBe(0)
      expect(run.stdout).toContain('loaded')
    }
  })
})
