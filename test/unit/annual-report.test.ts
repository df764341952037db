import { describe, expect, it } from 'vitest'
import { buildReport, reportText } from '../../src/report/build'
import { checkEntered, checkReport, checkTable3 } from '../../src/report/checks'
import { computeReport, figureAt, type ApplicationRecord, type LetterRecord } from '../../src/report/figures'
import { emptyEntered, prefillFrom, sectionTitles } from '../../src/report/template'

const app = (id: number, applicant: ApplicationRecord['applicant'], receivedDay: string, endedDay?: string, outcome?: ApplicationRecord['outcome']): ApplicationRecord => ({ id, applicant, receivedDay, endedDay, outcome })
const applications = [
  app(1, 'natural', '2024-12-20', '2025-01-10', 'open'),
  app(2, 'commercial', '2024-12-28'),
  app(3, 'natural', '2024-11-01', '2024-11-20', 'open'),
  app(4, 'natural', '2025-03-01', '2025-03-20', 'partial'),
  app(5, 'research', '2025-04-01', '2025-04-25', 'withheld-third-party'),
  app(6, 'legal-services', '2025-05-01', '2025-05-09', 'other-fee-unpaid'),
  app(7, 'natural', '2025-12-29', '2026-01-15', 'unavailable-not-held'),
  app(8, 'public-interest', '2025-06-01', '2025-06-02', 'not-processed-repeat'),
  app(9, 'other-organization', '2025-07-01', '2025-07-02', 'open'),
]
const letter = (id: number, status: LetterRecord['status'], accepted = true, repliedAt = '2025-03-01T00:00:00Z'): LetterRecord => ({ id, unit: 'u', status, acceptedAt: accepted ? '2025-02-01T00:00:00Z' : null, repliedAt: status === 'replied' ? repliedAt : null })
// 16 was answered on 2 January 2026 (China time): handled next year, still in hand at the end of 2025.
const letters = [letter(11, 'replied'), letter(12, 'replied'), letter(13, 'accepted'), letter(14, 'rejected', false), letter(15, 'replied'), letter(16, 'replied', true, '2026-01-01T16:30:00Z')]
const categories = [{ key: 'mandatory-policy', title: '政策文件' }, { key: 'mandatory-fees', title: '行政事业性收费' }]
const proactive = [{ id: 21, category: 'mandatory-policy' }, { id: 22, category: 'mandatory-policy' }, { id: 23, category: 'mandatory-fees' }, { id: 24, category: 'guide' }]
const computed = computeReport({ year: 2025, applications, letters, proactive, categories })
const f = computed.figures
const row = (key: string) => f.table3.find((r) => r.key === key)!.values!

describe('annual report: computed figures', () => {
  it('computes every cell of table 三 from applications', () => {
    expect(row('new')).toEqual({ natural: 2, commercial: 0, research: 1, 'public-interest': 1, 'legal-services': 1, 'other-organization': 1, organization: 4, total: 6 })
    expect(row('carried-in')).toEqual({ natural: 1, commercial: 1, research: 0, 'public-interest': 0, 'legal-services': 0, 'other-organization': 0, organization: 1, total: 2 })
    expect(row('open')).toMatchObject({ natural: 1, 'other-organization': 1, total: 2 })
    expect(row('partial')).toMatchObject({ natural: 1, total: 1 })
    expect(row('withheld-third-party')).toMatchObject({ research: 1, total: 1 })
    expect(row('other-fee-unpaid')).toMatchObject({ 'legal-services': 1, total: 1 })
    expect(row('not-processed-repeat')).toMatchObject({ 'public-interest': 1, total: 1 })
    expect(row('unavailable-not-held').total).toBe(0)
    expect(row('total')).toMatchObject({ natural: 2, research: 1, 'legal-services': 1, 'public-interest': 1, 'other-organization': 1, total: 6 })
    expect(row('carried-out')).toMatchObject({ natural: 1, commercial: 1, total: 2 })
    expect(checkTable3(f.table3)).toEqual([])
  })
  it('traces each computed cell to exactly the records it counts', () => {
    expect(computed.traces['t3:new:natural']).toEqual([4, 7])
    expect(computed.traces['t3:carried-in:total']).toEqual([1, 2])
    expect(computed.traces['t3:open:total']).toEqual([1, 9])
    expect(computed.traces['t3:carried-out:commercial']).toEqual([2])
    expect(computed.traces['letters:replied']).toEqual([11, 12, 15])
    expect(computed.traces['proactive:mandatory-policy']).toEqual([21, 22])
    expect(computed.traces['proactive:total']).toEqual([21, 22, 23])
    for (const [key, ids] of Object.entries(computed.traces)) expect(figureAt(f, key), key).toBe(ids.length)
  })
  it('counts letters for section 一 and proactive items by category for section 二', () => {
    expect(f.letters).toEqual({ received: 6, accepted: 5, replied: 3, replyRate: 0.6 })
    expect(f.proactive).toEqual([{ key: 'mandatory-policy', title: '政策文件', count: 2 }, { key: 'mandatory-fees', title: '行政事业性收费', count: 1 }])
    expect(f.proactiveTotal).toBe(3)
  })
})

