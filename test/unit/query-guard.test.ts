import { describe, expect, it } from 'vitest'
import { checkRestRequest, type GuardSchema } from '../../src/server/query-guard'

const schema = (idType: 'number' | 'text'): GuardSchema => ({
  idType,
  collections: new Map([
    ['articles', new Map([
      ['tenant', { kind: 'id' as const }],
      ['publishedAt', { kind: 'date' as const }],
      ['views', { kind: 'number' as const }],
      ['title', { kind: 'other' as const }],
      ['category', { kind: 'select' as const, options: ['news', 'notice'] }],
      ['unit', { kind: 'id' as const, relationTo: 'tenants' }],
      ['review.state', { kind: 'select' as const, options: ['draft', 'published'] }],
    ])],
    ['tenants', new Map([['kind', { kind: 'select' as const, options: ['hub', 'county'] }], ['name', { kind: 'other' as const }]])],
  ]),
})
const check = (path: string, idType: 'number' | 'text' = 'number') => checkRestRequest(new URL(`http://x${path}`), schema(idType))

describe('REST query guard', () => {
  it('passes well-formed requests and other routes', () => {
    expect(check('/api/articles?where[tenant][equals]=3&where[publishedAt][greater_than]=2021-01-01')).toBeNull()
    expect(check('/api/articles?where[or][0][title][like]=x&where[or][1][views][greater_than_equal]=5')).toBeNull()
    expect(check('/api/articles?where[tenant][in]=1,2,3')).toBeNull()
    expect(check('/api/articles/12')).toBeNull()
    expect(check('/api/articles/versions/12')).toBeNull()
    expect(check('/api/articles/count')).toBeNull()
    expect(check('/api/other/abc')).toBeNull()
    expect(check('/healthz')).toBeNull()
  })
  it('asks a select only for its own values, by membership, also through a relation, a group or a version', () => {
    expect(check('/api/articles?where[category][in]=news,notice&where[unit.kind][equals]=hub&where[review.state][exists]=true')).toBeNull()
    expect(check('/api/articles?where[unit.name][like]=x&where[version.category][not_equals]=news')).toBeNull()
    expect(check('/api/articles?where[category][equals]=bogus')?.en).toBe('category has no value bogus (one of: news, notice)')
    expect(check('/api/articles?where[category][equals]=')?.en).toMatch(/category has no value/)
    expect(check('/api/articles?where[category][like]=ne')?.en).toMatch(/category cannot take the like operator/)
    expect(check('/api/articles?where[unit.kind][greater_than]=a')?.en).toMatch(/unit.kind cannot take the greater_than operator/)
    expect(check('/api/articles?where[unit.kind][in]=hub,x')?.en).toMatch(/unit.kind has no value x/)
    expect(check('/api/articles?where[unit.id][equals]=abc')?.en).toMatch(/unit.id is not a valid ID/)
    expect(check('/api/articles?where[review.state][equals]=x')?.en).toMatch(/review.state has no value x/)
    expect(check('/api/articles/versions?where[version.review.state][contains]=p')?.en).toMatch(/review.state cannot take the contains/)
  })
  it('follows the database ID type', () => {
    expect(check('/api/articles/abc')?.en).toMatch(/not a valid document ID/)
    expect(check('/api/articles/65a1b2c3d4e5f60718293a4b', 'text')).toBeNull()
    expect(check('/api/articles?where[tenant][in]=1,x')?.en).toMatch(/tenant is not a valid ID: x/)
    expect(check('/api/articles?where[id][equals]=abc', 'text')).toBeNull()
  })
  it.each([
    ['/api/articles?where=notjson', /where must be an object/],
    ['/api/articles?where[title]=x', /needs an operator/],
    ['/api/articles?where[title][in][0][x]=1', /single value/],
    ['/api/articles?where[publishedAt][equals]=yesterday', /not a valid date/],
    ['/api/articles?where[views][equals]=many', /must be a number/],
    ['/api/articles?where[and]=x', /list of conditions/],
  ])('rejects %s', (path, message) => {
    const problem = check(path)
    expect(problem?.en).toMatch(message)
    expect(problem?.zh).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('REST query guard follows the endpoint table', () => {
  const withEndpoints: GuardSchema = {
    ...schema('number'),
    endpoints: new Map([
      ['articles', [
        { method: 'get', path: '/populate-options' },
        { method: 'get', path: '/:key' },
        { method: 'get', path: '/:id' },
        { method: 'patch', path: '/:id' },
      ]],
    ]),
  }
  const guard = (path: string, method = 'GET') => checkRestRequest(new URL(`http://x${path}`), withEndpoints, method)
  it('leaves custom endpoints and their own parameters alone', () => {
    expect(guard('/api/articles/populate-options')).toBeNull()
    expect(guard('/api/articles/undefined')).toBeNull() // GET /:key comes first, as in payload-preferences
  })
  it('still checks IDs where the matching route takes one', () => {
    expect(guard('/api/articles/abc', 'PATCH')?.en).toMatch(/not a valid document ID: abc/)
    expect(guard('/api/articles/12', 'PATCH')).toBeNull()
  })
})

describe('REST query guard: operators, breadth, versions and closed routes', () => {
  const guarded: GuardSchema = {
    ...schema('number'),
    versioned: new Set(['articles', 'globals/settings']),
    closed: ['payload-migrations', 'users/verify'],
    maxWhereConditions: 5,
  }
  guarded.collections.set('places', new Map([['location', { kind: 'point' as const }]]))
  const guard = (path: string) => checkRestRequest(new URL(`http://x${path}`), guarded)
  it.each([
    ['/api/articles?where[title][weird_op]=1', /unknown where operator: weird_op/],
    ['/api/articles?where[title][near]=999,999,999,999', /applies only to point fields/],
    ['/api/articles?where[title][intersects]=[', /applies only to point fields/],
    ['/api/places?where[location][near]=999,999,999,999,999', /invalid value for the near operator/],
    ['/api/places?where[location][within]=[', /invalid value for the within operator/],
    [`/api/articles?${Array.from({ length: 6 }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&')}`, /too many conditions \(at most 5\)/],
  ])('%s → 400', (path, message) => {
    const problem = guard(path)
    expect(problem?.en).toMatch(message)
    expect(problem?.status ?? 400).toBe(400)
  })
  it('passes point operators with well-formed operands', () => {
    expect(guard('/api/places?where[location][near]=112.9,25.8,1000')).toBeNull()
    expect(guard(`/api/articles?${Array.from({ length: 5 }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&')}`)).toBeNull()
  })
  it('answers /versions of what keeps none, and closed routes, with 404', () => {
    expect(guard('/api/articles/versions')).toBeNull()
    expect(guard('/api/globals/settings/versions')).toBeNull()
    expect(guard('/api/places/versions')?.status).toBe(404)
    expect(guard('/api/globals/other/versions/1')?.status).toBe(404)
    expect(guard('/api/payload-migrations/1')?.status).toBe(404)
    expect(guard('/api/users/verify/abc')?.status).toBe(404)
    expect(guard('/api/users/login')).toBeNull()
  })
})
