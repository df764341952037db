import { describe, expect, it } from 'vitest'
import { contentFingerprint } from '../../src/review/content-fingerprint'
import { checkAction, checkPublish, ReviewError, type Actor } from '../../src/review/state-machine'
import { errorCode as code } from '../helpers/error-code'

const editor: Actor = { id: '1', isWriter: true, isReviewer: false }
const reviewer: Actor = { id: '2', isWriter: false, isReviewer: true }
const both: Actor = { id: '3', isWriter: true, isReviewer: true }


describe('review transitions', () => {
  it('follows draft → submitted → approved, and returned → submitted again', () => {
    expect(checkAction('submit', { state: 'draft' }, editor)).toBe('submitted')
    expect(checkAction('approve', { state: 'submitted', submittedBy: '1' }, reviewer)).toBe('approved')
    expect(checkAction('return', { state: 'submitted', submittedBy: '1' }, reviewer, '请修改')).toBe('returned')
    expect(checkAction('submit', { state: 'returned' }, editor)).toBe('submitted')
    expect(checkAction('withdraw', { state: 'approved' }, editor)).toBe('draft')
  })

  it('refuses by role, state, self-approval and missing comment, each with its own code and status', () => {
    expect(code(() => checkAction('approve', { state: 'submitted' }, editor))).toBe('not-reviewer')
    expect(code(() => checkAction('submit', { state: 'draft' }, reviewer))).toBe('not-writer')
    expect(code(() => checkAction('approve', { state: 'draft' }, reviewer))).toBe('wrong-state')
    expect(code(() => checkAction('submit', { state: 'published' }, editor))).toBe('wrong-state')
    expect(code(() => checkAction('approve', { state: 'submitted', submittedBy: '3' }, both))).toBe('self-approval')
    expect(code(() => checkAction('return', { state: 'submitted' }, reviewer, '  '))).toBe('comment-required')
    expect(code(() => checkAction('publish', { state: 'approved' }, editor))).toBe('unknown-action')
    expect(new ReviewError('self-approval', '', '').status).toBe(403)
    expect(new ReviewError('wrong-state', '', '').status).toBe(409)
    expect(new ReviewError('comment-required', '', '').status).toBe(400)
  })

  it('publishes only approved, unchanged text where review is required', () => {
    expect(code(() => checkPublish({ state: 'draft' }, false, 'x'))).toBe('ok')
    expect(code(() => checkPublish({ state: 'draft' }, true, 'x'))).toBe('review-required')
    expect(code(() => checkPublish({ state: 'submitted', fingerprint: 'x' }, true, 'x'))).toBe('review-required')
    expect(code(() => checkPublish({ state: 'approved', fingerprint: 'x' }, true, 'x'))).toBe('ok')
    expect(code(() => checkPublish({ state: 'approved', fingerprint: 'x' }, true, 'y'))).toBe('changed-since-approval')
    expect(code(() => checkPublish({ state: 'published', fingerprint: 'x' }, true, 'x'))).toBe('ok')
    expect(code(() => checkPublish({ state: 'published', fingerprint: 'x' }, true, 'y'))).toBe('review-required')
  })
})

describe('content fingerprint', () => {
  const body = (text: string, extra: Record<string, unknown> = {}) => ({
    root: { type: 'root', children: [{ type: 'paragraph', ...extra, children: [{ type: 'text', text, ...extra }] }] },
  })

  it('ignores what travels differently through admin, REST and databases', () => {
    const stored = { id: 1, title: '通知', column: 3, writtenAt: '2026-01-02T00:00:00.000Z', subjects: ['价格'], summary: null, body: body('正文'), _status: 'draft', updatedAt: 'x', review: { state: 'approved' } }
    const sent = { title: '通知', column: { id: 3, createdAt: 'a', name: '政策' }, writtenAt: '2026-01-02', subjects: ['价格'], summary: '', body: body('正文', { textFormat: 0, version: 1, direction: 'ltr', format: '' }), _status: 'published' }
    expect(contentFingerprint(sent)).toBe(contentFingerprint(stored))
  })

  it('changes with anything a reader sees', () => {
    const base = { title: '通知', body: body('正文'), attachments: [1, 2] }
    const fp = contentFingerprint(base)
    expect(contentFingerprint({ ...base, title: '通知！' })).not.toBe(fp)
    expect(contentFingerprint({ ...base, body: body('正文。') })).not.toBe(fp)
    expect(contentFingerprint({ ...base, attachments: [1] })).not.toBe(fp)
    expect(contentFingerprint({ ...base, body: body('正文', { format: 1 }) })).not.toBe(fp) // bold
  })
})
