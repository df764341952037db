import { demoPassword } from '../../src/seed/demo-users'

/** REST and pages of a server started as its own process (test/helpers/server-process.ts). */
export function remote(server: { url: string; log: () => string }) {
  const { url } = server
  const tokens = new Map<string, string>()
  // A refused connection means the process died: its log says why.
  const fetch: typeof globalThis.fetch = (input, init) =>
    globalThis.fetch(input, init).catch((err: Error) => {
      throw new Error(`${err.message} (${url}): ${(err.cause as Error | undefined)?.message ?? ''}\n${server.log().slice(-4000)}`)
    })
  const auth = async (email: string): Promise<Record<string, string>> => {
    if (!tokens.has(email)) {
      const res = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) })
      if (res.status !== 200) throw new Error(`login ${email} at ${url}: ${res.status} ${await res.text()}`)
      tokens.set(email, ((await res.json()) as { token: string }).token)
    }
    return { Authorization: `JWT ${tokens.get(email)}` }
  }
  return {
    url,
    auth,
    /** A JSON call, signed in as `email` unless it is undefined. */
    async call(email: string | undefined, method: string, path: string, body?: unknown) {
      const headers = { 'Content-Type': 'application/json', ...(email ? await auth(email) : {}) }
      const res = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
      const text = await res.text()
      return { status: res.status, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, any>, text } // eslint-disable-line @typescript-eslint/no-explicit-any
    },
    async page(path: string) {
      const res = await fetch(`${url}${path}`)
      return { status: res.status, cache: res.headers.get('x-cache'), text: await res.text() }
    },
  }
}
