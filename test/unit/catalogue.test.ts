import { describe, expect, it } from 'vitest'
import { catalogue, flattenCatalogue, isFileableNode } from '../../src/disclosure/catalogue'

describe('disclosure catalogue', () => {
  const flat = flattenCatalogue()
  it('has the five shared top-level nodes of domain.md, in order, plus the hub aggregates', () => {
    expect(catalogue.filter((n) => n.scope === 'all').map((n) => n.title)).toEqual([
      '政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '依申请公开', '政府信息公开年报',
    ])
    expect(catalogue.filter((n) => n.scope === 'hub').map((n) => n.aggregates)).toEqual(['department', 'county'])
  })
  it('lists the 15 Article 20 categories with unique two-digit codes', () => {
    const categories = flat.filter((n) => n.parentKey === 'mandatory')
    expect(categories).toHaveLength(15)
    expect(new Set(categories.map((n) => n.code)).size).toBe(15)
    expect(categories.every((n) => /^\d{2}$/.test(n.code ?? ''))).toBe(true)
    expect(categories.map((n) => n.title)).toContain('政府采购')
  })
  it('has unique keys and applies the inspection freshness rules', () => {
    expect(new Set(flat.map((n) => n.key)).size).toBe(flat.length)
    expect(flat.find((n) => n.key === 'mandatory-policy')?.maxAgeDays).toBe(180)
    expect(flat.find((n) => n.key === 'mandatory-personnel')?.maxAgeDays).toBe(365)
    expect(flat.find((n) => n.key === 'mandatory-planning')?.maxAgeDays).toBe(365)
  })
  it('files items only under disclosure nodes that are not aggregates', () => {
    expect(isFileableNode(flat.find((n) => n.key === 'mandatory-budget')!)).toBe(true)
    expect(isFileableNode(flat.find((n) => n.key === 'application')!)).toBe(false)
    expect(isFileableNode(flat.find((n) => n.key === 'hub-counties')!)).toBe(false)
  })
})
