import { APIError } from 'payload'
import { BilingualError } from '../../src/shared/bilingual-error'

/** A 4xx answer to bad input or a refused action: public, bilingual, and logged quietly (see payload.config). */
export class ClientError extends APIError {
  constructor(zh: string, en: string, status = 400, data?: Record<string, unknown>) {
    super(`${zh} / ${en}`, status, data ?? null, true)
    this.name = 'ClientError'
  }

  static from(message: string, status: number, data?: Record<string, unknown>): ClientError {
    const error = new ClientError('', '', status, data)
    error.message = message
    return error
  }
}

/** A rule's refusal (a BilingualError from src/) as a 4xx answer, with the rule's status or 400; anything else unchanged. */
export function asClientError(error: unknown): unknown {
  if (!(error instanceof BilingualError)) return error
  const status = (error as { status?: unknown }).status
  return ClientError.from(error.message, typeof status === 'number' ? status : 400)
}

/** Runs `fn`; a rule's refusal becomes a 4xx answer (see asClientError). */
export async function refusingBadInput<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw asClientError(error)
  }
}
