import type { TaskConfig } from 'payload'
import { isSearchKind, reindexColumn, reindexItem } from '../search/reads/indexer'

/**
 * Brings one item's search entry up to date after it was published, edited while live, unpublished
 * or deleted, or of the items of a renamed column. Queued in the publishing transaction (collections/SearchEntries/hooks); the job reads the
 * item afresh, so jobs that run late or twice still write what is live now.
 */
export const indexForSearchTask: TaskConfig<{ input: { collection: string; id: string }; output: { result: string } }> = {
  slug: 'indexForSearch',
  label: '更新检索索引 / update search index',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1_000 } },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  handler: async ({ input, req }) => {
    // A renamed or moved column: the entries of every item filed under it.
    if (input.collection === 'columns') return { output: { result: `column: ${await reindexColumn(req.payload, input.id, req)} items` } }
    if (!isSearchKind(input.collection)) return { output: { result: 'ignored' } }
    return { output: { result: await reindexItem(req.payload, input.collection, input.id, req) } }
  },
}
