import type { Endpoint } from 'payload'
import { checkHubCatalogueParams } from '../../../src/syndication/params'
import { readHubCatalogue } from '../../../src/syndication/reads/hub-catalogue'
import { refusingBadInput } from '../../shared/client-error'

/** GET /api/disclosures/hub-catalogue?scope=department&unit=fgw&column=mandatory-budget&year=2010&page=1&limit=20 */
export const hubCatalogueEndpoint: Endpoint = {
  path: '/hub-catalogue',
  method: 'get',
  handler: async (req) => {
    const q = req.searchParams
    const query = await refusingBadInput(() =>
      checkHubCatalogueParams({ scope: q.get('scope'), unit: q.get('unit'), column: q.get('column'), year: q.get('year'), page: q.get('page'), limit: q.get('limit') }),
    )
    return Response.json(await readHubCatalogue(req.payload, query, req))
  },
}
