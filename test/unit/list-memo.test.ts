import { describe, expect, it } from 'vitest'
import { changedLists, dropAllLists, dropLists, listTag, memoList } from '../../src/site/list-memo'

describe('list memo', () => {
  let reads = 0
  const read = (value: string) => () => (reads++, Promise.resolve(value))

  it('shares a list until one of its tags is dropped; other tags keep theirs', async () => {
    reads = 0
    expect(await memoList('a', ['t:1'], read('one'))).toBe('one')
    expect(await memoList('a', ['t:1'], read('two'))).toBe('one')
    expect(await memoList('b', ['t:2'], read('b1'))).toBe('b1')
    dropLists(['t:1'])
    expect(await memoList('a', ['t:1'], read('three'))).toBe('three')
    expect(await memoList('b', ['t:2'], read('b2'))).toBe('b1')
    expect(reads).toBe(3)
    dropAllLists()
    expect(await memoList('b', ['t:2'], read('b3'))).toBe('b3')
  })

  it('treats a read that a drop overtook as old, and does not keep a failed read', async () => {
    let finish!: (v: string) => void
    const slow = memoList('c', ['t:3'], () => new Promise<string>((resolve) => (finish = resolve)))
    dropLists(['t:3'])
    finish('before the change')
    expect(await slow).toBe('before the change')
    expect(await memoList('c', ['t:3'], read('after the change'))).toBe('after the change')

    await expect(memoList('d', ['t:4'], () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await memoList('d', ['t:4'], read('up'))).toBe('up')
  })

  it('does not keep a result its caller declines (a miss)', async () => {
    const found = (value: string | null) => () => Promise.resolve(value)
    expect(await memoList('e', ['t:5'], found(null), (v) => v !== null)).toBeNull()
    await new Promise((resolve) => setImmediate(resolve))
    expect(await memoList('e', ['t:5'], found('published since'), (v) => v !== null)).toBe('published since')
    expect(await memoList('e', ['t:5'], found('not read'), (v) => v !== null)).toBe('published since')
  })

  it('names the lists a change touches', () => {
    expect(changedLists('disclosures', [{ unit: 7, kind: 'county', year: 2026 }])?.sort()).toEqual([
      listTag.kind('disclosures', 'county'), listTag.kind('disclosures', 'county', 2026),
      listTag.unit('disclosures', 7), listTag.unit('disclosures', 7, 2026),
    ].sort())
    // An item that moved year touches both years.
    expect(changedLists('disclosures', [{ unit: 7, kind: 'county', year: 2026 }, { unit: 7, kind: 'county', year: 2025 }])).toContain(listTag.unit('disclosures', 7, 2025))
    expect(changedLists('articles', [{ unit: 3 }])).toEqual([listTag.unit('articles', 3), listTag.adopted])
    // Kept item pages show media of any unit.
    expect(changedLists('media', [{ unit: 3 }])).toEqual([listTag.unit('media', 3), listTag.media])
    // Without a disclosure's kind the hub's aggregation would be missed: every list is dropped.
    expect(changedLists('disclosures', [{ unit: 7, kind: null, year: 2026 }])).toBeUndefined()
  })
})
