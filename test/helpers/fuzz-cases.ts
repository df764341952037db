import type { FuzzRequest, Rng } from './fuzz-client'

/** Who sends a request: anonymous, or a demo user's `Authorization` header. */
export type Actor = Record<string, string>

export interface FuzzTargets {
  collections: string[]
  /** Collections without versions (their `/versions` is a 404). */
  unversioned: string[]
  actors: Actor[]
  /** A token, for duplicate-cookie requests. */
  token: string
  unitId: number | string
  /** The writer of `unitId` (duplicate-slug requests). */
  writer: Actor
}

const badNumbers = ['NaN', '-Infinity', 'Infinity', '1.5', '0x10', '9007199254740993', '-1', '0', '1e3', '', '%00', '1%2C2', ' 1', '[]', '01']
const badOperands = ['999,999,999,999', '[', ']', '{', '%ED%A0%80', '%00', 'a'.repeat(300), '1e400', 'null', 'true']
const operators = ['equals', 'near', 'intersects', 'within', 'like', 'contains', 'in', 'all', 'exists', 'greater_than', 'bogus', '$where', '__proto__', 'constructor']
const fields = ['title', 'id', 'tenant', 'publishedAt', 'createdAt', 'slug', 'tenant.name', 'nosuch', 'year', 'email', 'roles']
const strangeStrings = ['a\u0000b', '\ud800', '\udfff', 'x'.repeat(5000), '<script>alert(1)</script>', '%00', '../../etc/passwd', '"', '\u202e', '']
const badJson = ['{', 'not json', '[1,2]', '"str"', '123', 'null', '{"a":' + '['.repeat(5000), '{"__proto__":{"x":1}}']
const methods = ['TRACE', 'TRACK', 'PROPFIND', 'MKCOL', 'LOCK', 'PURGE', 'SEARCH', 'M-SEARCH', 'FOO']
const badIds = ['abc', '-1', '1.5', '99999999999999999999', '%00', '%E4%BD%A0', '0x1', "1'--", 'NaN', '999999999']
const publicPaths = ['/', '/news/news', '/news/notice', '/xxgk', '/xxgk/guide', '/sitemap', '/sitemap.xml', '/robots.txt', '/feed.xml', '/news/news/feed.xml',
  '/xxgk/units/department', '/xxgk/units/county', '/xxgk/lookup', '/sites/fgw/', '/sites/fgw/xxgk', '/sites/nosuch/', '/xxgk/c/zfxxgkzn']

