import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, runAxe, useBrowserApp } from '../helpers/browser'


const digits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
/** Reads 二十三 / 十五 / 七 (the question's numbers) as a person would. */
const chineseNumber = (s: string) => {
  if (!s.includes('十')) return digits[s]
  const [tens, ones] = s.split('十')
  return (tens ? digits[tens] : 1) * 10 + (ones ? digits[ones] : 0)
}

describe.runIf(hasChromium)('the letter form in Chromium', () => {
  beforeAll(() => {
    process.env.LETTER_POW_MAX = '5000'
    process.env.LETTER_SUBMIT_LIMIT = '1000'
  })
  const app = useBrowserApp()

  const fill = async (page: Page, subject: string) => {
    await page.getByLabel('姓名 *').fill('赵市民')
    await page.getByLabel('电子邮箱').fill('zhao@example.com')
    await page.getByLabel('标题 *').fill(subject)
    await page.getByLabel(/^内容/).fill('小区门口的人行道破损严重，雨天积水，老人出行容易摔倒，请尽快修复。')
    await page.getByLabel(/同意在答复后公开/).check()
  }
  const stored = async (subject: string) => (await app.ctx.payload.find({ collection: 'letters', where: { subject: { equals: subject } }, depth: 0 })).docs[0]

  it('solves the proof-of-work in the page and takes the letter', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`))
    await page.goto(`${app.base}/letters/write`)
    await fill(page, '人行道破损（脚本验证）')
    await page.waitForSelector('form[data-pow="solved"]', { timeout: 30_000 })
    expect(await page.locator('#pow-status').textContent()).toContain('已完成')
    expect(await page.locator('.question').isVisible()).toBe(false) // the question is only for pages without scripts
    await page.getByRole('button', { name: '提交来信' }).click()
    await page.waitForSelector('dl.receipt')
    const code = (await page.locator('dl.receipt dd').first().textContent())!.trim()
    const password = (await page.locator('dl.receipt dd').nth(1).textContent())!.trim()
    expect(code).toMatch(/^XX\d{8}/)
    const letter = await stored('人行道破损（脚本验证）')
    expect(letter.verification).toBe('pow')
    expect(errors).toEqual([])

    // The writer looks it up with code and password.
    await page.goto(`${app.base}/letters/track`)
    await page.getByLabel('查询码').fill(code)
    await page.getByLabel('查询密码').fill(password)
    await page.getByRole('button', { name: '查询' }).click()
    expect(await page.locator('dl.receipt').textContent()).toContain('待受理')
    await page.getByLabel('查询密码').fill('WRONG123')
    await page.getByRole('button', { name: '查询' }).click()
    expect(await page.getByRole('alert').textContent()).toContain('查询码或查询密码不正确')
    await context.close()
  })

  it('takes a letter without JavaScript through the question in words', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${app.base}/letters/write`)
    await fill(page, '人行道破损（无脚本）')
    // A wrong answer: the form comes back with the message and what was typed.
    const question = (await page.locator('label[for="answer"]').textContent())!
    const [, a, b] = /^(.+)加(.+)等于/.exec(question)!
    await page.getByLabel(question).fill(String(chineseNumber(a) + chineseNumber(b) + 1))
    await page.getByRole('button', { name: '提交来信' }).click()
    expect(await page.getByRole('alert').textContent()).toContain('安全验证')
    expect(await page.getByLabel('标题 *').inputValue()).toBe('人行道破损（无脚本）')
    expect(await stored('人行道破损（无脚本）')).toBeUndefined()
    const again = (await page.locator('label[for="answer"]').textContent())!
    const [, c, d] = /^(.+)加(.+)等于/.exec(again)!
    await page.getByLabel(again).fill(String(chineseNumber(c) + chineseNumber(d)))
    await page.getByRole('button', { name: '提交来信' }).click()
    await page.waitForSelector('dl.receipt')
    expect((await stored('人行道破损（无脚本）')).verification).toBe('question')
    await context.close()
  })

  it('takes a disclosure application in the page, and shows it to the applicant', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${app.base}/xxgk/apply`)
    await page.getByLabel('姓名或名称 *').fill('钱申请')
    await page.getByLabel(/^身份证件号码/).fill('43100219900101002X')
    await page.getByLabel('联系电话 *').fill('13600136000')
    await page.getByLabel(/^电子邮箱/).fill('qian@example.com')
    await page.getByLabel('所需信息的内容描述 *').fill('申请公开本市2025年城区排水管网改造工程的招标文件。')
    await page.waitForSelector('form[data-pow="solved"]', { timeout: 30_000 })
    await page.getByRole('button', { name: '提交申请' }).click()
    await page.waitForSelector('dl.receipt')
    const code = (await page.locator('dl.receipt dd').first().textContent())!.trim()
    const password = (await page.locator('dl.receipt dd').nth(1).textContent())!.trim()
    expect(code).toMatch(/^YS\d{8}/)
    await page.goto(`${app.base}/xxgk/apply/track`)
    await page.getByLabel('查询码').fill(code)
    await page.getByLabel('查询密码').fill(password)
    await page.getByRole('button', { name: '查询' }).click()
    expect(await page.locator('dl.receipt').textContent()).toContain('办理中')
    await page.getByRole('button', { name: '撤回申请' }).click()
    expect(await page.locator('dl.receipt').textContent()).toContain('已撤回')
    await context.close()
  })

  it('has no WCAG 2.1 A/AA violations on the mailbox and application pages', async () => {
    const context = await app.browser.newContext({ bypassCSP: true, locale: 'zh-CN' })
    const page = await context.newPage()
    const report: string[] = []
    const dept = await app.ctx.payload.findByID({ collection: 'tenants', id: await app.ctx.tenantId('department') })
    for (const path of ['/letters', '/letters/write', '/letters/track', `/sites/${String(dept.slug)}/letters/write`, '/xxgk/apply', '/xxgk/apply/track', `/sites/${String(dept.slug)}/xxgk/c/application`]) {
      await page.goto(`${app.base}${path}`)
      const result = await runAxe(page)
      expect(await page.locator('main h1').count()).toBe(1) // the audit ran on the page itself
      for (const v of result.violations) report.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    await context.close()
    expect(report).toEqual([])
  })
})
