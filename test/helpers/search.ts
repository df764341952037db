import type { TestContext } from './context'

/** Runs the queued search-index jobs until none is left (other files' jobs are left alone). */
export async function runSearchJobs(ctx: TestContext): Promise<number> {
  let ran = 0
  for (let i = 0; i < 50; i++) {
    const pending = await ctx.payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'indexForSearch' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, overrideAccess: true })
    if (pending.totalDocs === 0) return ran
    await ctx.payload.jobs.run({ silent: true, limit: 100, where: { taskSlug: { equals: 'indexForSearch' } } })
    ran += pending.totalDocs
  }
  throw new Error('search-index jobs did not finish')
}
