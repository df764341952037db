import type { Endpoint } from 'payload'
import { checkSearchParams } from '../../../src/search/params'
import { searchGroup } from '../../../src/search/reads/search'
import { refusingBadInput } from '../../shared/client-error'

/** GET /api/search?q=&site=&kind=&column=&year=&validity=&issuer=&sort=&page=&limit= (public: live items only). */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const p = req.searchParams
    const get = (name: string) => p.get(name)
    return Response.json(await refusingBadInput(async () => {
      const query = checkSearchParams({
        q: get('q'), site: get('site'), kind: get('kind'), column: get('column'), year: get('year'), validity: get('validity'),
        issuer: get('issuer'), sort: get('sort'), page: get('page'), limit: get('limit'),
      })
      return searchGroup(req.payload, query, req)
    }))
  },
}
