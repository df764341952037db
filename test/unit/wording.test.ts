import { describe, expect, it } from 'vitest'
import { compileDictionary, mergeDictionaries, summarize, WordingDictionaryError } from '../../src/wording/matcher'
import { starterDictionary } from '../../src/wording/starter-dictionary'
import type { WordingEntry, WordingHit } from '../../src/wording/types'

const bilingual = /[\u4e00-\u9fff].* \/ [A-Za-z]/
const rejects = (entries: WordingEntry[], code: string) => {
  const compile = () => compileDictionary(entries)
  expect(compile).toThrow(WordingDictionaryError)
  expect(compile).toThrow(expect.objectContaining({ code, message: expect.stringMatching(bilingual) }))
}
const expectExact = (text: string, hits: WordingHit[]) => {
  for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.wrong)
}
const starter = compileDictionary(starterDictionary)

describe('wording matcher', () => {
  const paragraph = '二0一0年，市国土资源局会同市环境保护局按装监测设备，截止目前已签定协议12份，其它事项再接再励。'

  it('reports every hit with exact UTF-16 positions and context', () => {
    const hits = starter.check(paragraph)
    expect(hits.map((h) => [h.wrong, h.start, h.end])).toEqual([
      ['二0', 0, 2], ['一0年', 2, 5], ['国土资源局', 7, 12], ['环境保护局', 15, 20], ['按装', 20, 22],
      ['截止目前', 27, 31], ['签定', 32, 34], ['其它', 40, 42], ['再接再励', 44, 48],
    ])
    expectExact(paragraph, hits)
    const land = hits[2]
    expect(land).toMatchObject({ correct: '自然资源局', severity: 'block', context: paragraph.slice(0, 22) })
    expect(land.note).toMatch(/2018/)
    expect(hits[hits.length - 1].context).toBe(paragraph.slice(34))
  })

  it('is not shifted by surrogate pairs or emoji before a hit', () => {
    const prefix = '😀👨‍👩‍👧𠀀'
    const hits = starter.check(prefix + paragraph)
    expect(hits.map((h) => h.start)).toEqual(starter.check(paragraph).map((h) => h.start + prefix.length))
    expectExact(prefix + paragraph, hits)
    const [first] = compileDictionary([{ wrong: '按装', severity: 'warn' }]).check('𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀按装')
    expect(first.context).toBe('𠀀'.repeat(10) + '按装')
  })

  it('keeps the longest match at a position and drops matches contained in it', () => {
    const matcher = compileDictionary([
      { wrong: '国务院', severity: 'warn' },
      { wrong: '中华人民共和国国务院', severity: 'block' },
      { wrong: '人民共和', severity: 'warn' },
      { wrong: '国务院办公', severity: 'warn' },
    ])
    const text = '中华人民共和国国务院办公厅'
    // 国务院 and 人民共和 lie inside the kept match; 国务院办公 only overlaps it, so it is reported too.
    expect(matcher.check(text).map((h) => [h.wrong, h.start])).toEqual([['中华人民共和国国务院', 0], ['国务院办公', 7]])
    expect(matcher.check('中华人民共和国国务院').map((h) => h.wrong)).toEqual(['中华人民共和国国务院'])
    const partial = compileDictionary([{ wrong: 'ABC', severity: 'warn' }, { wrong: 'CDE', severity: 'warn' }, { wrong: 'D', severity: 'warn' }])
    expect(partial.check('xABCDEx').map((h) => h.wrong)).toEqual(['ABC', 'CDE'])
    expect(partial.check('ABC ABC').map((h) => h.start)).toEqual([0, 4])
  })

  it('never reports a wrong form inside a correct form', () => {
    const matcher = compileDictionary([
      { wrong: '十九大', correct: '党的十九大', severity: 'warn' },
      { wrong: '国务院办公厅发', correct: '国务院办公厅发布', severity: 'warn' },
      { wrong: '办公厅发', severity: 'warn' },
    ])
    expect(matcher.check('党的十九大报告')).toEqual([])
    expect(matcher.check('国务院办公厅发布通知')).toEqual([])
    expect(matcher.check('十九大报告；国务院办公厅发文').map((h) => h.wrong)).toEqual(['十九大', '国务院办公厅发'])
    expect(matcher.check('市政府办公厅发文').map((h) => h.wrong)).toEqual(['办公厅发'])
  })

  it('merges duplicates keeping the stricter severity and trims input', () => {
    const matcher = compileDictionary([
      { wrong: ' 布署 ', severity: 'warn', note: 'first' },
      { wrong: '布署', correct: '部署', severity: 'block' },
      { wrong: '布署', severity: 'warn' },
    ])
    expect(matcher.size).toBe(1)
    expect(matcher.entries).toEqual([{ wrong: '布署', correct: '部署', severity: 'block', note: 'first' }])
    expect(matcher.check('统一布署')[0]).toMatchObject({ start: 2, severity: 'block' })
  })

  it('rejects bad entries with a bilingual message naming the entry', () => {
    rejects([{ wrong: '  ', severity: 'block' }], 'empty-wrong')
    rejects([{ wrong: '签定', correct: ' 签定', severity: 'block' }], 'correct-equals-wrong')
    rejects([{ wrong: '其它', correct: '其他', severity: 'warn' }, { wrong: '其他', severity: 'warn' }], 'correct-listed-as-wrong')
    rejects([{ wrong: '其它', severity: 'fatal' as 'block' }], 'invalid-severity')
    expect(() => compileDictionary([{ wrong: '签定', correct: '签定', severity: 'block' }])).toThrow(/"签定"/)
    expect(compileDictionary([]).check('任何文本')).toEqual([])
  })

  it('merges tenant entries without downgrading group blocks', () => {
    const group: WordingEntry[] = [
      { wrong: '国土资源局', correct: '自然资源局', severity: 'block', note: 'group' },
      { wrong: '其它', correct: '其他', severity: 'warn' },
    ]
    const merged = mergeDictionaries(group, [
      { wrong: '国土资源局', severity: 'warn', correct: '自然资源和规划局' },
      { wrong: '其它', severity: 'block' },
      { wrong: '本地错词', severity: 'warn' },
    ])
    expect(merged).toEqual([
      { wrong: '国土资源局', correct: '自然资源和规划局', severity: 'block', note: 'group' },
      { wrong: '其它', correct: '其他', severity: 'block' },
      { wrong: '本地错词', severity: 'warn' },
    ])
    expect(group[0].severity).toBe('block')
    expect(() => compileDictionary(mergeDictionaries(group, [{ wrong: '', severity: 'warn' }]))).toThrow(WordingDictionaryError)
  })

  it('summarizes hits', () => {
    expect(summarize([])).toEqual({ blocking: 0, warnings: 0, canSubmit: true })
    expect(summarize(starter.check('其它事项'))).toEqual({ blocking: 0, warnings: 1, canSubmit: true })
    expect(summarize(starter.check(paragraph))).toEqual({ blocking: 7, warnings: 2, canSubmit: false })
  })
})

