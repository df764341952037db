import { ratings, statusLabels, type LetterCategory, type LetterStatus, letterCategories } from './rules'

/** What anyone may read of a letter: never the writer's name, phone or e-mail, nor internal notes. */
export interface PublicLetter {
  trackingCode: string
  subject: string
  category: LetterCategory
  categoryLabel: string
  body: string
  receivedAt: string
  unitName?: string
  reply?: string
  repliedAt?: string
}

export interface LetterRecord {
  trackingCode: string
  subject: string
  category: LetterCategory
  body: string
  receivedAt: string
  status: LetterStatus
  reply?: string | null
  repliedAt?: string | null
  allowPublish?: boolean | null
  rating?: string | null
}

export const categoryLabel = (value: string) => letterCategories.find((c) => c.value === value)?.zh ?? value

export function isPublicLetter(letter: Pick<LetterRecord, 'status' | 'allowPublish'>): boolean {
  return letter.status === 'replied' && letter.allowPublish === true
}

export function publicLetter(letter: LetterRecord, unitName?: string): PublicLetter {
  return {
    trackingCode: letter.trackingCode,
    subject: letter.subject,
    category: letter.category,
    categoryLabel: categoryLabel(letter.category),
    body: letter.body,
    receivedAt: letter.receivedAt,
    unitName,
    reply: letter.reply ?? undefined,
    repliedAt: letter.repliedAt ?? undefined,
  }
}

/** What the writer sees with code and password: the status, the reply when released, the rating. */
export function trackedLetter(letter: LetterRecord & { rejectReason?: string | null }, unitName?: string) {
  const replied = letter.status === 'replied'
  return {
    trackingCode: letter.trackingCode,
    subject: letter.subject,
    status: letter.status,
    statusLabel: statusLabels[letter.status].zh,
    receivedAt: letter.receivedAt,
    unitName,
    reply: replied ? letter.reply ?? undefined : undefined,
    repliedAt: replied ? letter.repliedAt ?? undefined : undefined,
    rejectReason: letter.status === 'rejected' ? letter.rejectReason ?? undefined : undefined,
    rating: letter.rating ?? undefined,
    ratingLabel: ratings.find((r) => r.value === letter.rating)?.zh,
    canRate: replied && !letter.rating,
  }
}
export type TrackedLetter = ReturnType<typeof trackedLetter>
