import type { FlattenedField, Payload } from 'payload'
import type { FieldShape, GuardEndpoint, GuardSchema } from './query-guard'

/** Fields by where path: top-level names, and the fields of groups and arrays by their dotted path. */
function addFields(fields: Map<string, FieldShape>, list: FlattenedField[], prefix: string) {
  for (const field of list) {
    const path = `${prefix}${field.name}`
    if ((field.type === 'group' || field.type === 'array') && 'flattenedFields' in field) addFields(fields, field.flattenedFields, `${path}.`)
    const single = (field.type === 'relationship' || field.type === 'upload') && !Array.isArray(field.relationTo) ? field.relationTo : undefined
    const kind: FieldShape['kind'] =
      single ? 'id'
      : field.type === 'number' ? 'number'
      : field.type === 'date' ? 'date'
      : field.type === 'checkbox' ? 'checkbox'
      : field.type === 'point' ? 'point'
      : field.type === 'select' || field.type === 'radio' ? 'select'
      : 'other'
    if (kind === 'select' && 'options' in field) fields.set(path, { kind, options: field.options.map((o) => (typeof o === 'string' ? o : o.value)) })
    else fields.set(path, single ? { kind, relationTo: single as string } : { kind })
  }
}

/** Derives the query guard's view of the collections from Payload's sanitized config. */
export function guardSchemaFrom(payload: Payload, maxWhereConditions?: number): GuardSchema {
  const versioned = new Set<string>()
  const closed: string[] = []
  for (const global of payload.config.globals) if (global.versions) versioned.add(`globals/${global.slug}`)
  const collections = new Map<string, Map<string, FieldShape>>()
  const endpoints = new Map<string, GuardEndpoint[]>()
  for (const [slug, { config }] of Object.entries(payload.collections)) {
    const fields = new Map<string, FieldShape>()
    addFields(fields, config.flattenedFields, '')
    for (const name of ['createdAt', 'updatedAt']) fields.set(name, { kind: 'date' })
    collections.set(slug, fields)
    if (config.versions) versioned.add(slug)
    // Payload answers these with a 501 (no REST at all) or a database error (no verification fields).
    if (config.endpoints === false) closed.push(slug)
    if (config.auth && !config.auth.verify) closed.push(`${slug}/verify`)
    endpoints.set(slug, (config.endpoints || []).map((e) => ({ method: e.method, path: e.path })))
  }
  // The SQL adapters map operators to SQL through a table; one it lacks (`all`) fails as a 500 inside the adapter.
  const operatorTable = (payload.db as { operators?: Record<string, unknown> }).operators
  const unsupportedOperators = operatorTable ? new Set(['all'].filter((op) => typeof operatorTable[op] !== 'function')) : undefined
  return { idType: payload.db.defaultIDType === 'number' ? 'number' : 'text', collections, endpoints, versioned, closed, maxWhereConditions, unsupportedOperators }
}
