import compression from 'compression'
import express from 'express'
import type { Payload } from 'payload'
import { findMailbox, submitLetter } from '../../../collections/Letters/submit'
import { rateLetter, trackLetter } from '../../../collections/Letters/track'
import { MAX_SUBMISSION_BYTES, readSubmission } from '../../../collections/shared/read-submission'
import { mailboxDeadlines } from '../../../collections/MailboxSettings'
import { createRequest, findRequestSite } from '../../../collections/Requests/submit'
import { requestDocumentFile, withdrawRequest, trackRequest } from '../../../collections/Requests/track'
import { ClientError } from '../../../collections/shared/client-error'
import { BilingualError } from '../../shared/bilingual-error'
import { challengeOptions, createPowChallenge, createQuestion } from '../../shared/challenge'
import type { SiteContext } from '../../site/context'
import { applyPage, applyReceiptPage, applyTrackPage, receiptPage, trackPage, writePage } from '../../site/render-letters'
import { fetchHandler } from '../fetch-bridge'
import { letterSubmitLimit, letterTrackLimit } from '../letter-limits'

export type SiteResolver = (host: string | undefined, pathname: string) => Promise<{ site: SiteContext; path: string } | null>

// The citizens' form pages alone run a script of ours: the proof-of-work solver.
const withScript = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self'; base-uri 'self'; object-src 'none'"
const scripted = (response: Response) => (response.headers.set('Content-Security-Policy', withScript), response)

/** A refusal of what the visitor sent: its Chinese half, for the page, and its 4xx status. */
function refusal(error: unknown): { message: string; status: number } | null {
  if (!(error instanceof BilingualError || error instanceof ClientError)) return null
  const status = (error as { status?: unknown }).status
  return { message: error.message.split(' / ')[0], status: typeof status === 'number' ? status : 400 }
}

const fieldsOf = (names: string[], fields: Record<string, unknown>) => Object.fromEntries(names.map((k) => [k, typeof fields[k] === 'string' ? String(fields[k]) : '']))
const letterFields = ['name', 'phone', 'email', 'subject', 'category', 'body', 'allowPublish']
const requestFields = ['applicantKind', 'name', 'idNumber', 'contactPerson', 'phone', 'email', 'address', 'description', 'documentNumber', 'purpose', 'form', 'delivery']

/**
 * The citizens' forms on every site, working without JavaScript: the mailbox (write, track, rate) where a
 * unit has one, and the disclosure application (apply, track, withdraw) on every site.
 */
export function citizenForms(payload: Payload, resolve: SiteResolver): express.Router {
  const router = express.Router()
  const at = (suffix: string) => new RegExp(`^(/sites/[a-z][a-z0-9-]{0,40})?/${suffix}$`)
  const limits = { json: 64 * 1024, upload: MAX_SUBMISSION_BYTES }
  router.use(at('(letters/(write|track|rate)|xxgk/apply(/.*)?)'), compression())
  const challenge = async () => {
    const opts = challengeOptions(payload.secret)
    return { challenge: await createPowChallenge(opts), question: createQuestion(opts) }
  }
  /** Serves `handle` for the request's site, or a 404 when there is none (or, for the mailbox, no mailbox). */
  const forSite = (needsMailbox: boolean, handle: (site: SiteContext, request: Request) => Promise<Response>) =>
    fetchHandler(async (request) => {
      const url = new URL(request.url)
      const site = (await resolve(url.host, url.pathname))?.site
      if (!site) return new Response('not found', { status: 404 })
      if (needsMailbox && !site.unit.mailbox) return trackPage(site, { error: '该单位未开设信箱。' }, 404)
      return handle(site, request)
    }, limits)
  const formValue = (form: FormData, k: string) => (typeof form.get(k) === 'string' ? String(form.get(k)) : '')

  router.get(at('letters/write'), forSite(true, async (site) => scripted(writePage(site, { deadlines: await mailboxDeadlines(payload), ...(await challenge()) }))))
  router.post(at('letters/write'), letterSubmitLimit, forSite(true, async (site, request) => {
    let fields: Record<string, unknown> = {}
    try {
      const read = await readSubmission(request)
      fields = read.fields
      return receiptPage(site, await submitLetter(payload, await findMailbox(payload, site.unit.slug), fields, read.files))
    } catch (error) {
      const r = refusal(error)
      if (!r) throw error
      return scripted(writePage(site, { deadlines: await mailboxDeadlines(payload), ...(await challenge()), values: fieldsOf(letterFields, fields), error: r.message }, r.status))
    }
  }))
  router.post(at('letters/(track|rate)'), letterTrackLimit, forSite(true, async (site, request) => {
    const form = await request.formData().catch(() => new FormData())
    const rating = new URL(request.url).pathname.endsWith('/rate')
    try {
      const letter = rating
        ? await rateLetter(payload, formValue(form, 'code'), formValue(form, 'password'), formValue(form, 'rating'))
        : await trackLetter(payload, formValue(form, 'code'), formValue(form, 'password'))
      return trackPage(site, { letter, code: letter.trackingCode, password: formValue(form, 'password') })
    } catch (error) {
      const r = refusal(error)
      if (!r) throw error
      return trackPage(site, { error: r.message, code: formValue(form, 'code') }, r.status)
    }
  }))

  router.get(at('xxgk/apply'), forSite(false, async (site) => scripted(applyPage(site, await challenge()))))
  router.post(at('xxgk/apply'), letterSubmitLimit, forSite(false, async (site, request) => {
    let fields: Record<string, unknown> = {}
    try {
      fields = (await readSubmission(request)).fields
      return applyReceiptPage(site, await createRequest(payload, await findRequestSite(payload, site.unit.slug), fields))
    } catch (error) {
      const r = refusal(error)
      if (!r) throw error
      return scripted(applyPage(site, { ...(await challenge()), values: fieldsOf(requestFields, fields), error: r.message }, r.status))
    }
  }))
  router.post(at('xxgk/apply/(track|withdraw)'), letterTrackLimit, forSite(false, async (site, request) => {
    const form = await request.formData().catch(() => new FormData())
    const withdrawing = new URL(request.url).pathname.endsWith('/withdraw')
    try {
      const tracked = await (withdrawing ? withdrawRequest : trackRequest)(payload, formValue(form, 'code'), formValue(form, 'password'))
      return applyTrackPage(site, { request: tracked, code: tracked.trackingCode, password: formValue(form, 'password') })
    } catch (error) {
      const r = refusal(error)
      if (!r) throw error
      return applyTrackPage(site, { error: r.message, code: formValue(form, 'code') }, r.status)
    }
  }))
  router.post(at('xxgk/apply/track/document'), letterTrackLimit, forSite(false, async (site, request) => {
    const form = await request.formData().catch(() => new FormData())
    try {
      return await requestDocumentFile(payload, formValue(form, 'code'), formValue(form, 'password'), formValue(form, 'document'))
    } catch (error) {
      const r = refusal(error)
      if (!r) throw error
      return applyTrackPage(site, { error: r.message, code: formValue(form, 'code') }, r.status)
    }
  }))
  return router
}
