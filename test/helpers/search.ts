import type { TestContext } from './context'

/** Runs the queued search-index jobs until none is left (other files' jobs are left alone). */
export async function runSearchJobs(ctx: TestContext): Promise<number> {
  let ran = 0
  for (let i = 0; i < 50; i++) {
    // Runnable ones only: a job another file left processing, or one waiting for a retry later, never runs here.
    const pending = await ctx.payload.count({
      collection: 'payload-jobs', overrideAccess: true,
      where: { and: [
        { taskSlug: { equals: 'indexForSearch' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, { processing: { equals: false } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
      ] },
    })
    if (pending.totalDocs === 0) return ran
    await ctx.payload.jobs.run({ silent: true, limit: 100, where: { taskSlug: { equals: 'indexForSearch' } } })
    ran += pending.totalDocs
  }
  throw new Error('search-index jobs did not finish')
}
