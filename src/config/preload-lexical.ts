import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './project-root'

/**
 * Lexical's Node ESM entry points (`*.node.mjs`) each load their code with a top-level
 * `await import()`. On Node 20, several of them loading at once can deadlock: the process then
 * exits with code 13 ("unsettled top-level await"), about two imports of
 * @payloadcms/richtext-lexical in three on our machines. Loading the packages one at a time,
 * dependencies first, before anything else imports them, avoids the concurrency. Await it first.
 */
export async function preloadLexical(): Promise<number> {
  const scope = path.join(projectRoot, 'node_modules', '@lexical')
  const names = ['lexical', ...(fs.existsSync(scope) ? fs.readdirSync(scope).map((n) => `@lexical/${n}`) : [])]
  const deps = new Map<string, string[]>()
  for (const name of names) {
    const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'))
    const wanted = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
    deps.set(name, wanted.filter((d) => names.includes(d)))
  }
  const done = new Set<string>()
  const visit = async (name: string, trail: Set<string>): Promise<void> => {
    if (done.has(name) || trail.has(name)) return
    trail.add(name)
    for (const dep of deps.get(name) ?? []) await visit(dep, trail)
    try {
      await import(name)
    } catch (err) {
      // Internal helper packages have no main entry; their importers load what they need.
      if ((err as { code?: string }).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw err
    }
    done.add(name)
  }
  for (const name of names) await visit(name, new Set())
  return done.size
}