const boundary = 'ZhanqunFuzz'
const part = (name: string, value: string, file?: string, type?: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n${value}\r\n`
const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

type Make = (rng: Rng, t: FuzzTargets) => FuzzRequest

/** Each class of malformed input the issue names, and a few more; every call makes one request. */
export const fuzzClasses: Record<string, Make> = {
  paging: (rng, t) => {
    const collection = rng.pick(t.collections)
    const endpoint = rng.pick(['', '/count', '/versions', '/versions/1'])
    const param = rng.pick(['limit', 'page', 'depth'])
    const extra = rng.pick(['', '&pagination=false', `&${param}=1`, '&sort=-nosuch'])
    const query = `${param}=${rng.pick(badNumbers)}${extra}`
    // The admin's relationship fields send their query as the body of a POST read as a GET.
    if (rng.next() < 0.25) {
      return { kind: 'paging', method: 'POST', path: `/api/${collection}`, headers: { 'x-payload-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded', ...rng.pick(t.actors) }, body: query }
    }
    return { kind: 'paging', method: 'GET', path: `/api/${collection}${endpoint}?${query}`, headers: rng.pick(t.actors) }
  },
  where: (rng, t) => {
    const collection = rng.pick(t.collections)
    const shapes = [
      () => `where[${rng.pick(fields)}][${rng.pick(operators)}]=${rng.pick(badOperands)}`,
      () => `where=${rng.pick(['notjson', '[', '1', ''])}`,
      () => `where[or][0][and][0][or][0][and][0][or][0][and][0][or][0][and][0][or][0][and][0][${rng.pick(fields)}][equals]=1`,
      () => Array.from({ length: 60 }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&'),
      () => `where[${rng.pick(fields)}][in]=${Array.from({ length: 50 }, () => rng.pick(badOperands)).join(',')}`,
      () => `where[${rng.pick(fields)}]=${rng.pick(badOperands)}`,
      () => `where[and]=${rng.pick(badOperands)}`,
    ]
    return { kind: 'where', method: rng.pick(['GET', 'GET', 'GET', 'DELETE', 'PATCH']), path: `/api/${collection}${rng.pick(['', '/count'])}?${rng.pick(shapes)()}`, headers: { 'content-type': 'application/json', ...rng.pick(t.actors) }, body: '{}' }
  },
  ids: (rng, t) => {
    const method = rng.pick(['GET', 'PATCH', 'DELETE', 'POST'])
    const path = `/api/${rng.pick(t.collections)}/${rng.pick(badIds)}${rng.pick(['', '/duplicate', '/versions', '/wording-check', '/review', '/schedule'])}`
    return { kind: 'ids', method, path, headers: { 'content-type': 'application/json', ...rng.pick(t.actors) }, body: method === 'GET' ? undefined : '{"title":"x"}' }
  },
  versions: (rng, t) => ({ kind: 'versions', method: 'GET', path: `/api/${rng.pick(t.unversioned)}/versions${rng.pick(['', '/1', '?limit=1.5'])}`, headers: rng.pick(t.actors) }),
  methods: (rng, t) => ({ kind: 'methods', method: rng.pick(methods), path: rng.pick(['/api/articles', '/', '/api/graphql', '/api/users/login', '/sites/fgw/']), headers: rng.pick(t.actors) }),
  paths: (rng, t) => ({
    kind: 'paths', method: 'GET', headers: rng.pick(t.actors),
    path: rng.pick(['/api/media/file/%00', '/api/media/file/..%2F..%2Fpackage.json', '/api/%00', '/%00', '/news/%ZZ', '/api/articles/%ED%A0%80', `/api/${'a'.repeat(3000)}`,
      '/api/media/file/nosuch.png', '/xxgk/%00', '/sites/%00/', '/api/globals/disclosure-settings/versions', '/api/globals/nosuch', '/api/payload-preferences/%00']),
  }),
  // The group's settings (globals): malformed writes and reads, anonymous and signed in.
  globals: (rng, t) => {
    const slug = rng.pick(['monitoring-settings', 'mailbox-settings', 'disclosure-settings', 'nosuch'])
    const value = rng.pick<unknown>([...strangeStrings, -1, 1e308, 1.5, null, [], {}, 'abc'])
    const body = rng.next() < 0.4 ? rng.pick(badJson) : JSON.stringify({ homeStaleDays: value, acceptDays: value, deductions: rng.pick<unknown>([[{ rule: value, each: value, max: value }], value]), requiredMetadata: [value] })
    const method = rng.pick(['GET', 'POST', 'POST', 'PATCH'])
    return { kind: 'globals', method, path: `/api/globals/${slug}${rng.pick(['', '?depth=NaN', '?locale=%00', '/versions'])}`, headers: { 'content-type': 'application/json', ...rng.pick(t.actors) }, body: method === 'GET' ? undefined : body }
  },
  json: (rng, t) => {
    const collection = rng.pick(t.collections)
    const value = rng.pick<unknown>([...strangeStrings, 'abc', {}, [], 1.5, -1, 1e308, null, true, { equals: 1 }])
    const body = rng.next() < 0.4 ? rng.pick(badJson) : JSON.stringify({ title: rng.pick(strangeStrings), tenant: value, [rng.pick(fields)]: value, _status: rng.pick(['published', 'bogus', 1]) })
    const target = rng.pick(['', '/999999999', `/${rng.pick(badIds)}`])
    return { kind: 'json', method: rng.pick(['POST', 'PATCH', 'PUT']), path: `/api/${collection}${target}`, headers: { 'content-type': rng.pick(['application/json', 'application/json; charset=utf-8', 'text/plain']), ...rng.pick(t.actors) }, body }
  },
  multipart: (rng, t) => {
    const bodies = [
      part('_payload', 'not json') + `--${boundary}--`,
      part('_payload', '[1,2]') + `--${boundary}--`,
      part('_payload', '"str"') + `--${boundary}--`,
      part('_payload', '{"alt":"x"}') + part('file', svg, 'x.png', 'image/png') + `--${boundary}--`,
      part('_payload', '{"alt":"x"}') + part('file', '<html><script>1</script></html>', 'x.pdf', 'application/pdf') + `--${boundary}--`,
      part('_payload', '{"alt":"x"}') + part('file', 'abc', 'x.png', 'image/png'),
      part('alt', 'x'),
      'garbage',
      '',
    ]
    const type = rng.pick([`multipart/form-data; boundary=${boundary}`, 'multipart/form-data; boundary=', 'multipart/form-data', 'multipart/form-data; boundary=wrong', 'multipart/mixed; boundary="a"'])
    const path = rng.pick(['/api/media', '/api/media/999999999', '/api/articles', '/api/tenants', '/api/graphql', '/api/users/login', '/api/disclosures/999999999'])
    return { kind: 'multipart', method: path.includes('999') ? 'PATCH' : 'POST', path, headers: { 'content-type': type, ...rng.pick(t.actors) }, body: rng.pick(bodies) }
  },
  auth: (rng, t) => {
    const email = rng.pick(['a\u0000b@x.cn', '\ud800@x.cn', 'nobody@fuzz.invalid', '', 'x'.repeat(400), '%00']) as unknown
    const field = rng.pick<unknown>([email, ['a'], { $ne: null }, 1, null])
    const cases: FuzzRequest[] = [
      { kind: 'auth', method: 'POST', path: '/api/users/login', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: field, password: rng.pick(strangeStrings) }) },
      { kind: 'auth', method: 'POST', path: '/api/users/logout', headers: rng.pick<Actor>([{}, { authorization: 'JWT a.b.c' }]) },
      { kind: 'auth', method: 'GET', path: '/api/users/me', headers: { cookie: [`payload-token=${t.token}`, `payload-token=${rng.pick(['x', '', t.token.slice(0, -3)])}`] } },
      { kind: 'auth', method: 'POST', path: '/api/users/refresh-token', headers: { cookie: `payload-token=${t.token}; payload-token=bogus` } },
      { kind: 'auth', method: 'GET', path: '/api/users/me', headers: { authorization: rng.pick(['JWT ', 'JWT a.b.c', 'Bearer x', `JWT ${t.token}x`, 'users API-Key x']) } },
      { kind: 'auth', method: 'POST', path: '/api/users/forgot-password', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: field }) },
      { kind: 'auth', method: 'POST', path: '/api/users/reset-password', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: rng.pick(strangeStrings), password: rng.pick(strangeStrings) }) },
      { kind: 'auth', method: 'POST', path: `/api/users/verify/${rng.pick(badIds)}` },
      { kind: 'auth', method: 'POST', path: '/api/users/unlock', headers: { 'content-type': 'application/json', ...rng.pick(t.actors) }, body: JSON.stringify({ email: field }) },
      { kind: 'auth', method: 'POST', path: '/api/users/first-register', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: field, password: 'x' }) },
    ]
    return rng.pick(cases)
  },
  graphql: (rng, t) => {
    const queries = [
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`,
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      `{ Articles { docs { ${'tenant { '.repeat(15)}id${' }'.repeat(15)} } } }`,
      `{ Articles(limit: ${rng.pick(['-1', '0', '100000', '2147483647', '1.5', '"x"'])}) { docs { id } } }`,
      `{ Articles(page: ${rng.pick(['-1', '0', '2147483647'])}, pagination: false) { docs { id } } }`,
      `{ Articles(where: { title: { ${rng.pick(['bogus', 'near', 'equals'])}: ${rng.pick(['"x"', '1', '[1]', '{a:1}'])} } }) { docs { id } } }`,
      `{ Articles(where: ${'{ OR: ['.repeat(20)}{ title: { equals: "x" } }${'] }'.repeat(20)}) { docs { id } } }`,
      '{ Article(id: "abc") { id } }', '{ Articles { docs { id ', 'mutation { createArticle(data: { title: "\\u0000" }) { id } }',
      `{ __typename ${'@include(if: true) '.repeat(100)} }`, '{ nosuch }', 'subscription { x }', '',
    ]
    const shape = rng.int(6)
    const query = rng.pick(queries)
    const headers = { ...rng.pick(t.actors) }
    if (shape === 0) return { kind: 'graphql', method: 'GET', path: `/api/graphql?query=${encodeURIComponent(query)}`, headers }
    if (shape === 1) return { kind: 'graphql', method: 'POST', path: '/api/graphql', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify([{ query }, { query }]) }
    if (shape === 2) return { kind: 'graphql', method: 'POST', path: '/api/graphql', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: rng.pick(['x', [1], { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: { k: { l: { m: 1 } } } } } } } } } } } } }]) }) }
    if (shape === 3) return { kind: 'graphql', method: 'POST', path: '/api/graphql', headers: { ...headers, 'content-type': 'application/json' }, body: rng.pick(badJson) }
    return { kind: 'graphql', method: 'POST', path: '/api/graphql', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query }) }
  },
  jobs: (rng, t) => ({ kind: 'jobs', method: 'GET', path: `/api/payload-jobs/${rng.pick(['run', 'handle-schedules'])}?limit=${rng.pick(badNumbers)}&queue=${rng.pick(['default', '%00', 'x'])}`, headers: rng.pick(t.actors) }),
  public: (rng, t) => {
    const path = rng.pick(publicPaths)
    const query = rng.pick(['', `?page=${rng.pick(badNumbers)}`, `?year=${rng.pick(badNumbers)}`, `?indexNumber=${rng.pick(badOperands)}`, '?page=2&page=3'])
    const extra = rng.pick(['', '/articles/%00', '/xxgk/ffffffffffffffffffffffff', '/preview/articles/1?sig=bogus&exp=1', '/preview/disclosures/zz', '/news/bogus', '/xxgk/c/nosuch/feed.xml'])
    return { kind: 'public', method: rng.pick(['GET', 'GET', 'HEAD', 'POST']), path: extra && rng.next() < 0.3 ? extra : `${path}${query}`, headers: { host: rng.pick(['localhost', 'www.example.invalid', '', '[::1]']), ...rng.pick(t.actors) } }
  },
  slug: (rng, t) => ({
    kind: 'slug', method: 'POST', path: '/api/articles', headers: { 'content-type': 'application/json', ...t.writer },
    body: JSON.stringify(rng.next() < 0.5 ? { title: 'Fuzz duplicate title', tenant: t.unitId } : { title: '重复的网址标识', slug: 'fuzz-taken-slug', tenant: t.unitId }),
  }),
}

/** The 20 MB chunked JSON body (MAX_JSON_BODY_BYTES is 2 MiB): refused while it streams. */
export const chunkedBomb = (t: FuzzTargets): FuzzRequest => ({
  kind: 'chunked-20MB', method: 'POST', path: '/api/articles', headers: { 'content-type': 'application/json', ...t.writer }, chunked: { size: 64 * 1024, count: 320 },
})
