import type { Payload } from 'payload'
import { flattenCatalogue } from '../../src/disclosure/catalogue'

/**
 * Writes the shared column tree of src/disclosure/catalogue.ts into `columns` (idempotent): new
 * nodes are created, changed titles updated; an existing node keeps its update rule (`maxAgeDays`,
 * which the group may change); custom columns are untouched.
 */
export async function syncCatalogue(payload: Payload): Promise<{ created: number; updated: number }> {
  const context = { catalogueSync: true }
  const existing = await payload.find({ collection: 'columns', where: { shared: { equals: true } }, pagination: false, depth: 0 })
  const byKey = new Map(existing.docs.map((doc) => [doc.key, doc]))
  const idByKey = new Map(existing.docs.map((doc) => [doc.key, doc.id]))
  let created = 0
  let updated = 0
  for (const node of flattenCatalogue()) {
    const data = {
      title: node.title,
      key: node.key,
      kind: node.kind,
      code: node.code ?? null,
      maxAgeDays: node.maxAgeDays,
      allowCustomChildren: node.allowCustomChildren,
      scope: node.scope,
      aggregates: node.aggregates ?? null,
      sortOrder: node.sortOrder,
      shared: true,
      tenant: null,
      parent: node.parentKey ? (idByKey.get(node.parentKey) ?? null) : null,
    }
    const current = byKey.get(node.key)
    // The update rule is the group's to change (monitoring reads it): an existing node keeps its own.
    if (current) data.maxAgeDays = current.maxAgeDays ?? null
    if (!current) {
      const doc = await payload.create({ collection: 'columns', data, context })
      idByKey.set(node.key, doc.id)
      created++
    } else if ((Object.keys(data) as (keyof typeof data)[]).some((k) => String(current[k] ?? null) !== String(data[k] ?? null))) {
      await payload.update({ collection: 'columns', id: current.id, data, context })
      updated++
    }
  }
  return { created, updated }
}
