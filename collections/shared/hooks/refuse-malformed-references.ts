import type { CollectionBeforeValidateHook, Field, SanitizedCollectionConfig } from 'payload'
import { ClientError } from '../client-error'

/**
 * Payload checks relationship IDs only with the field validations, which run after the collections'
 * own beforeChange hooks; those hooks query with whatever arrived (`{"tenant": "NaN"}`), and
 * PostgreSQL refuses such a value with a 500. This refuses an ID of the wrong shape for the
 * database before any hook reads it.
 */
type Ref = { name: string; polymorphic: boolean }

function referenceFields(fields: readonly Field[]): Ref[] {
  return fields.flatMap((field): Ref[] => {
    if ((field.type === 'relationship' || field.type === 'upload') && 'name' in field) {
      return [{ name: field.name, polymorphic: Array.isArray(field.relationTo) }]
    }
    // Rows and collapsibles keep their fields at the top level of the document.
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return referenceFields(field.fields)
    return []
  })
}

export function refuseMalformedReferences(collection: SanitizedCollectionConfig, idType: 'number' | 'text'): CollectionBeforeValidateHook | undefined {
  const refs = referenceFields(collection.fields)
  if (refs.length === 0) return undefined
  const valid = (id: unknown) =>
    idType === 'number' ? (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) || (typeof id === 'string' && /^[1-9]\d{0,14}$/.test(id)) : typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id)
  const idOfValue = (value: unknown, polymorphic: boolean): unknown => {
    const inner = polymorphic && value && typeof value === 'object' ? (value as { value?: unknown }).value : value
    return inner && typeof inner === 'object' && 'id' in inner ? (inner as { id: unknown }).id : inner
  }
  return ({ data }) => {
    if (!data) return data
    for (const ref of refs) {
      const value = data[ref.name]
      if (value === undefined || value === null || value === '') continue
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = idOfValue(item, ref.polymorphic)
        if (id !== null && id !== undefined && !valid(id)) {
          throw ClientError.from(`${ref.name} 不是有效的文档ID：${String(id).slice(0, 40)} / ${ref.name} is not a valid document ID: ${String(id).slice(0, 40)}`, 400)
        }
      }
    }
    return data
  }
}
