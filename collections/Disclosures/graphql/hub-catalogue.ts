import { type GraphQLExtension, type PayloadRequest } from 'payload'
import { checkHubCatalogueParams, type HubCatalogueParams } from '../../../src/syndication/params'
import { readHubCatalogue } from '../../../src/syndication/reads/hub-catalogue'
import { refusingBadInput } from '../../shared/client-error'

/** `HubCatalogue(scope, unit, column, year, page, limit)`: the REST aggregation, for GraphQL integrators. */
export const hubCatalogueQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLBoolean, GraphQLList, GraphQLNonNull } = GraphQL
  const str = { type: GraphQLString }
  const Unit = new GraphQLObjectType({ name: 'HubCatalogueUnit', fields: { id: str, slug: str, name: str, shortName: str, kind: str } })
  const Column = new GraphQLObjectType({ name: 'HubCatalogueColumn', fields: { key: str, title: str } })
  const Item = new GraphQLObjectType({
    name: 'HubCatalogueItem',
    fields: {
      id: str, title: str, indexNumber: str, documentNumber: str, issuer: str, publishedAt: str, validity: str, canonicalUrl: str,
      year: { type: GraphQLInt }, column: { type: Column }, unit: { type: Unit },
    },
  })
  const Page = new GraphQLObjectType({
    name: 'HubCatalogue',
    fields: {
      scope: str,
      docs: { type: new GraphQLList(Item) },
      totalDocs: { type: GraphQLInt }, totalPages: { type: GraphQLInt }, page: { type: GraphQLInt }, limit: { type: GraphQLInt },
      hasNextPage: { type: GraphQLBoolean }, hasPrevPage: { type: GraphQLBoolean },
    },
  })
  return {
    HubCatalogue: {
      type: Page,
      args: {
        scope: { type: new GraphQLNonNull(GraphQLString) }, unit: str, column: str,
        year: { type: GraphQLInt }, page: { type: GraphQLInt }, limit: { type: GraphQLInt },
      },
      resolve: async (_: unknown, args: HubCatalogueParams, context: { req: PayloadRequest }) => {
        // An APIError with a 4xx status keeps its message; Payload masks other errors as 500s.
        const query = await refusingBadInput(() => checkHubCatalogueParams(args))
        const result = await readHubCatalogue(context.req.payload, query, context.req)
        return { ...result, docs: result.docs.map((d) => ({ ...d, id: String(d.id), unit: { ...d.unit, id: String(d.unit.id) } })) }
      },
    },
  }
}
