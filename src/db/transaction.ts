import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext } from 'payload'

/** Runs `fn` with a request of its own in one transaction: all of it is stored, or none. */
export async function inTransaction<T>(payload: Payload, fn: (req: PayloadRequest) => Promise<T>, context: RequestContext = {}): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  const owns = await initTransaction(req)
  try {
    const result = await fn(req)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/** Runs `fn` in one transaction on a request that may not have one yet (a custom endpoint's). */
export async function inRequestTransaction<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await fn()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
