import slugify from 'slugify'

/**
 * URL slug for an item. Chinese titles have no Latin letters for slugify to keep, so those fall
 * back to the publication date plus a short random suffix (e.g. `20261125-k3x9q2`).
 */
export function makeSlug(title: string, now: Date = new Date(), random: () => number = Math.random): string {
  const latin = slugify(title, { lower: true, strict: true }).slice(0, 60).replace(/-+$/, '')
  if (/[a-z]/.test(latin) && latin.length >= 3) return latin
  const day = now.toISOString().slice(0, 10).replaceAll('-', '')
  const suffix = Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')
  return `${day}-${suffix}`
}

export function isValidSlug(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(value)
}
