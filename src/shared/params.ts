/**
 * A whole-number query parameter: `fallback` when absent or empty, null when it is not a whole
 * number from `min` to `max`. Pure.
 */
export function wholeNumber(raw: unknown, { fallback, min, max }: { fallback: number; min: number; max: number }): number | null
export function wholeNumber(raw: unknown, { fallback, min, max }: { fallback?: undefined; min: number; max: number }): number | undefined | null
export function wholeNumber(raw: unknown, { fallback, min, max }: { fallback?: number; min: number; max: number }): number | undefined | null {
  if (raw === null || raw === undefined || raw === '') return fallback
  const n = Number(raw)
  return Number.isInteger(n) && n >= min && n <= max ? n : null
}
