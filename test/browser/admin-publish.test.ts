import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseIndexNumber } from '../../src/disclosure/index-number'
import { hasChromium, launchChromium } from '../helpers/browser'
import { useTestContext, type TestContext } from '../helpers/context'

/** The editor's real path: sign in to the admin in Chromium, fill in an item, publish it. */
describe.runIf(hasChromium)('admin in a browser', () => {
  let ctx: TestContext
  let server: Server
  let browser: Browser
  let base: string

  beforeAll(async () => {
    ctx = await useTestContext({ admin: true })
    server = ctx.app.listen(0)
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  it('an editor signs in and publishes a disclosure item, which gets its index number', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } })
    const failures: string[] = []
    page.on('pageerror', (e) => failures.push(String(e)))
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.request().method()} ${r.url()}`))

    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', 'editor.dept@demo.zhanqun.cn')
    await page.fill('input[name="password"]', 'Zhanqun-demo-2026')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/, { timeout: 30_000 })

    await page.goto(`${base}/admin/collections/disclosures/create`)
    await page.waitForSelector('#field-title', { timeout: 30_000 })
    const title = `界面发布 ${Date.now()}`
    await page.fill('#field-title', title)
    await page.fill('#field-issuer', '郴州市发展和改革委员会')
    await page.click('#field-column')
    await page.keyboard.type('政策文件')
    await page.getByText('政策文件', { exact: true }).last().waitFor({ timeout: 10_000 })
    await page.keyboard.press('Enter')
    await page.click('#action-save')

    await expect.poll(async () => (await ctx.payload.find({ collection: 'disclosures', where: { title: { equals: title } } })).docs[0]?.indexNumber, { timeout: 20_000 }).toBeTruthy()
    const doc = (await ctx.payload.find({ collection: 'disclosures', where: { title: { equals: title } } })).docs[0]
    expect(doc._status).toBe('published')
    expect(String((doc.tenant as { id: unknown }).id)).toBe(String(await ctx.tenantId('department')))
    expect(parseIndexNumber(doc.indexNumber as string).serial).toBeGreaterThan(0)
    expect(failures).toEqual([])
  })
})
