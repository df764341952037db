import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { createChallenge, verifySolution } from 'altcha-lib/v1'
import { BilingualError } from './bilingual-error'

/** A failed or missing anti-abuse check: always a 400. */
export class ChallengeError extends BilingualError<'challenge'> {
  readonly status = 400
}

/**
 * Anti-abuse for the citizens' forms (letters, applications), without any outside service. With JavaScript the page solves an ALTCHA proof-of-work
 * (SHA-256, no image puzzle, nothing to read or click); without it the form asks a question in words
 * whose answer is a number. Both are signed with the server's secret, expire, and are single-use:
 * `replayKey` is stored (unique) with the letter they admitted.
 */
export interface ChallengeOptions {
  secret: string
  /** Upper bound of the PoW search: about 0.1–0.5 s in a browser at the default. */
  maxNumber: number
  ttlSeconds: number
}

/** The group's settings: LETTER_POW_MAX (search bound), LETTER_CHALLENGE_TTL (seconds). */
export function challengeOptions(secret: string): ChallengeOptions {
  return { secret, maxNumber: Number(process.env.LETTER_POW_MAX) || 50_000, ttlSeconds: Number(process.env.LETTER_CHALLENGE_TTL) || 30 * 60 }
}

export type PowChallenge = Awaited<ReturnType<typeof createChallenge>>

const keyOf = (secret: string) => createHash('sha256').update(`letters-challenge|${secret}`).digest('hex')

export function createPowChallenge(opts: ChallengeOptions, now = Date.now()): Promise<PowChallenge> {
  return createChallenge({ hmacKey: keyOf(opts.secret), maxNumber: opts.maxNumber, expires: new Date(now + opts.ttlSeconds * 1000) })
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const inWords = (n: number) => (n <= 10 ? digits[n] : n < 20 ? `十${digits[n - 10]}` : `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`)

export interface QuestionChallenge {
  question: string
  token: string
}

const sign = (secret: string, data: string) => createHmac('sha256', keyOf(secret)).update(data).digest('base64url')

export function createQuestion(opts: ChallengeOptions, now = Date.now()): QuestionChallenge {
  const a = randomInt(2, 30)
  const b = randomInt(2, 20)
  const nonce = randomBytes(12).toString('base64url')
  const exp = Math.floor(now / 1000) + opts.ttlSeconds
  return { question: `${inWords(a)}加${inWords(b)}等于多少？（请填写阿拉伯数字）`, token: `${nonce}.${exp}.${sign(opts.secret, `${nonce}|${exp}|${a + b}`)}` }
}

export interface ChallengeAnswer {
  /** ALTCHA payload (base64 JSON), from the page's script or an integrator. */
  altcha?: unknown
  questionToken?: unknown
  answer?: unknown
}

export interface PassedChallenge {
  method: 'pow' | 'question'
  replayKey: string
}

const refused = () => new ChallengeError('challenge', '安全验证未通过或已过期，请刷新页面后重试', 'the anti-abuse check failed or expired; reload the page and try again')

export async function verifyChallenge(opts: ChallengeOptions, given: ChallengeAnswer, now = Date.now()): Promise<PassedChallenge> {
  if (typeof given.altcha === 'string' && given.altcha) {
    if (given.altcha.length > 2000) throw refused()
    let salt: unknown
    try {
      salt = (JSON.parse(Buffer.from(given.altcha, 'base64').toString('utf8')) as { salt?: unknown }).salt
    } catch {
      throw refused()
    }
    if (typeof salt !== 'string' || !(await verifySolution(given.altcha, keyOf(opts.secret), true).catch(() => false))) throw refused()
    return { method: 'pow', replayKey: `pow:${createHash('sha256').update(salt).digest('hex')}` }
  }
  if (typeof given.questionToken === 'string' && given.questionToken) {
    const [nonce, exp, mac] = given.questionToken.split('.')
    const answer = typeof given.answer === 'string' ? given.answer.trim() : ''
    if (!nonce || !exp || !mac || !/^\d{1,3}$/.test(answer) || Number(exp) * 1000 < now) throw refused()
    const expected = Buffer.from(sign(opts.secret, `${nonce}|${exp}|${Number(answer)}`))
    const actual = Buffer.from(mac)
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw refused()
    return { method: 'question', replayKey: `q:${nonce}` }
  }
  throw new ChallengeError('challenge', '缺少安全验证（请启用 JavaScript，或回答验证问题）', 'the anti-abuse check is missing (enable JavaScript or answer the question)')
}
