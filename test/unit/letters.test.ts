import { solveChallenge } from 'altcha-lib/v1'
import { describe, expect, it } from 'vitest'
import { WorkingCalendar } from '../../src/calendar/working-calendar'
import { officialDays } from '../../src/calendar/official-days'
import { createPowChallenge, createQuestion, verifyChallenge } from '../../src/shared/challenge'
import { hashPassword, newQueryPassword, newTrackingCode, normalizeCode, TRACKING_CODE, verifyPassword } from '../../src/shared/credentials'
import { dueAfter } from '../../src/calendar/estimate'
import { isPublicLetter, publicLetter, trackedLetter } from '../../src/letters/public-view'
import { actionsIn, checkAction, isOverdue, LetterError } from '../../src/letters/rules'
import { letterStats, statsCsv } from '../../src/letters/stats'
import { checkAttachments, readLetterInput } from '../../src/letters/submission'

const opts = { secret: 'unit-test-secret', maxNumber: 500, ttlSeconds: 60 }
const valid = { name: '张三', phone: '13800138000', subject: '路灯', category: 'complain', body: '人民路的路灯坏了一周了。' }

describe('letters: pure rules', () => {
  it('moves a letter only along its states, with the input each step needs', () => {
    expect(actionsIn('received')).toEqual(['accept', 'reject', 'merge', 'route'])
    expect(actionsIn('review')).toEqual(['approve', 'return'])
    expect(actionsIn('replied')).toEqual([])
    expect(checkAction('received', 'accept', {}).to).toBe('accepted')
    expect(() => checkAction('received', 'approve', {})).toThrow(/不能/)
    expect(() => checkAction('received', 'reject', {})).toThrow(/理由/)
    expect(() => checkAction('accepted', 'submit', { reply: ' ' })).toThrow(/答复内容/)
    expect(() => checkAction('accepted', 'explode', {})).toThrow(LetterError)
    expect(() => checkAction('review', 'return', { comment: 'x'.repeat(1001) })).toThrow(/1000/)
    expect(checkAction('received', 'route', { unit: 7 }).input.unit).toBe(7)
  })

  it('flags a letter overdue only while its deadline runs', () => {
    expect(isOverdue({ status: 'received', acceptDue: '2026-01-05' }, '2026-01-06')).toBe(true)
    expect(isOverdue({ status: 'received', acceptDue: '2026-01-05' }, '2026-01-05')).toBe(false)
    expect(isOverdue({ status: 'accepted', replyDue: '2026-01-05' }, '2026-02-01')).toBe(true)
    expect(isOverdue({ status: 'replied', replyDue: '2026-01-05' }, '2026-02-01')).toBe(false)
  })

  it('reads a writer’s input and refuses what is wrong, in Chinese and English', () => {
    expect(readLetterInput(valid)).toMatchObject({ name: '张三', category: 'complain', allowPublish: false })
    expect(readLetterInput({ ...valid, allowPublish: 'true' }).allowPublish).toBe(true)
    expect(() => readLetterInput({ ...valid, phone: '', email: '' })).toThrow(/联系电话或电子邮箱.*\/ give a phone/)
    expect(() => readLetterInput({ ...valid, phone: '12345' })).toThrow(/格式/)
    expect(() => readLetterInput({ ...valid, email: 'a@b' })).toThrow(/邮箱/)
    expect(() => readLetterInput({ ...valid, body: '短' })).toThrow(/至少/)
    expect(() => readLetterInput({ ...valid, body: '字'.repeat(5001) })).toThrow(/5000/)
    expect(() => readLetterInput({ ...valid, subject: ['a'] })).toThrow(/文本/)
    expect(() => readLetterInput({ ...valid, body: '正文含有控制字符\u0007的来信内容' })).toThrow(/无效字符/)
    expect(() => readLetterInput({ ...valid, category: 'toString' })).toThrow(/类别/)
    expect(readLetterInput({ ...valid, phone: '0735-2222333' }).phone).toBe('0735-2222333')
  })

  it('takes at most three attachments of known types and sizes', () => {
    const pdf = { name: 'a.pdf', size: 1000, detected: 'application/pdf' }
    expect(() => checkAttachments([pdf, pdf, pdf])).not.toThrow()
    expect(() => checkAttachments([pdf, pdf, pdf, pdf])).toThrow(/最多 3/)
    expect(() => checkAttachments([{ ...pdf, size: 6 * 1024 * 1024 }])).toThrow(/5 MB/)
    expect(() => checkAttachments([{ ...pdf, detected: 'text/html' }])).toThrow(/类型/)
    expect(() => checkAttachments([{ ...pdf, detected: undefined }])).toThrow(/类型/)
  })

  it('gives readable tracking codes and keeps only a hash of the password', () => {
    const code = newTrackingCode('2026-11-25')
    expect(code).toMatch(TRACKING_CODE)
    expect(code.startsWith('XX20261125')).toBe(true)
    expect(normalizeCode(` ${code.toLowerCase().slice(0, 8)}-${code.toLowerCase().slice(8)} `)).toBe(code)
    const password = newQueryPassword()
    const hash = hashPassword(password)
    expect(hash).not.toContain(password)
    expect(verifyPassword(password, hash)).toBe(true)
    expect(verifyPassword('WRONG', hash)).toBe(false)
    expect(verifyPassword(password, null)).toBe(false)
  })

  it('admits a solved proof-of-work or a right answer, and nothing else', async () => {
    const c = await createPowChallenge(opts)
    const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise
    const payload = Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution!.number, salt: c.salt, signature: c.signature })).toString('base64')
    const passed = await verifyChallenge(opts, { altcha: payload })
    expect(passed.method).toBe('pow')
    expect(passed.replayKey).toMatch(/^pow:/)
    const wrong = Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution!.number + 1, salt: c.salt, signature: c.signature })).toString('base64')
    await expect(verifyChallenge(opts, { altcha: wrong })).rejects.toThrow(/安全验证/)
    await expect(verifyChallenge({ ...opts, secret: 'other' }, { altcha: payload })).rejects.toThrow(/安全验证/)
    const old = await createPowChallenge(opts, Date.now() - 120_000)
    const oldSolution = await solveChallenge(old.challenge, old.salt, old.algorithm, old.maxnumber).promise
    const expired = Buffer.from(JSON.stringify({ algorithm: old.algorithm, challenge: old.challenge, number: oldSolution!.number, salt: old.salt, signature: old.signature })).toString('base64')
    await expect(verifyChallenge(opts, { altcha: expired })).rejects.toThrow(/安全验证/)
    await expect(verifyChallenge(opts, {})).rejects.toThrow(/缺少安全验证/)

    const q = createQuestion(opts)
    expect(q.question).toMatch(/加.+等于多少/)
    const answers = Array.from({ length: 60 }, (_, n) => String(n))
    const right = []
    for (const answer of answers) right.push(await verifyChallenge(opts, { questionToken: q.token, answer }).then(() => answer, () => null))
    expect(right.filter(Boolean)).toHaveLength(1)
    await expect(verifyChallenge(opts, { questionToken: q.token, answer: right.find(Boolean)! }, Date.now() + 120_000)).rejects.toThrow(/安全验证/)
  })

  it('counts deadlines in working days, and estimates past the calendar’s last year', () => {
    const calendar = new WorkingCalendar(officialDays)
    // Received on the last working day before the 2025 Spring Festival holiday (1.28–2.4): 2.5, 2.6, 2.7.
    expect(dueAfter(calendar, '2025-01-27', 3)).toEqual({ due: '2025-02-07', estimated: false })
    const beyond = dueAfter(calendar, `${calendar.lastYear}-12-30`, 3)
    expect(beyond.estimated).toBe(true)
    expect(beyond.due > `${calendar.lastYear}-12-31`).toBe(true)
  })

  it('shows the public nothing personal, and the writer their own status', () => {
    const record = { trackingCode: 'XX20260101ABCDEF', subject: 's', category: 'consult' as const, body: 'b', receivedAt: '2026-01-01', status: 'replied' as const, reply: 'r', repliedAt: '2026-01-05', allowPublish: true, writer: { name: '张三', phone: '13800138000' } }
    expect(isPublicLetter(record)).toBe(true)
    expect(isPublicLetter({ ...record, allowPublish: false })).toBe(false)
    expect(isPublicLetter({ ...record, status: 'review' })).toBe(false)
    expect(JSON.stringify(publicLetter(record))).not.toMatch(/张三|13800138000/)
    expect(trackedLetter({ ...record, status: 'review' }).reply).toBeUndefined()
    expect(trackedLetter(record).canRate).toBe(true)
  })

  it('computes the mailbox’s figures as the seed reports them', () => {
    const rows = [
      ...Array.from({ length: 19 }, () => ({ unit: '1', status: 'replied' as const, acceptedAt: 'x', replyDays: 10, onTime: true, rating: 'satisfied' })),
      { unit: '1', status: 'accepted' as const, acceptedAt: 'x' },
      { unit: '2', status: 'rejected' as const },
      { unit: '2', status: 'replied' as const, acceptedAt: 'x', replyDays: 20, onTime: false, rating: 'unsatisfied' },
    ]
    const all = letterStats(rows)
    expect(all).toMatchObject({ received: 22, accepted: 21, rejected: 1, replied: 20, replyRate: 0.952, onTimeRate: 0.95, meanReplyDays: 10.5, rated: 20, satisfaction: 0.95 })
    const csv = statsCsv([{ ...all, unit: '=cmd' }], (id) => id)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain("'=cmd")
  })
})
