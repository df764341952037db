import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Work a request starts that must finish before its response is sent: the purge of every server's
 * cache after a publish. The HTTP bridge runs each request in a scope and waits for what was added.
 */
const settleLimitMs = 10_000
const scope = new AsyncLocalStorage<Set<Promise<unknown>>>()

export function beforeResponse(work: Promise<unknown>): void {
  scope.getStore()?.add(work)
}

export function settledBeforeResponse<T>(handle: () => Promise<T>): Promise<T> {
  const pending = new Set<Promise<unknown>>()
  return scope.run(pending, async () => {
    const result = await handle()
    // Bounded: a transaction left open past the response must not hold the answer back for long.
    const deadline = Date.now() + settleLimitMs
    while (pending.size && Date.now() < deadline) {
      const batch = [...pending]
      pending.clear()
      let timer: NodeJS.Timeout | undefined
      await Promise.race([Promise.allSettled(batch), new Promise((r) => (timer = setTimeout(r, deadline - Date.now())))])
      clearTimeout(timer)
    }
    return result
  })
}
