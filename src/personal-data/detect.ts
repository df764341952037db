/**
 * Personal data in text (个人信息保护): resident ID numbers with their check digit (GB 11643), mobile
 * numbers, bank card numbers that pass Luhn, and an address written next to a person's name. Pure.
 */
import { createHash } from 'node:crypto'

export const personalDataKinds = ['id-card', 'mobile', 'bank-card', 'name-address'] as const
export type PersonalDataKind = (typeof personalDataKinds)[number]

export const kindLabels: Record<PersonalDataKind, { zh: string; en: string }> = {
  'id-card': { zh: '身份证号', en: 'resident ID number' },
  mobile: { zh: '手机号码', en: 'mobile number' },
  'bank-card': { zh: '银行卡号', en: 'bank card number' },
  'name-address': { zh: '姓名与住址', en: 'name with home address' },
}

export interface TextFinding {
  kind: PersonalDataKind
  /** Character offsets in the scanned text. */
  start: number
  end: number
  value: string
}

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const idCheckChars = '10X98765432'

/** Whether an 18-character resident ID number is well formed: region, a real birth date, and the check digit. */
export function isResidentId(value: string): boolean {
  const id = value.toUpperCase()
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false
  const sum = idWeights.reduce((acc, w, i) => acc + w * Number(id[i]), 0)
  return idCheckChars[sum % 11] === id[17]
}

/** The Luhn (mod 10) check that bank card numbers carry. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

const digitsOf = (value: string) => value.replace(/[^\dXx]/g, '').toUpperCase()

// Digits runs are bounded so that a number inside a longer number is not taken for one.
const idPattern = /(?<![\dA-Za-z])[1-9]\d{16}[\dXx](?![\dA-Za-z])/g
const mobilePattern = /(?<![\d])(?:(?:\+|00)?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\d])/g
const cardPattern = /(?<![\d])[1-9]\d{3}(?:[- ]?\d{4}){2,3}(?:[- ]?\d{1,3})?(?![\d])/g
const addressMarker = /(?:家庭住址|现住址|户籍地址|住址|住所|居住地|家住|现住)[：:\s]*/g
const addressBody = /^[\u4e00-\u9fa5\dA-Za-z\-－#号]{3,40}(?:号|室|栋|单元|组|村|弄|院)/
const nameNearby = /(?:姓名|名字|户主|当事人|申请人|联系人)[：:\s]*[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{2,4}[，,、(（]\s*[男女]/

function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0
  return [...text.matchAll(pattern)]
}

/** Every finding in `text`, in order. Overlaps go to the stronger kind: an ID number is not also a card. */
export function findPersonalData(text: string): TextFinding[] {
  const found: TextFinding[] = []
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start)
  for (const m of matchesOf(idPattern, text)) {
    if (isResidentId(m[0])) found.push({ kind: 'id-card', start: m.index, end: m.index + m[0].length, value: m[0] })
  }
  for (const m of matchesOf(mobilePattern, text)) {
    if (!taken(m.index, m.index + m[0].length)) found.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length, value: m[0] })
  }
  for (const m of matchesOf(cardPattern, text)) {
    const digits = digitsOf(m[0])
    if (digits.length >= 16 && digits.length <= 19 && passesLuhn(digits) && !taken(m.index, m.index + m[0].length)) {
      found.push({ kind: 'bank-card', start: m.index, end: m.index + m[0].length, value: m[0] })
    }
  }
  for (const m of matchesOf(addressMarker, text)) {
    const from = m.index + m[0].length
    const body = addressBody.exec(text.slice(from))
    if (!body) continue
    const before = text.slice(Math.max(0, m.index - 30), m.index)
    if (nameNearby.test(before)) found.push({ kind: 'name-address', start: from, end: from + body[0].length, value: body[0] })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The masked form (脱敏) of a finding's value: 4310**********1234, 138****5678, 6222***********0123, 湖南省郴****. */
export function maskValue(kind: PersonalDataKind, value: string): string {
  if (kind === 'name-address') return value.slice(0, Math.min(6, Math.ceil(value.length / 2))) + '****'
  const digits = digitsOf(value)
  if (kind === 'mobile') return digits.slice(-11, -8) + '****' + digits.slice(-4)
  return digits.slice(0, 4) + '*'.repeat(digits.length - 8) + digits.slice(-4)
}

/** Masks every finding of `text` that `keep` does not spare. */
export function maskText(text: string, keep: (finding: TextFinding) => boolean = () => false): { text: string; masked: number } {
  let out = ''
  let at = 0
  let masked = 0
  for (const f of findPersonalData(text)) {
    if (keep(f)) continue
    out += text.slice(at, f.start) + maskValue(f.kind, f.value)
    at = f.end
    masked++
  }
  return { text: out + text.slice(at), masked }
}

/** A stable key for a value wherever it appears: marking it intended covers each of its places. */
export function findingKey(kind: PersonalDataKind, value: string): string {
  const normalized = kind === 'name-address' ? value.replace(/\s/g, '') : digitsOf(value).slice(kind === 'mobile' ? -11 : 0)
  return `${kind}:${createHash('sha256').update(normalized).digest('hex').slice(0, 16)}`
}
