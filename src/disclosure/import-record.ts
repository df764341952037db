/**
 * The stored form of an imported disclosure item: exactly what publishing it through Payload would
 * store (the review record of a publish without a user, the year of publication, the unit's kind),
 * so an import can write items and their versions straight through the database adapter, a batch at
 * a time, without running the publishing hooks once per row. Pure: no Payload import.
 */
import { randomBytes } from 'node:crypto'
import { contentFingerprint } from '../review/content-fingerprint'
import type { ImportItem } from './import-row'
import { yearOfPublication } from './index-number'

/** A publish by no signed-in user (imports, seeding): what the review workflow records for it. */
export const systemActor = { byName: '系统 / system' } as const

/** An array row's id as Payload gives one (an ObjectId's 24 hex digits: seconds, then random bytes). */
export const rowId = (): string => Math.floor(Date.now() / 1000).toString(16).padStart(8, '0') + randomBytes(8).toString('hex')

/** A checked row with its unit and column resolved to ids and its body as rich text. */
export type ImportedFields = Omit<ImportItem, 'unit' | 'column' | 'issuer' | 'body'> & {
  tenant: number | string
  column: number | string
  issuer: string
  body: unknown
}

/**
 * The item as stored, published, at `now`. `indexNumber` is the given or assigned number,
 * `unitKind` the unit's kind (see stampUnitKind). Fields are those a Local API create sets after
 * defaults, the review workflow (reviewWorkflow), stampUnitKind, assignIndexNumber and
 * collectBodyMedia (plain-text bodies show no media).
 */
export function importedDisclosure(fields: ImportedFields, indexNumber: string, unitKind: string | null | undefined, now: string): Record<string, unknown> {
  const { indexNumber: _given, ...rest } = fields
  // The fingerprint covers what the workflow sees when it runs: the data before later hooks add the unit kind.
  const data: Record<string, unknown> = { ...rest, indexNumber, _status: 'published' }
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key]
  const fingerprint = contentFingerprint(data)
  return {
    ...data,
    year: yearOfPublication(new Date(fields.publishedAt)),
    unitKind: unitKind ?? undefined,
    bodyMedia: [],
    review: { state: 'published', fingerprint, history: [{ id: rowId(), action: 'publish', ...systemActor, at: now }] },
    createdAt: now,
    updatedAt: now,
  }
}
