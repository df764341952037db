import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, openBrowserApp, type BrowserApp } from '../helpers/browser'
import type { TestContext } from '../helpers/context'

/** The admin path: an editor opens the unit's report, is told which check fails, fixes it, and submits. */
describe.runIf(hasChromium)('annual report in the admin', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  let app: BrowserApp | undefined

  beforeAll(async () => {
    app = await openBrowserApp({ admin: true })
    ;({ ctx, browser, base } = app)
  })
  afterAll(() => app?.close())

  it('shows the failed check, then submits and links the computed figures to their records', async () => {
    const unit = await ctx.tenantId('department')
    const report = await ctx.payload.create({
      collection: 'annual-reports', overrideAccess: true,
      data: { unit, year: 2029, table4: { review: { upheld: 1, corrected: 0, otherResult: 0, pending: 0, total: 2 } } } as never,
    })
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('request', (r) => !/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== base && errors.push(`foreign request ${r.url()}`))
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', 'editor.dept@demo.zhanqun.cn')
    await page.fill('input[name="password"]', 'Zhanqun-demo-2026')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/, { timeout: 30_000 })
    await page.goto(`${base}/admin/collections/annual-reports/${report.id}`)
    await page.locator('[data-report-status="draft"]').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: '校验并提交' }).click()
    await page.locator('[role="alert"]', { hasText: '不等于各项之和' }).first().waitFor({ timeout: 15_000 })
    expect((await ctx.payload.findByID({ collection: 'annual-reports', id: report.id })).status).toBe('draft')

    await ctx.payload.update({ collection: 'annual-reports', id: report.id, data: { table4: { review: { upheld: 1, corrected: 0, otherResult: 0, pending: 1, total: 2 } } } as never })
    await page.reload()
    await page.getByRole('button', { name: '校验并提交' }).click()
    await page.locator('[data-report-status="submitted"]').waitFor({ timeout: 30_000 })
    const link = page.locator('#report-panel-title ~ table a').first()
    expect(await link.getAttribute('href')).toMatch(/\/admin\/collections\/requests\?where\[id\]\[in\]\[0\]=|\/api\/annual-reports\/\d+\/trace\?cell=/)
    await page.screenshot({ path: '/tmp/annual-report-admin.png' })
    expect(errors).toEqual([])
    await page.close()
  })
})
