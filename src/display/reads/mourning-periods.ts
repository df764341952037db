import type { Payload } from 'payload'
import type { MourningPeriod } from '../mourning'

/**
 * The mourning periods that have not ended, memoised per process. A change of the periods
 * invalidates the memo (collections/MourningPeriods); a minute's expiry bounds what another process
 * of the group could have missed. Whether a period is active is decided per request from the clock,
 * so a period starts and ends without a restart.
 */
let memo: { at: number; periods: Promise<MourningPeriod[]> } | undefined
const maxAgeMs = 60_000

export function invalidateMourningPeriods(): void {
  memo = undefined
}

export function currentMourningPeriods(payload: Payload, now = Date.now()): Promise<MourningPeriod[]> {
  if (!memo || now - memo.at > maxAgeMs) {
    const loading = payload.find({
      collection: 'mourning-periods', where: { endsAt: { greater_than: new Date(now).toISOString() } },
      limit: 200, depth: 0, overrideAccess: true, select: { startsAt: true, endsAt: true, scope: true, units: true },
    }).then((found) => found.docs.map((d) => ({
      startsAt: String(d.startsAt), endsAt: String(d.endsAt), scope: d.scope === 'sites' ? 'sites' as const : 'group' as const,
      units: (d.units ?? []).map((u) => (typeof u === 'object' && u ? u.id : u) as string | number),
    })))
    memo = { at: now, periods: loading }
    loading.catch(() => (memo = undefined))
  }
  return memo.periods
}
