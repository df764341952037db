import { randomInt, scryptSync, timingSafeEqual, randomBytes } from 'node:crypto'

/**
 * The tracking code (查询码) and query password (查询密码) a citizen gets for a letter or an application. Codes are readable
 * (no 0/O, 1/I) and carry the day; passwords are stored only as a scrypt hash.
 */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const pick = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')

/** `XX` for letters (信箱), `YS` for disclosure applications (依申请), then the day and six characters. */
export function newTrackingCode(chinaDay: string, prefix = 'XX'): string {
  return `${prefix}${chinaDay.replace(/-/g, '')}${pick(6)}`
}

export const TRACKING_CODE = /^(XX|YS)\d{8}[2-9A-HJ-NP-Z]{6}$/

export function newQueryPassword(): string {
  return pick(8)
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16)
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32).toString('base64')}`
}

export function verifyPassword(password: string, stored: string | null | undefined): boolean {
  const [kind, salt, hash] = (stored ?? '').split('$')
  if (kind !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const actual = scryptSync(password.slice(0, 100), Buffer.from(salt, 'base64'), expected.length)
  return timingSafeEqual(expected, actual)
}

/** A hash that stands for a password nobody has: unknown codes cost as much time as wrong passwords. */
export const DECOY_HASH = hashPassword(pick(12))

/** Normalizes what a writer types: case and spaces do not matter. */
export const normalizeCode = (raw: unknown): string => (typeof raw === 'string' ? raw.replace(/[\s-]+/g, '').toUpperCase().slice(0, 40) : '')
