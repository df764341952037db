import { describe, expect, it } from 'vitest'
import { hasChromium, signInAdmin, useBrowserApp } from '../helpers/browser'

/** The admin path: an editor opens the unit's report, is told which check fails, fixes it, and submits. */
describe.runIf(hasChromium)('annual report in the admin', () => {
  const app = useBrowserApp({ admin: true })


  it('shows the failed check, then submits and links the computed figures to their records', async () => {
    const unit = await app.ctx.tenantId('department')
    const report = await app.ctx.payload.create({
      collection: 'annual-reports', overrideAccess: true,
      data: { unit, year: 2029, table4: { review: { upheld: 1, corrected: 0, otherResult: 0, pending: 0, total: 2 } } } as never,
    })
    const { page, failures } = await signInAdmin(app.browser, app.base, 'editor.dept@demo.zhanqun.cn')
    await page.goto(`${app.base}/admin/collections/annual-reports/${report.id}`)
    await page.locator('[data-report-status="draft"]').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: '校验并提交' }).click()
    await page.locator('[role="alert"]', { hasText: '不等于各项之和' }).first().waitFor({ timeout: 15_000 })
    expect((await app.ctx.payload.findByID({ collection: 'annual-reports', id: report.id })).status).toBe('draft')

    await app.ctx.payload.update({ collection: 'annual-reports', id: report.id, data: { table4: { review: { upheld: 1, corrected: 0, otherResult: 0, pending: 1, total: 2 } } } as never })
    await page.reload()
    await page.getByRole('button', { name: '校验并提交' }).click()
    await page.locator('[data-report-status="submitted"]').waitFor({ timeout: 30_000 })
    const link = page.locator('#report-panel-title ~ table a').first()
    expect(await link.getAttribute('href')).toMatch(/\/admin\/collections\/requests\?where\[id\]\[in\]\[0\]=|\/api\/annual-reports\/\d+\/trace\?cell=/)
    await page.screenshot({ path: '/tmp/annual-report-admin.png' })
    // The one refusal expected: the submit whose check fails (400).
    expect(failures.filter((f) => !/^400 POST .*\/submit$/.test(f))).toEqual([])
    await page.close()
  })
})
