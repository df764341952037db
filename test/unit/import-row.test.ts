import { describe, expect, it } from 'vitest'
import { normaliseDate, parseImportRow } from '../../src/disclosure/import-row'

describe('import rows', () => {
  it('reads Chinese headers and values', () => {
    const r = parseImportRow({ 标题: ' 预算公开 ', 单位: 'czj', 栏目: '财政预决算', 发布日期: '2010年4月15日', 主题词: '财政；预算、公开', 有效性: '废止', 公开方式: '依申请公开', 正文: '第一段\n第二段', 索引号: '431000001/2010-00007' })
    expect(r).toEqual({
      ok: true,
      item: expect.objectContaining({
        title: '预算公开', unit: 'czj', column: '财政预决算', publishedAt: '2010-04-14T16:00:00.000Z',
        subjects: ['财政', '预算', '公开'], validity: 'repealed', mode: 'on-application', body: ['第一段', '第二段'], indexNumber: '431000001/2010-00007',
      }),
    })
  })
  it('reads English headers and defaults validity and mode', () => {
    const r = parseImportRow({ Title: 'Budget', unit: 'czj', column: 'mandatory-budget', publishedAt: '2010-04-15' })
    expect(r.ok && r.item).toMatchObject({ validity: 'valid', mode: 'proactive', subjects: [] })
  })
  it('names every problem of a bad row', () => {
    const r = parseImportRow({ 标题: '', 单位: '', 发布日期: '2010-02-30', 有效性: '永久' })
    expect(r.ok).toBe(false)
    const errors = r.ok ? [] : r.errors
    expect(errors.join('\n')).toMatch(/缺少标题/)
    expect(errors.join('\n')).toMatch(/缺少单位/)
    expect(errors.join('\n')).toMatch(/缺少栏目/)
    expect(errors.join('\n')).toMatch(/invalid publish date: 2010-02-30/)
    expect(errors.join('\n')).toMatch(/validity must be/)
  })
  it.each([
    ['2010-03-05', '2010-03-04T16:00:00.000Z'],
    ['2010/3/5', '2010-03-04T16:00:00.000Z'],
    ['2010.03.05 09:30', '2010-03-05T01:30:00.000Z'],
    ['2010-03-05T09:30:00Z', '2010-03-05T09:30:00.000Z'],
    ['2010-13-01', null],
    ['yesterday', null],
  ])('normaliseDate(%s)', (input, output) => expect(normaliseDate(input)).toBe(output))
})
