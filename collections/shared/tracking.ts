import type { Payload } from 'payload'
import { DECOY_HASH, normalizeCode, TRACKING_CODE, verifyPassword } from '../../src/shared/credentials'
import { ClientError } from './client-error'

/**
 * The document a citizen unlocks with tracking code and query password. An unknown code and a wrong
 * password get the same answer after the same work (a scrypt check against a decoy hash).
 */
export async function unlockByCode<C extends 'letters' | 'requests'>(payload: Payload, collection: C, rawCode: unknown, rawPassword: unknown) {
  const code = normalizeCode(rawCode)
  const password = typeof rawPassword === 'string' ? rawPassword.trim().toUpperCase() : ''
  const found = TRACKING_CODE.test(code)
    ? await payload.find({ collection, where: { trackingCode: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
    : null
  const doc = found?.docs[0]
  const ok = verifyPassword(password, (doc as { passwordHash?: string } | undefined)?.passwordHash ?? DECOY_HASH)
  if (!doc || !ok) throw new ClientError('查询码或查询密码不正确', 'wrong tracking code or password', 404)
  return doc
}
