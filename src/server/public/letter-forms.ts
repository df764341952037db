import express from 'express'
import type { Payload } from 'payload'
import { findMailbox, submitLetter } from '../../../collections/Letters/submit'
import { mailboxDeadlines } from '../../../collections/MailboxSettings'
import { rateLetter, trackLetter } from '../../../collections/Letters/track'
import { MAX_SUBMISSION_BYTES, readSubmission } from '../../../collections/Letters/read-submission'
import { challengeOptions, createPowChallenge, createQuestion } from '../../shared/challenge'
import { BilingualError } from '../../shared/bilingual-error'
import { ClientError } from '../../../collections/shared/client-error'
import type { SiteContext } from '../../site/context'
import { receiptPage, trackPage, writePage } from '../../site/render-letters'
import { fetchHandler } from '../fetch-bridge'
import { letterSubmitLimit, letterTrackLimit } from '../letter-limits'

export type SiteResolver = (host: string | undefined, pathname: string) => Promise<{ site: SiteContext; path: string } | null>

// The write page alone runs a script of ours: the proof-of-work solver.
const withScript = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self'; base-uri 'self'; object-src 'none'"

const zhPart = (error: Error) => error.message.split(' / ')[0]
const statusOf = (error: Error) => {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : 400
}

async function freshForm(payload: Payload) {
  const opts = challengeOptions(payload.secret)
  return { deadlines: await mailboxDeadlines(payload), challenge: await createPowChallenge(opts), question: createQuestion(opts) }
}

const notFound = (site: SiteContext) => trackPage(site, { error: '该单位未开设信箱。' }, 404)

/**
 * The mailbox's forms on every site that has one, working without JavaScript: writing a letter
 * (GET gives a fresh challenge, POST takes the letter), and status queries and ratings.
 */
export function letterForms(payload: Payload, resolve: SiteResolver): express.Router {
  const router = express.Router()
  const at = (suffix: string) => new RegExp(`^(/sites/[a-z][a-z0-9-]{0,40})?/letters/${suffix}$`)
  const siteOf = async (request: Request) => {
    const url = new URL(request.url)
    return (await resolve(url.host, url.pathname))?.site ?? null
  }
  const limits = { json: 64 * 1024, upload: MAX_SUBMISSION_BYTES }

  router.get(at('write'), fetchHandler(async (request) => {
    const site = await siteOf(request)
    if (!site || !site.unit.mailbox) return site ? notFound(site) : new Response('not found', { status: 404 })
    const response = writePage(site, await freshForm(payload))
    response.headers.set('Content-Security-Policy', withScript)
    return response
  }))

  router.post(at('write'), letterSubmitLimit, fetchHandler(async (request) => {
    const site = await siteOf(request)
    if (!site || !site.unit.mailbox) return site ? notFound(site) : new Response('not found', { status: 404 })
    let fields: Record<string, unknown> = {}
    try {
      const read = await readSubmission(request)
      fields = read.fields
      const receipt = await submitLetter(payload, await findMailbox(payload, site.unit.slug), fields, read.files)
      return receiptPage(site, receipt)
    } catch (error) {
      if (!(error instanceof BilingualError || error instanceof ClientError)) throw error
      const values = Object.fromEntries(['name', 'phone', 'email', 'subject', 'category', 'body', 'allowPublish'].map((k) => [k, typeof fields[k] === 'string' ? String(fields[k]) : '']))
      const response = writePage(site, { ...(await freshForm(payload)), values, error: zhPart(error) }, statusOf(error))
      response.headers.set('Content-Security-Policy', withScript)
      return response
    }
  }, limits))

  for (const [suffix, act] of [['track', trackLetter], ['rate', null]] as const) {
    router.post(at(suffix), letterTrackLimit, fetchHandler(async (request) => {
      const site = await siteOf(request)
      if (!site || !site.unit.mailbox) return site ? notFound(site) : new Response('not found', { status: 404 })
      const form = await request.formData().catch(() => new FormData())
      const value = (k: string) => (typeof form.get(k) === 'string' ? String(form.get(k)) : '')
      try {
        const letter = act ? await act(payload, value('code'), value('password')) : await rateLetter(payload, value('code'), value('password'), value('rating'))
        return trackPage(site, { letter, code: letter.trackingCode, password: value('password') })
      } catch (error) {
        if (!(error instanceof BilingualError || error instanceof ClientError)) throw error
        return trackPage(site, { error: zhPart(error), code: value('code') }, statusOf(error))
      }
    }, limits))
  }
  return router
}
