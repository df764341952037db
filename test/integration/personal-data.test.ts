import { beforeAll, describe, expect, it } from 'vitest'
import { useTestContext, type TestContext } from '../helpers/context'
import { docxOf, xlsxOf } from '../helpers/documents'
import { users, workflowClient } from '../helpers/workflow'

type ID = number | string
const idNumber = '431028198511220026'
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] })
const body = (...texts: string[]) => ({ root: { type: 'root', version: 1, children: texts.map(paragraph) } })

describe('personal-data guard (个人信息保护) in the workflow', () => {
  let ctx: TestContext
  let wf: ReturnType<typeof workflowClient>
  const upload = async (name: string, data: Buffer) => {
    const res = await ctx.api().post('/api/media').set(await wf.auth(users.editor)).field('_payload', JSON.stringify({ alt: name })).attach('file', data, name)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.id as ID
  }
  const check = async (id: ID, email = users.editor) => ctx.api().get(`/api/disclosures/${id}/personal-data`).set(await wf.auth(email))
  const post = async (id: ID, email: string, data: Record<string, unknown>) => ctx.api().post(`/api/disclosures/${id}/personal-data`).set(await wf.auth(email)).send(data)

  beforeAll(async () => {
    ctx = await useTestContext()
    wf = workflowClient(ctx)
  })

  it('blocks submission for personal data in the body and in XLSX and DOCX attachments, naming each place', async () => {
    const xlsx = await upload('补贴名单.xlsx', await xlsxOf({ 名单: [['姓名', '身份证号', '金额'], ['王五', idNumber, 1200]] }))
    const docx = await upload('公示说明.docx', await docxOf(['公示期内如有异议请联系。', '联系人赵六，手机13912345678']))
    const id = await wf.draft(users.editor, '2026年补贴发放公示', { body: body('经办人电话13812345678，请核对。'), attachments: [xlsx, docx] })

    const refused = await wf.act(users.editor, id, 'submit')
    expect(refused.status).toBe(400)
    const message = refused.body.errors[0].message as string
    expect(message).toContain('正文第6字：手机号码 138****5678')
    // Stored names may carry a suffix when the media folder already holds the name.
    expect(message).toMatch(/附件“补贴名单(-\d+)?\.xlsx”工作表“名单”单元格B2：身份证号 4310\*{10}0026/)
    expect(message).toMatch(/附件“公示说明(-\d+)?\.docx”第23字：手机号码 139\*{4}5678/)
    expect(message).toMatch(/\/ personal data found/)
    expect(message).not.toContain(idNumber) // the refusal never repeats the data it found
    expect((await wf.latest(id)).review?.state ?? 'draft').toBe('draft')

    const listed = await check(id)
    expect(listed.status).toBe(200)
    expect(listed.body.findings.map((f: { kind: string; field?: string; cell?: string }) => [f.kind, f.field ?? f.cell ?? 'docx'])).toEqual([
      ['mobile', 'body'], ['id-card', 'B2'], ['mobile', 'docx'],
    ])
  })

  it('lets a reviewer mark a finding intended, an editor mask the body, and then submission goes through', async () => {
    const id = await wf.draft(users.editor, '值班安排', { body: body('值班领导手机13700001111。', '申请人身份证' + idNumber + '。') })
    const { findings } = (await check(id)).body as { findings: { key: string; kind: string }[] }
    const phone = findings.find((f) => f.kind === 'mobile')!

    const byEditor = await post(id, users.editor, { action: 'intend', key: phone.key })
    expect(byEditor.status).toBe(403)
    expect((await post(id, users.countyEditor, { action: 'intend', key: phone.key })).status).toBe(404)
    expect((await ctx.api().post(`/api/disclosures/${id}/personal-data`).send({ action: 'mask' })).status).toBe(401)
    expect((await post(id, users.reviewer, { action: 'intend', key: 'mobile:nope' })).status).toBe(404)
    expect((await post(id, users.reviewer, { action: 'bogus' })).status).toBe(400)
    const intended = await post(id, users.reviewer, { action: 'intend', key: phone.key })
    expect(intended.status).toBe(200)

    expect((await wf.act(users.editor, id, 'submit')).status).toBe(400) // the ID number is still there
    expect((await post(id, users.reviewer, { action: 'mask' })).status).toBe(403)
    const masked = await post(id, users.editor, { action: 'mask' })
    expect(masked.body.masked).toBe(1)
    const text = JSON.stringify((await wf.latest(id)).body)
    expect(text).toContain('4310**********0026')
    expect(text).toContain('13700001111') // intended: kept
    const after = (await check(id)).body
    expect(after).toMatchObject({ total: 1, open: 0 })

    expect((await wf.act(users.editor, id, 'submit')).status).toBe(200)
    expect((await wf.act(users.reviewer, id, 'approve')).status).toBe(200)
    expect((await wf.publish(users.editor, id)).status).toBe(200)
  })

  it('blocks publishing where no review is required, and passes clean items', async () => {
    const dept = await ctx.tenantId('department')
    const blocked = await ctx.api().post('/api/articles').set(await wf.auth(users.editor))
      .send({ tenant: dept, title: '表彰名单', category: 'news', body: body('获奖人李四，银行卡6222021900123456782'), _status: 'published' })
    expect(blocked.status).toBe(400)
    expect(blocked.body.errors[0].message).toContain('银行卡号 6222***********6782')
    const clean = await ctx.api().post('/api/articles').set(await wf.auth(users.editor))
      .send({ tenant: dept, title: '表彰大会召开', category: 'news', body: body('合同编号6222021900123456781，咨询电话0735-2222222'), _status: 'published' })
    expect(clean.status).toBe(201)
  })
})
