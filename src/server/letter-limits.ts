import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import { sendError } from './errors'

/**
 * Per-address limits of the mailbox, shared by the API and the sites' forms. LETTER_SUBMIT_LIMIT
 * letters an hour (default 5) and LETTER_TRACK_LIMIT status queries or ratings in 15 minutes (default 20).
 * Kept in each process's memory: with several servers behind a balancer, each counts its own share.
 */
export const letterSubmitLimit: RequestHandler = rateLimit({
  windowMs: 60 * 60 * 1000,
  limit: () => Number(process.env.LETTER_SUBMIT_LIMIT) || 5,
  standardHeaders: 'draft-8',
  legacyHeaders: false,
  handler: (_req, res) => sendError(res, 429, '来信提交过于频繁，请一小时后再试', 'too many letters from this address; try again in an hour'),
})

export const letterTrackLimit: RequestHandler = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: () => Number(process.env.LETTER_TRACK_LIMIT) || 20,
  standardHeaders: 'draft-8',
  legacyHeaders: false,
  handler: (_req, res) => sendError(res, 429, '查询过于频繁，请15分钟后再试', 'too many queries from this address; try again in 15 minutes'),
})
