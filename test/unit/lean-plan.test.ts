import { describe, expect, it } from 'vitest'
import { leanPlan, totalOrder } from '../../src/db/lean-find'

const plain = (field: string) => ['id', 'tenant', '_status', 'year', 'column', 'publishedAt', 'createdAt', 'title'].includes(field)

describe('leanPlan: which reads are lean', () => {
  it('takes equalities, lists and exists joined by and, in a total order (Payload\'s tie-break, then the id)', () => {
    expect(leanPlan({ and: [{ tenant: { equals: 3 } }, { _status: { equals: 'published' } }, { column: { in: [1, 2] } }, { year: { exists: true } }] }, '-publishedAt', plain, true)).toEqual({
      conditions: [
        { field: 'tenant', operator: 'equals', value: 3 },
        { field: '_status', operator: 'equals', value: 'published' },
        { field: 'column', operator: 'in', value: [1, 2] },
        { field: 'year', operator: 'exists', value: true },
      ],
      order: [{ field: 'publishedAt', descending: true }, { field: 'createdAt', descending: true }, { field: 'id', descending: true }],
    })
    expect(leanPlan({ tenant: { equals: 3 }, year: { equals: 2020 } }, 'year', plain, false)?.order).toEqual([{ field: 'year', descending: false }, { field: 'id', descending: true }])
    expect(leanPlan({}, '-createdAt', plain, true)).toEqual({ conditions: [], order: [{ field: 'createdAt', descending: true }, { field: 'id', descending: true }] })
    expect(leanPlan({}, 'id', plain, true)?.order).toEqual([{ field: 'id', descending: false }])
    expect(leanPlan({ createdAt: { greater_than_equal: '2026-01-01T00:00:00.000Z' } }, 'createdAt', plain, true)?.conditions).toEqual([{ field: 'createdAt', operator: 'greater_than_equal', value: '2026-01-01T00:00:00.000Z' }])
  })

  it('breaks ties by creation, then by id, unless the order is already total', () => {
    expect(totalOrder('-publishedAt', true)).toEqual(['-publishedAt', '-createdAt', '-id'])
    expect(totalOrder('updatedAt', false)).toEqual(['updatedAt', '-id'])
    expect(totalOrder('createdAt', true)).toEqual(['createdAt', '-id'])
    expect(totalOrder('-id', true)).toEqual(['-id'])
    // MongoDB keeps Payload's own order.
    expect(totalOrder('-publishedAt', true, false)).toEqual(['-publishedAt', '-createdAt'])
  })

  it('leaves everything else to Payload', () => {
    const refused = [
      [{ or: [{ tenant: { equals: 1 } }] }, '-publishedAt'],
      [{ and: [{ or: [{ tenant: { equals: 1 } }] }] }, '-publishedAt'],
      [{ title: { like: 'x' } }, '-publishedAt'],
      [{ tenant: { not_equals: 1 } }, '-publishedAt'],
      [{ year: { greater_than: 2020 } }, '-publishedAt'],
      [{ createdAt: { greater_than_equal: new Date() } }, '-publishedAt'],
      [{ tenant: { equals: null } }, '-publishedAt'],
      [{ tenant: { in: [] } }, '-publishedAt'],
      [{ tenant: { in: [{ id: 1 }] } }, '-publishedAt'],
      [{ year: { exists: false } }, '-publishedAt'],
      [{ tenant: { equals: 1, not_equals: 2 } }, '-publishedAt'],
      [{ 'review.state': { equals: 'draft' } }, '-publishedAt'],
      [{ tenant: { equals: 1 } }, '-review.reviewedAt'],
      [{ tenant: { equals: 1 } }, '-publishedAt,title'],
      [{ tenant: { equals: 1 } }, ''],
    ] as const
    for (const [where, sort] of refused) expect(leanPlan(where as never, sort, plain, true), JSON.stringify([where, sort])).toBeUndefined()
  })
})