describe('annual report: checks', () => {
  it('rejects a table 三 where 一 + 二 ≠ (七)总计 + 四', () => {
    const broken = structuredClone(f.table3)
    broken.find((r) => r.key === 'carried-out')!.values!.natural += 1
    broken.find((r) => r.key === 'carried-out')!.values!.total += 1
    const problems = checkTable3(broken)
    expect(problems.map((p) => p.cell)).toEqual(['t3:total:natural', 't3:total:total'])
    expect(problems[0].zh).toContain('第一项加第二项之和')
  })
  it('rejects a row whose total is not the sum of its columns', () => {
    const broken = structuredClone(f.table3)
    broken.find((r) => r.key === 'open')!.values!.total = 5
    expect(checkTable3(broken).map((p) => p.cell)).toContain('t3:open:total')
  })
  it('rejects table 四 totals that are not the sum, and negative or fractional counts', () => {
    const e = emptyEntered()
    expect(checkEntered(e)).toEqual([])
    e.table4.review = { upheld: 2, corrected: 1, otherResult: 0, pending: 1, total: 3 }
    e.table2.licensing = -1
    e.table2.penalties = 1.5
    e.table2.fees = 12.35
    expect(checkEntered(e).map((p) => p.cell)).toEqual(['table2.licensing', 'table2.penalties', 'table4.review.total'])
    e.table4.review.total = 4
    e.table2.licensing = 3
    e.table2.penalties = 2
    expect(checkReport(f.table3, e)).toEqual([])
  })
})

describe('annual report: template', () => {
  const e = emptyEntered()
  e.table2.rules = { issued: 1, repealed: 0, valid: 7 }
  e.table4.direct = { upheld: 1, corrected: 0, otherResult: 0, pending: 0, total: 1 }
  e.sections.problems = '一是……\n\n二是……'
  const doc = buildReport('郴州市测试局', 2025, f, e)
  it('has the six sections with the template’s titles, and tables 二, 三, 四', () => {
    expect(doc.title).toBe('郴州市测试局2025年政府信息公开工作年度报告')
    expect(doc.sections.map((s) => s.title)).toEqual(Object.values(sectionTitles))
    expect(doc.sections[1].tables.map((t) => t.caption).slice(0, 4)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'])
    expect(doc.sections[1].tables[0].body[0].map((c) => c.text)).toEqual(['规章', '1', '0', '7'])
    const t3 = doc.sections[2].tables[0]
    expect(t3.head[2].map((c) => c.text)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])
    expect(t3.body[0].map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '2', '0', '1', '1', '1', '1', '6'])
    expect(t3.body[0][7].trace).toBe('t3:new:total')
    const t4 = doc.sections[3].tables[0]
    expect(t4.head[1].slice(0, 5).map((c) => c.text)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])
    expect(t4.body[0].slice(6, 11).map((c) => c.text)).toEqual(['1', '0', '0', '0', '1'])
    expect(doc.sections[4].paragraphs).toEqual(['一是……', '二是……'])
    expect(doc.sections[0].paragraphs[0]).toContain('新收政府信息公开申请6件')
    expect(doc.sections[0].paragraphs[0]).toContain('答复率60%')
  })
  it('prints in the terminal with every label and figure', () => {
    const text = reportText(doc)
    expect(text).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
    expect(text).toMatch(/一、本年新收政府信息公开申请数量\s+2\s+0\s+1\s+1\s+1\s+1\s+6/)
  })
  it('prefills next year from last year: narrative and the stock of valid documents, flows at 0', () => {
    const next = prefillFrom({ ...e, table4: { ...e.table4, review: { upheld: 0, corrected: 0, otherResult: 0, pending: 2, total: 2 } } })
    expect(next.sections.problems).toBe(e.sections.problems)
    expect(next.table2.rules).toEqual({ issued: 0, repealed: 0, valid: 7 })
    expect(next.table4.review).toEqual({ upheld: 0, corrected: 0, otherResult: 0, pending: 2, total: 2 })
    expect(checkEntered(next)).toEqual([])
  })
})

describe('annual report: header grid', () => {
  it('names every column of tables 三 and 四 by the headers above it', async () => {
    const { columnNames } = await import('../../src/report/grid')
    const doc = buildReport('某局', 2025, f, emptyEntered())
    expect(columnNames(doc.sections[2].tables[0])).toEqual(['', '申请人情况·自然人', '申请人情况·法人或其他组织·商业企业', '申请人情况·法人或其他组织·科研机构', '申请人情况·法人或其他组织·社会公益组织', '申请人情况·法人或其他组织·法律服务机构', '申请人情况·法人或其他组织·其他', '申请人情况·总计'])
    const t4 = columnNames(doc.sections[3].tables[0])
    expect(t4).toHaveLength(16)
    expect(t4[1]).toBe('行政复议·结果维持')
    expect(t4[15]).toBe('行政诉讼·复议后起诉·总计')
  })
})

describe('annual report: DOCX', () => {
  it('writes a Word document whose document.xml holds the labels and the same numbers', async () => {
    const { reportDocx } = await import('../../src/report/docx')
    const JSZip = (await import('jszip')).default
    const e = emptyEntered()
    e.table2.fees = 12.5
    e.table4.afterReview = { upheld: 3, corrected: 1, otherResult: 0, pending: 0, total: 4 }
    const doc = buildReport('某局', 2025, f, e)
    const zip = await JSZip.loadAsync(await reportDocx(doc))
    const xml = await zip.file('word/document.xml')!.async('string')
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])
    expect(texts).toContain('某局2025年政府信息公开工作年度报告')
    for (const s of doc.sections) expect(texts).toContain(s.title)
    // Table 三's first row, read back cell by cell in order.
    const at = texts.indexOf('一、本年新收政府信息公开申请数量')
    expect(texts.slice(at, at + 8)).toEqual(['一、本年新收政府信息公开申请数量', '2', '0', '1', '1', '1', '1', '6'])
    expect(texts).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
    expect(texts).toContain('12.5')
    const t4 = texts.indexOf('件数')
    expect(texts.slice(t4 + 11, t4 + 16)).toEqual(['3', '1', '0', '0', '4'])
    expect(xml).toContain('w:gridSpan w:val="5"')
  })
})
