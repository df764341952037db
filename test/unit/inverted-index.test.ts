import { describe, expect, it } from 'vitest'
import { InvertedIndex, type IndexHit } from '../../src/search/inverted-index'

type Meta = { unit: string }
const all = (index: InvertedIndex<Meta>, tokens: string[], filter: (m: Meta) => boolean = () => true) => {
  const hits: IndexHit<Meta>[] = []
  index.search(tokens, filter, (h) => hits.push(h))
  return hits.sort((a, b) => b.titleHits - a.titleHits || b.score - a.score)
}

describe('the embedded engine’s inverted index', () => {
  const make = () => {
    const index = new InvertedIndex<Meta>()
    index.add({ key: 'a', meta: { unit: '1' }, title: '预算 公开 通知', body: '各 单位 做好 预算 公开 工作' })
    index.add({ key: 'b', meta: { unit: '2' }, title: '工作 总结', body: '全年 推进 预算 公开 和 政务 公开' })
    index.add({ key: 'c', meta: { unit: '1' }, title: '政务 公开 要点', body: '政务 公开 工作 要点' })
    return index
  }

  it('finds items holding every token, a title hit above a body hit', () => {
    const hits = all(make(), ['预算', '公开'])
    expect(hits.map((h) => h.key)).toEqual(['a', 'b'])
    expect(hits[0].titleHits).toBe(2)
    expect(hits[1].titleHits).toBe(0)
    expect(hits[0].score).toBeGreaterThan(hits[1].score)
    expect(all(make(), ['预算', '不存在'])).toEqual([])
    expect(all(make(), ['公开'], (m) => m.unit === '2').map((h) => h.key)).toEqual(['b'])
  })

  it('replaces an item of the same key, removes items, and keeps answering after compaction', () => {
    const index = make()
    index.add({ key: 'a', meta: { unit: '1' }, title: '招标 公告', body: '工程 招标' })
    expect(all(index, ['预算', '公开']).map((h) => h.key)).toEqual(['b'])
    expect(all(index, ['招标']).map((h) => h.key)).toEqual(['a'])
    index.remove('b')
    expect(all(index, ['预算']).map((h) => h.key)).toEqual([])
    expect(index.size).toBe(2)
    // Enough removals to compact: what is left is found exactly as before.
    for (let i = 0; i < 3000; i++) index.add({ key: `x${i}`, meta: { unit: '3' }, title: `标题 ${i}`, body: '政务 公开' })
    for (let i = 0; i < 2500; i++) index.remove(`x${i}`)
    expect(index.size).toBe(502)
    expect(all(index, ['政务', '公开']).map((h) => h.key).sort()).toEqual(['c', ...Array.from({ length: 500 }, (_, i) => `x${2500 + i}`)].sort())
    expect(all(index, ['招标'])[0].key).toBe('a')
    expect(all(index, ['标题', '2999'])[0].key).toBe('x2999')
  })
})
