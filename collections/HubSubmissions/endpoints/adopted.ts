import type { Endpoint } from 'payload'
import { articleCategoryValues } from '../../../src/content/categories'
import { checkAdoptedParams } from '../../../src/syndication/params'
import { listAdoptedForHub } from '../../../src/syndication/reads/adopted-items'
import { ClientError } from '../../shared/client-error'

/**
 * GET /api/hub-submissions/adopted?column=news&limit=20&page=1: the public, read-only view of the
 * hub's adopted items (anyone may call it). The intake queue itself is never readable anonymously.
 */
export const adoptedEndpoint: Endpoint = {
  path: '/adopted',
  method: 'get',
  handler: async (req) => {
    const q = req.searchParams
    const checked = checkAdoptedParams({ column: q.get('column'), limit: q.get('limit'), page: q.get('page') }, articleCategoryValues)
    if (!checked.ok) throw new ClientError(checked.zh, checked.en)
    return Response.json(await listAdoptedForHub(req.payload, { column: checked.column, limit: checked.limit, page: checked.page, req }))
  },
}
