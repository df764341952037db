import type { ErrorRequestHandler, Response } from 'express'

/** Error body in Payload's shape (`{ errors: [{ message }] }`), message in Chinese and English. */
export function sendError(res: Response, status: number, zh: string, en: string): void {
  if (res.headersSent) return
  res.status(status).json({ errors: [{ message: `${zh} / ${en}` }] })
}

/** Last resort: body-parser style errors carry a 4xx status; anything else is a 500 without details. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500
  if (status === 500) console.error(`[server] ${req.method} ${req.originalUrl}:`, err)
  if (status === 413) return sendError(res, 413, '请求体过大', 'request body too large')
  if (status === 500) return sendError(res, 500, '服务器内部错误', 'internal server error')
  sendError(res, status, '请求无效', 'bad request')
}
