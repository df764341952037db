import { describe, expect, it } from 'vitest'
import { closeWithId } from '../../src/db/list-indexes'

describe('list indexes closed with id', () => {
  const table = () => ({
    name: 'disclosures',
    columns: { id: {}, tenant: {}, _status: {}, publishedAt: {}, createdAt: {}, slug: {} },
    indexes: {
      tenant__status_publishedAt_createdAt_idx: { name: 'tenant__status_publishedAt_createdAt_idx', on: ['tenant', '_status', 'publishedAt', 'createdAt'] },
      tenant_slug_idx: { name: 'tenant_slug_idx', on: ['tenant', 'slug'], unique: true },
      created_at_idx: { name: 'created_at_idx', on: 'createdAt' },
      tenant_createdAt_idx: { name: 'tenant_createdAt_idx', on: ['tenant', 'createdAt'], unique: true },
    },
  })

  it('adds id to each compound, non-unique index that ends with createdAt, under a name that says so', () => {
    const tables = { disclosures: table() }
    expect(closeWithId(tables)).toEqual(['tenant__status_publishedAt_createdAt_id_idx'])
    expect(tables.disclosures.indexes).toEqual({
      tenant__status_publishedAt_createdAt_id_idx: { name: 'tenant__status_publishedAt_createdAt_id_idx', on: ['tenant', '_status', 'publishedAt', 'createdAt', 'id'] },
      tenant_slug_idx: { name: 'tenant_slug_idx', on: ['tenant', 'slug'], unique: true },
      created_at_idx: { name: 'created_at_idx', on: 'createdAt' },
      tenant_createdAt_idx: { name: 'tenant_createdAt_idx', on: ['tenant', 'createdAt'], unique: true },
    })
  })

  it('leaves tables without an id column (versions, sub-tables) alone, and refuses a name PostgreSQL would cut', () => {
    const noId = { ...table(), columns: { tenant: {}, createdAt: {} } }
    expect(closeWithId({ noId })).toEqual([])
    const long = { name: 't', columns: { id: {} }, indexes: { [`${'x'.repeat(60)}_idx`]: { name: 'x', on: ['a', 'createdAt'] } } }
    expect(() => closeWithId({ long })).toThrow(/too long/)
  })
})