describe('starter dictionary', () => {
  it('compiles, has unique wrong forms and a correct form and note for each entry', () => {
    expect(starter.size).toBe(starterDictionary.length)
    expect(starter.size).toBeGreaterThanOrEqual(100)
    for (const e of starterDictionary) {
      expect(e.correct, e.wrong).toBeTruthy()
      expect(e.note, e.wrong).toBeTruthy()
    }
  })

  it('never flags a correct form', () => {
    for (const e of starterDictionary) expect(starter.check(e.correct ?? ''), e.wrong).toEqual([])
  })

  it('does not flag ordinary correct government text', () => {
    const text = '党的十九大以来，市自然资源和规划局、市生态环境局、市卫生健康委员会、市市场监督管理局和市应急管理局' +
      '按照国务院部署，截至目前已签订协议，其他事项另行安排。中华人民共和国国务院办公厅。郴政发〔2010〕12号。二〇二四年。'
    expect(starter.check(text)).toEqual([])
  })

  it('checks a 200,000-character text in linear time', () => {
    const unit = '二0一0年，市国土资源局按装监测设备。党的十九大以来，全市自然资源工作取得新进展，😀各项事业稳步推进。'
    const text = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000)
    starter.check(text.slice(0, 10_000))
    const started = performance.now()
    const hits = starter.check(text)
    expect(performance.now() - started).toBeLessThan(500)
    expect(hits.length).toBeGreaterThan(10_000)
  })
})
