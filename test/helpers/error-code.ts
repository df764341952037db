/** The `code` of the error `fn` throws (a BilingualError's), or 'ok' when it does not throw. */
export function errorCode(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    return String((error as { code?: unknown }).code)
  }
  return 'ok'
}
