import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasChromium, signInAdmin, useBrowserApp } from '../helpers/browser'
import { users } from '../helpers/workflow'
import { demoPdf } from '../../src/seed/demo/files'

/**
 * The paper side of 依申请公开 in the real admin: the department's editor registers an application that
 * came by registered post, prints the receipt for the applicant, then answers it with the 答复书 as a file,
 * which the applicant downloads.
 */
describe.runIf(hasChromium)('disclosure applications in the admin (browser)', () => {
  const app = useBrowserApp({ admin: true })


  it('registers a posted application and answers it with a document', async () => {
    const { page, failures } = await signInAdmin(app.browser, app.base, users.editor, { height: 1100 })
    await page.goto(`${app.base}/admin/collections/requests`)
    await page.getByText('登记申请（当面、邮寄、传真）').click()
    await page.selectOption('#register-channel', 'registered-post')
    await page.fill('#register-receivedDay', '2026-11-02')
    await page.fill('#register-name', '邮寄申请人')
    await page.fill('#register-idNumber', '43100219800101123X')
    await page.fill('#register-phone', '13700137001')
    await page.fill('#register-address', '郴州市北湖区人民西路1号')
    await page.fill('#register-description', '申请公开本单位2026年行政事业性收费项目目录。')
    await page.getByRole('button', { name: '登记', exact: true }).click()
    const code = await page.locator('[data-tracking-code]').textContent({ timeout: 20_000 })
    const password = await page.locator('[data-password]').textContent()
    expect(code).toMatch(/^YS\d{8}/)
    const stored = (await app.ctx.payload.find({ collection: 'requests', where: { trackingCode: { equals: code } } })).docs[0]
    expect(stored).toMatchObject({ channel: 'registered-post', receivedDay: '2026-11-02', verification: 'staff', status: 'registered' })

    // The receipt for the applicant: what was registered, the code and the only copy of the password; printed alone.
    const sheet = page.locator('[data-request-receipt]')
    const field = (label: string) => sheet.locator(`[data-receipt-field="${label}"]`).textContent()
    expect(await field('申请人')).toBe('邮寄申请人')
    expect(await field('申请渠道')).toBe('挂号邮寄')
    expect(await field('收到申请之日')).toBe('2026-11-02')
    expect(await field('答复期限')).toBe(`${stored.due} 前`)
    expect(await field('查询码')).toBe(code)
    expect(await field('查询密码')).toBe(password)
    expect(await field('查询地址')).toMatch(/\/sites\/[a-z]+\/xxgk\/apply\/track$/)
    expect(await sheet.textContent()).toContain('第三十三条')
    await page.emulateMedia({ media: 'print' })
    expect(await sheet.isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: '打印回执' }).isVisible()).toBe(false)
    expect(await page.getByRole('link', { name: '打开该申请' }).isVisible()).toBe(false)
    await page.screenshot({ path: path.join(os.tmpdir(), 'admin-request-receipt-print.png') })
    await page.emulateMedia({ media: 'screen' })
    expect(await page.getByRole('button', { name: '打印回执' }).isVisible()).toBe(true)
    await page.locator('[data-register-request]').screenshot({ path: path.join(os.tmpdir(), 'admin-request-receipt.png') })

    // Open it from the receipt and answer with the 答复书.
    await page.getByRole('link', { name: '打开该申请' }).click()
    // The list behind the form shows the new row too: click its link only once the filtered list has loaded.
    await page.waitForURL(/trackingCode/, { timeout: 20_000 })
    await page.getByRole('link', { name: code! }).first().click()
    await page.waitForURL(/\/admin\/collections\/requests\/[^/?]+$/, { timeout: 20_000 })
    await page.locator('#request-panel-title').waitFor({ timeout: 20_000 })
    await page.locator('section[aria-labelledby="request-panel-title"] textarea').first().fill('现将本单位2026年行政事业性收费项目目录提供给您，详见答复书。')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'answer-')), '答复书.pdf')
    fs.writeFileSync(file, demoPdf('Answer'))
    await page.setInputFiles('input[name="documents"]', file)
    await page.getByRole('button', { name: '答复', exact: true }).click()
    await expect.poll(() => page.locator('[data-request-status]').getAttribute('data-request-status'), { timeout: 20_000 }).toBe('answered')
    await page.getByRole('link', { name: /答复书.*\.pdf/ }).waitFor({ timeout: 20_000 })
    await page.screenshot({ path: path.join(os.tmpdir(), 'admin-request-answered.png'), fullPage: true })
    expect(failures).toEqual([])

    const tracked = await app.ctx.api().post('/api/requests/track').send({ code, password })
    expect(tracked.body.status).toBe('answered')
    expect(tracked.body.documents).toHaveLength(1)
    await page.close()
  })
})
