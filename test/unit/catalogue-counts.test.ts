import { describe, expect, it } from 'vitest'
import { countKey, keysOfItem, uniqueKeys } from '../../src/disclosure/catalogue-counts'

describe('catalogue count keys', () => {
  it('counts an item under its unit and its unit kind, in all and in its year', () => {
    expect(keysOfItem({ unit: '7', kind: 'department', year: 2010 }).map((k) => k.key)).toEqual(['unit:7:all', 'unit:7:2010', 'kind:department:all', 'kind:department:2010'])
  })

  it('an item without a year counts only in the totals; without a kind only under its unit', () => {
    expect(keysOfItem({ unit: '7', kind: null, year: null }).map((k) => k.key)).toEqual(['unit:7:all'])
  })

  it('a key names its scope and year for the count query', () => {
    expect(countKey({ kind: 'county' }, 2015)).toEqual({ key: 'kind:county:2015', unit: null, kind: 'county', year: 2015 })
    expect(countKey({ unit: '3' }, null)).toEqual({ key: 'unit:3:all', unit: '3', kind: null, year: null })
  })

  it('an item moved to another year is recounted in both years, each key once', () => {
    const keys = uniqueKeys([keysOfItem({ unit: '7', kind: 'county', year: 2010 }), keysOfItem({ unit: '7', kind: 'county', year: 2011 })])
    expect(keys.map((k) => k.key).sort()).toEqual(['kind:county:2010', 'kind:county:2011', 'kind:county:all', 'unit:7:2010', 'unit:7:2011', 'unit:7:all'])
  })
})
