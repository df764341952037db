import { APIError } from 'payload'

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
