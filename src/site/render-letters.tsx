import { renderToStaticMarkup } from 'react-dom/server'
import type { ReactElement } from 'react'
import type { SiteContext } from './context'
import { LetterReceiptPage, LetterTrackPage, LetterWritePage, type WriteForm } from './pages/letters'
import type { TrackedLetter } from '../letters/public-view'
import type { TrackedRequest } from '../requests/public-view'
import { ApplyPage, ApplyReceiptPage, ApplyTrackPage } from './pages/requests'

/** The mailbox's pages that answer one visitor (a fresh challenge, a receipt, a tracked letter): never cached. */
const page = (element: ReactElement, status: number) =>
  new Response(`<!DOCTYPE html>${renderToStaticMarkup(element)}`, {
    status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
  })

export const writePage = (site: SiteContext, form: WriteForm, status = 200) => page(<LetterWritePage site={site} form={form} />, status)
export const receiptPage = (site: SiteContext, receipt: { trackingCode: string; password: string; acceptDue: string }) => page(<LetterReceiptPage site={site} receipt={receipt} />, 201)
export const trackPage = (site: SiteContext, args: { letter?: TrackedLetter; error?: string; code?: string; password?: string }, status = 200) =>
  page(<LetterTrackPage site={site} {...args} />, status)

export const applyPage = (site: SiteContext, form: Omit<WriteForm, 'deadlines'>, status = 200) => page(<ApplyPage site={site} form={form} />, status)
export const applyReceiptPage = (site: SiteContext, receipt: { trackingCode: string; password: string; receivedDay: string; due: string }) => page(<ApplyReceiptPage site={site} receipt={receipt} />, 201)
export const applyTrackPage = (site: SiteContext, args: { request?: TrackedRequest; error?: string; code?: string; password?: string }, status = 200) =>
  page(<ApplyTrackPage site={site} {...args} />, status)
