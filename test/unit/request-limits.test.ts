import { describe, expect, it } from 'vitest'
import { checkGraphQLRequest, type GraphQLLimits } from '../../src/server/graphql-limits'
import { checkPagingParams, hasUnstorableText, type RequestLimits } from '../../src/server/request-limits'

const gql: GraphQLLimits = { maxTokens: 2000, maxAliases: 30, maxDepth: 8, maxFields: 200, maxDirectives: 10, maxValueDepth: 6 }
const limits: RequestLimits = { maxListLimit: 200, maxPage: 1000, maxDepth: 5, maxWhereConditions: 50, graphql: gql }
const paging = (query: string, method = 'GET') => checkPagingParams(new URLSearchParams(query), method, limits)

describe('paging parameters', () => {
  it.each(['limit=NaN', 'limit=-Infinity', 'limit=1.5', 'limit=0x10', 'limit=9007199254740993', 'limit=0', 'limit=201', 'limit=', 'limit=1&limit=2',
    'page=0', 'page=1001', 'page=1e3', 'depth=6', 'depth=-1', 'depth=NaN', 'pagination=false', 'limit=%2010'])('%s → refused', (query) => {
    const problem = paging(query)
    expect(problem?.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(problem?.en).toMatch(/[a-z]/)
  })
  it.each(['', 'limit=1', 'limit=200', 'page=1000', 'depth=0', 'depth=5', 'pagination=true', 'sort=-title'])('%s → passes', (query) => {
    expect(paging(query)).toBeNull()
  })
  it("keeps Payload's limit=0 (every match) for bulk PATCH and DELETE", () => {
    expect(paging('limit=0', 'DELETE')).toBeNull()
    expect(paging('limit=0', 'PATCH')).toBeNull()
  })
})

const graphql = (query: string, variables?: unknown) => checkGraphQLRequest({ query, variables }, limits)

describe('GraphQL cost bounds, checked before graphql-js validates', () => {
  it.each([
    ['1,000 aliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`, /tokens|aliases/],
    ['31 aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`, /too many GraphQL aliases/],
    ['a fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', /cycle/],
    ['a self-spread', 'query { ...A } fragment A on Query { __typename ...A }', /cycle/],
    ['fragments that double', `query { ...F0 } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F20 on Query { __typename }`, /too many fields/],
    ['deep nesting', `{ Articles { docs { ${'tenant { '.repeat(10)}id${' }'.repeat(10)} } } }`, /nested too deeply/],
    ['many directives', `{ __typename ${'@include(if: true) '.repeat(11)} }`, /directives/],
    ['a negative limit', '{ Articles(limit: -1) { docs { id } } }', /limit must be a whole number/],
    ['a huge limit in a variable', 'query ($n: Int) { Articles(limit: $n) { docs { id } } }', /limit must be a whole number/, { n: 100000 }],
    ['page 0', '{ Articles(page: 0) { docs { id } } }', /page must be a whole number/],
    ['pagination off', '{ Articles(pagination: false) { docs { id } } }', /pagination cannot be turned off/],
    ['a deep where', `{ Articles(where: ${'{ OR: ['.repeat(8)}{ title: { equals: "x" } }${'] }'.repeat(8)}) { docs { id } } }`, /nested too deeply/],
    ['a subscription', 'subscription { x }', /subscriptions are not supported/],
    ['no query', '', /missing/],
    ['a syntax error', '{ Articles { docs { id ', /Syntax Error/],
    ['variables that are not an object', '{ __typename }', /variables must be an object/, [1]],
  ])('refuses %s', (_name, query, message, variables?: unknown) => {
    const problem = graphql(query as string, variables)
    expect(problem?.en).toMatch(message as RegExp)
    expect(problem?.zh).toMatch(/[\u4e00-\u9fff]/)
  })
  it('passes ordinary queries', () => {
    expect(graphql('{ Articles(limit: 20, page: 2, where: { title: { like: "x" } }) { docs { id title tenant { name } } totalDocs } }')).toBeNull()
    expect(graphql('query Q($id: Int!) { Tenant(id: $id) { ...T } } fragment T on Tenant { id name }', { id: 1 })).toBeNull()
    expect(graphql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ')} }`)).toBeNull()
  })
  it('refuses 1,000 aliases in well under half a second (it took minutes through graphql-js)', () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`
    const started = performance.now()
    expect(checkGraphQLRequest({ query }, limits, { ...gql, maxTokens: 100_000 })?.en).toMatch(/too many GraphQL aliases/)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('text PostgreSQL cannot store: NUL (text) and unpaired surrogates (jsonb)', () => {
  it('refuses a surrogate without its pair, in values and keys, and keeps pairs (emoji) and Chinese', () => {
    expect(hasUnstorableText({ value: '\ud800' })).toBe(true)
    expect(hasUnstorableText(['x\udfff'])).toBe(true)
    expect(hasUnstorableText({ ['\udc00k']: 1 })).toBe(true)
    expect(hasUnstorableText({ title: '政务公开 \ud83d\ude00' })).toBe(false)
  })

  it('are refused in query parameters, JSON values and keys, and GraphQL', () => {
    expect(hasUnstorableText({ a: [{ b: 'x\u0000' }] })).toBe(true)
    expect(hasUnstorableText({ ['k\u0000']: 1 })).toBe(true)
    expect(hasUnstorableText({ a: ['x', 1, null] })).toBe(false)
    expect(paging('where[title][equals]=a%00b')?.en).toMatch(/NUL/)
    expect(graphql('{ Articles(where: { title: { equals: "\\u0000" } }) { docs { id } } }')?.en).toMatch(/NUL/)
    expect(graphql('query ($t: String) { __typename }', { t: 'a\u0000' })?.en).toMatch(/NUL/)
  })
})
