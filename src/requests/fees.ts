/**
 * 信息处理费 (国办函〔2020〕109号): per applicant, cumulative, in marginal bands. By count: within one
 * calendar month the first 10 applications are free, the 11th–30th cost ¥100 each, and each further band
 * of 10 adds ¥100 per application (31st–40th ¥200, 41st–50th ¥300, …). By pages (one application):
 * the first 30 free, 31–100 ¥10, 101–200 ¥20, from 201 ¥40 a page. Pure; amounts in yuan.
 */
export function feeByCount(nthThisMonth: number): number {
  if (!Number.isSafeInteger(nthThisMonth) || nthThisMonth < 1) throw new RangeError('nthThisMonth must be a whole number from 1')
  if (nthThisMonth <= 10) return 0
  if (nthThisMonth <= 30) return 100
  return 100 * (2 + Math.floor((nthThisMonth - 31) / 10))
}

const pageBands: [from: number, to: number, yuan: number][] = [
  [31, 100, 10],
  [101, 200, 20],
  [201, Infinity, 40],
]

export function feeByPages(pages: number): number {
  if (!Number.isSafeInteger(pages) || pages < 0) throw new RangeError('pages must be a whole number')
  let fee = 0
  for (const [from, to, yuan] of pageBands) if (pages >= from) fee += (Math.min(pages, to) - from + 1) * yuan
  return fee
}

export type FeeMethod = 'count' | 'pages'

/** An office charges one way (按件 or 按量), as it has chosen for its practice. */
export function processingFee(method: FeeMethod, args: { nthThisMonth: number; pages?: number }): number {
  return method === 'count' ? feeByCount(args.nthThisMonth) : feeByPages(args.pages ?? 0)
}
