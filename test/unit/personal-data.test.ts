import { describe, expect, it } from 'vitest'
import { readableKind, readAttachment } from '../../src/personal-data/attachments'
import { findingKey, findPersonalData, isResidentId, maskText, maskValue, passesLuhn } from '../../src/personal-data/detect'
import { describeFinding, scanDocument } from '../../src/personal-data/scan'
import { docxOf, pdfOf, xlsxOf } from '../helpers/documents'

const validIds = ['43100219900307123X', '431028198511220026', '11010519491231002X']
const kinds = (text: string) => findPersonalData(text).map((f) => `${f.kind}:${f.value}`)

describe('personal-data detectors (个人信息)', () => {
  it('accepts resident ID numbers only with a real birth date and the right check digit', () => {
    for (const id of validIds) expect(isResidentId(id), id).toBe(true)
    expect(isResidentId('43100219900307123x')).toBe(true)
    expect(isResidentId('431002199003071230')).toBe(false) // wrong check digit
    expect(isResidentId('431002199002301234')).toBe(false) // 30 February
    expect(isResidentId('123456789012345678')).toBe(false)
    expect(isResidentId('43100219900307123')).toBe(false)
  })

  it('finds ID numbers in text, but not random 18-digit numbers or index numbers', () => {
    expect(kinds(`申请人王某，身份证号${validIds[1]}，已受理。`)).toEqual([`id-card:${validIds[1]}`])
    expect(kinds('流水号431002199003071230，索引号431010374/2010-00001，文号郴政发〔2010〕12号')).toEqual([])
    expect(kinds(`编号9${validIds[1]}`)).toEqual([]) // part of a longer number
  })

  it('finds mobile numbers in the usual forms, not landlines or other 11-digit numbers', () => {
    expect(kinds('联系电话：13812345678')).toEqual(['mobile:13812345678'])
    expect(kinds('手机 138-1234-5678 或 +86 139 0000 1111')).toEqual(['mobile:138-1234-5678', 'mobile:+86 139 0000 1111'])
    expect(kinds('办公电话0735-2222222，传真0735-2881234，编号12345678901，金额23812345678元以上')).toEqual([])
  })

  it('finds bank card numbers that pass Luhn', () => {
    expect(passesLuhn('6222021900123456782')).toBe(true)
    expect(passesLuhn('6222021900123456781')).toBe(false)
    expect(kinds('工资卡6222021900123456782，备用卡6217 0012 3456 7893')).toEqual(['bank-card:6222021900123456782', 'bank-card:6217 0012 3456 7893'])
    expect(kinds('合同编号6222021900123456781')).toEqual([])
    // An ID number that happens to pass Luhn is reported once, as an ID number.
    expect(findPersonalData(`号码${validIds[1]}`).length).toBe(1)
  })

  it('finds a home address next to a name, not an office address alone', () => {
    expect(kinds('当事人：张三，男，住址：湖南省郴州市北湖区人民路12号。')).toEqual(['name-address:湖南省郴州市北湖区人民路12号'])
    expect(kinds('李四，女，1978年生，家住苏仙区白鹿洞村3组')).toEqual(['name-address:苏仙区白鹿洞村3组'])
    expect(kinds('本机关地址：郴州市国庆南路36号，办公时间为工作日。')).toEqual([])
    expect(kinds('住址：郴州市人民路12号')).toEqual([]) // no name next to it
  })

  it('masks (脱敏) every kind, keeping only the ends', () => {
    expect(maskValue('id-card', '431028198511220026')).toBe('4310**********0026')
    expect(maskValue('mobile', '+86 139 0000 1111')).toBe('139****1111')
    expect(maskValue('bank-card', '6217 0012 3456 7893')).toBe('6217********7893')
    const { text, masked } = maskText(`身份证${validIds[1]}，电话13812345678，卡号6222021900123456782。`)
    expect(masked).toBe(3)
    expect(text).toBe('身份证4310**********0026，电话138****5678，卡号6222***********6782。')
    const kept = maskText('电话13812345678，13900001111', (f) => f.value === '13812345678')
    expect(kept).toEqual({ text: '电话13812345678，139****1111', masked: 1 })
  })

  it('keys a finding by its value, so marking it intended covers every place it appears', () => {
    expect(findingKey('mobile', '138-1234-5678')).toBe(findingKey('mobile', '13812345678'))
    expect(findingKey('mobile', '13812345678')).not.toBe(findingKey('mobile', '13812345679'))
  })
})

describe('personal data in attachments', () => {
  it('reads XLSX cells with sheet and cell, DOCX and PDF text and CSV cells', async () => {
    expect(readableKind('名单.xlsx')).toBe('xlsx')
    expect(readableKind('a.docx')).toBe('docx')
    expect(readableKind('a.PDF')).toBe('pdf')
    expect(readableKind('a.csv')).toBe('csv')
    expect(readableKind('a.png', 'image/png')).toBeNull()

    const xlsx = await readAttachment('名单.xlsx', await xlsxOf({ 补贴名单: [['姓名', '身份证号'], ['王五', validIds[1]]], 空表: [['合计', 3]] }), 'xlsx')
    const docx = await readAttachment('公示.docx', await docxOf(['公示如下：', `赵六，手机13912345678`]), 'docx')
    const pdf = await readAttachment('通知.pdf', pdfOf(`Card 6222021900123456782 end`), 'pdf')
    const csv = await readAttachment('名单.csv', Buffer.from(`\uFEFF姓名,卡号\n"钱七",6217001234567893\n`), 'csv')

    const findings = scanDocument({ title: '补贴发放公示', body: null }, [...xlsx, ...docx, ...pdf, ...csv], new Set())
    const places = findings.map((f) => describeFinding(f).zh)
    expect(places).toEqual([
      '附件“名单.xlsx”工作表“补贴名单”单元格B2：身份证号 4310**********0026',
      '附件“公示.docx”第13字：手机号码 139****5678',
      '附件“通知.pdf”第1页第6字：银行卡号 6222***********6782',
      '附件“名单.csv”单元格B2：银行卡号 6217********7893',
    ])
  })

  it('finds nothing in clean attachments and marks intended findings', async () => {
    const clean = await readAttachment('统计.xlsx', await xlsxOf({ Sheet1: [['指标', '数值'], ['办件量', 12345678901]] }), 'xlsx')
    expect(clean.length).toBeGreaterThan(0)
    expect(scanDocument({}, clean, new Set())).toEqual([])
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '值班手机13812345678' }] }] } }
    const [finding] = scanDocument({ body }, [], new Set([findingKey('mobile', '13812345678')]))
    expect(finding).toMatchObject({ field: 'body', start: 4, intended: true, masked: '138****5678' })
  })
})
