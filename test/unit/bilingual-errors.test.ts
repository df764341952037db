import { describe, expect, it } from 'vitest'
import { bilingual, bilingualErrorBody, withBilingualErrors } from '../../src/server/bilingual-errors'

describe('bilingual error messages', () => {
  it.each([
    ['提供的电子邮件或密码不正确。', '提供的电子邮件或密码不正确。 / The email or password provided is incorrect.'],
    ['You are not allowed to perform this action.', '您无权执行此操作。 / You are not allowed to perform this action.'],
    ['Invalid JSON', '请求体不是有效的 JSON / Invalid JSON'],
    ['Route not found "/api/x"', '接口不存在：/api/x / Route not found "/api/x"'],
  ])('%s', (input, output) => expect(bilingual(input)).toBe(output))

  it('fills template values on both sides', () => {
    expect(bilingual('无法找到 ID 为 7 的文档。可能是已经被删除，或者从未存在，或者您可能无法访问它。')).toMatch(/ \/ The document with ID 7 could not be found/)
  })
  it('leaves unknown and already bilingual messages alone', () => {
    expect(bilingual('something custom')).toBe('something custom')
    expect(bilingual('甲 / A')).toBe('甲 / A')
  })
  it('rewrites field errors of a validation body', () => {
    const body = bilingualErrorBody({ errors: [{ message: 'The following field is invalid: email', data: { errors: [{ message: '该字段为必填项目。' }] } }] })
    expect(body.errors?.[0].message).toBe('以下字段无效：email / The following field is invalid: email')
    expect(JSON.stringify(body)).toContain('该字段为必填项目。 / This field is required.')
  })
  it('touches only JSON error responses', async () => {
    const ok = new Response('{"message":"Invalid JSON"}', { status: 200, headers: { 'content-type': 'application/json' } })
    expect(await withBilingualErrors(ok)).toBe(ok)
    const bad = await withBilingualErrors(Response.json({ errors: [{ message: 'Invalid JSON' }] }, { status: 400 }))
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].message).toBe('请求体不是有效的 JSON / Invalid JSON')
  })
})

describe('prefix messages with an appended list', () => {
  it('translates the prefix and keeps the list', () => {
    expect(bilingual('以下字段是无效的： 网址标识, 栏目')).toBe('以下字段是无效的：网址标识, 栏目 / The following fields are invalid: 网址标识, 栏目')
  })
})
