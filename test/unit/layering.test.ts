import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') })
const restricted = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message)
}

/** The layering of the README's "Layout" section, as the lint step enforces it. */
describe('layering', () => {
  it('keeps Payload, frameworks and glue out of rule files', async () => {
    expect(await restricted('src/review/probe.ts', "import type { Payload } from 'payload'\nexport type P = Payload\n")).toHaveLength(1)
    expect(await restricted('src/disclosure/probe.ts', "import express from 'express'\nexport const e = express\n")).toHaveLength(1)
    expect(await restricted('src/syndication/probe.ts', "import { hubUnitIds } from '../tenancy/reads/units'\nexport const h = hubUnitIds\n")).toHaveLength(1)
    expect(await restricted('src/wording/probe.ts', "import { ClientError } from '../../collections/shared/client-error'\nexport const c = ClientError\n")).toHaveLength(1)
  })

  it('lets reads use the Local API and rule files use each other', async () => {
    expect(await restricted('src/syndication/reads/probe.ts', "import type { Payload } from 'payload'\nexport type P = Payload\n")).toEqual([])
    expect(await restricted('src/syndication/probe.ts', "import { hubOf } from '../tenancy/kinds'\nexport const h = hubOf\n")).toEqual([])
  })

  it('keeps the public renderer out of collections and reads', async () => {
    expect(await restricted('collections/Articles/probe.ts', "import { renderPage } from '../../src/site/render'\nexport const r = renderPage\n")).toHaveLength(1)
    expect(await restricted('src/syndication/reads/probe.ts', "import { renderToStaticMarkup } from 'react-dom/server'\nexport const r = renderToStaticMarkup\n")).toHaveLength(1)
    expect(await restricted('collections/Articles/probe.ts', "import { purgeAll } from '../../src/site/render-cache'\nexport const p = purgeAll\n")).toEqual([])
  })
})
