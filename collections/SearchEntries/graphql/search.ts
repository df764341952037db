import type { GraphQLExtension, PayloadRequest } from 'payload'
import { checkSearchParams, type SearchParams } from '../../../src/search/params'
import { searchGroup } from '../../../src/search/reads/search'
import { refusingBadInput } from '../../shared/client-error'

/** `Search(q, site, kind, column, year, validity, issuer, sort, page, limit)`: the REST search for GraphQL integrators. */
export const searchQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLBoolean, GraphQLList, GraphQLNonNull } = GraphQL
  const str = { type: GraphQLString }
  const Part = new GraphQLObjectType({ name: 'SearchTextPart', fields: { text: str, hit: { type: GraphQLBoolean } } })
  const Unit = new GraphQLObjectType({ name: 'SearchUnit', fields: { id: str, slug: str, name: str, shortName: str } })
  const Hit = new GraphQLObjectType({
    name: 'SearchHit',
    fields: {
      kind: str, id: str, title: str, path: str, canonicalUrl: str, column: str, category: str, issuer: str, indexNumber: str,
      documentNumber: str, validity: str, publishedAt: str, year: { type: GraphQLInt }, unit: { type: Unit },
      titleParts: { type: new GraphQLList(Part) }, snippetParts: { type: new GraphQLList(Part) },
    },
  })
  const Result = new GraphQLObjectType({
    name: 'SearchResult',
    fields: {
      q: str, match: str, engine: str, tokens: { type: new GraphQLList(GraphQLString) }, docs: { type: new GraphQLList(Hit) },
      totalDocs: { type: GraphQLInt }, totalPages: { type: GraphQLInt }, page: { type: GraphQLInt }, limit: { type: GraphQLInt },
    },
  })
  return {
    Search: {
      type: Result,
      args: {
        q: { type: new GraphQLNonNull(GraphQLString) }, site: str, kind: str, column: str, year: { type: GraphQLInt }, validity: str,
        issuer: str, sort: str, page: { type: GraphQLInt }, limit: { type: GraphQLInt },
      },
      resolve: async (_: unknown, args: SearchParams, context: { req: PayloadRequest }) =>
        refusingBadInput(() => searchGroup(context.req.payload, checkSearchParams(args), context.req)),
    },
  }
}
