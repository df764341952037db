import { describe, expect, it } from 'vitest'
import { lexicalToPlainText } from '../../src/content/lexical'
import { auditCsvRecords, classifyChange } from '../../src/audit/actions'
import { blockingMessage, checkDocument } from '../../src/wording/check-document'
import { compileDictionary } from '../../src/wording/matcher'

const matcher = compileDictionary([
  { wrong: '国土资源局', correct: '自然资源局', severity: 'block' },
  { wrong: '其它', correct: '其他', severity: 'warn' },
])

describe('checking a document', () => {
  it('reports hits per field with positions inside that field', () => {
    const body = { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: '第一段。' }] }, { type: 'paragraph', children: [{ type: 'text', text: '市国土资源局' }] }] } }
    const hits = checkDocument(matcher, { title: '其它事项', summary: '', body })
    expect(hits.map((h) => [h.field, h.start, h.wrong])).toEqual([['title', 0, '其它'], ['body', 6, '国土资源局']])
    expect(blockingMessage(hits).zh).toBe('发现须修改的错敏词：正文第7字“国土资源局”，应为“自然资源局”')
  })

  it('reads Lexical text with blocks on separate lines', () => {
    expect(lexicalToPlainText({ root: { children: [{ type: 'heading', children: [{ type: 'text', text: '一' }] }, { type: 'paragraph', children: [{ type: 'text', text: '二' }, { type: 'linebreak' }, { type: 'text', text: '三' }] }] } })).toBe('一\n二\n三')
    expect(lexicalToPlainText(null)).toBe('')
  })
})

describe('audit classification and CSV', () => {
  it('names saves by what happened to the live document', () => {
    expect(classifyChange({ operation: 'create', liveAfter: 'published' })).toBe('publish')
    expect(classifyChange({ operation: 'create', liveAfter: 'draft' })).toBe('create')
    expect(classifyChange({ operation: 'update', liveBefore: 'published', liveAfter: 'published' })).toBe('update')
    expect(classifyChange({ operation: 'update', liveBefore: 'published', liveAfter: 'draft' })).toBe('unpublish')
    expect(classifyChange({ operation: 'update', liveBefore: 'draft', liveAfter: 'draft', reviewAction: 'approve' })).toBe('approve')
  })

  it('neutralises spreadsheet formulas', () => {
    const [, row] = auditCsvRecords([{ at: '2026-01-01', action: 'update', summary: '=HYPERLINK("x")', userName: '+1' }])
    expect(row[1]).toBe('修改')
    expect(row[6]).toBe(`'=HYPERLINK("x")`)
    expect(row[2]).toBe("'+1")
  })
})
