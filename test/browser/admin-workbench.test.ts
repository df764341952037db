import { beforeAll, describe, expect, it } from 'vitest'
import { refreshMonitoring } from '../../collections/MonitoringSnapshots/store'
import { hasChromium, useBrowserApp } from '../helpers/browser'

/** The admin's home as a 工作台 in Chromium: each role sees what waits for it, within its own units. */
describe.runIf(hasChromium)('the admin workbench (工作台)', () => {
  const app = useBrowserApp({ admin: true })
  const names: Record<string, string> = {}

  beforeAll(async () => {
    for (const site of ['hub', 'department', 'county'] as const) {
      names[site] = String((await app.ctx.payload.findByID({ collection: 'tenants', id: await app.ctx.tenantId(site), depth: 0 })).shortName)
    }
    const { report } = await refreshMonitoring(app.ctx.payload)
    expect(report.units.length).toBeGreaterThan(3)
  })

  const workbenchOf = async (email: string) => {
    const page = await app.browser.newPage({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${app.base}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', 'Zhanqun-demo-2026')
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/, { timeout: 30_000 })
    const section = page.locator('section[aria-labelledby="workbench-title"]')
    await section.waitFor({ timeout: 30_000 })
    expect(errors).toEqual([])
    return { page, text: await section.innerText() }
  }

  it('shows a webmaster their own unit’s results, letters and applications, and nothing of another unit', async () => {
    const { page, text } = await workbenchOf('webmaster.dept@demo.zhanqun.cn')
    expect(text).toContain('工作台')
    expect(text).toMatch(/网站监测（本月）\s*1\b/)
    expect(text).toContain(`${names.department} `)
    expect(text).not.toContain(`${names.county} `)
    expect(text).toContain('待办来信')
    const link = page.locator('section[aria-labelledby="workbench-title"] a[href*="/admin/collections/monitoring-snapshots/"]').first()
    await link.click()
    await page.waitForURL(/monitoring-snapshots\/\d+/)
    await page.getByText('问题明细', { exact: true }).first().waitFor()
  })

  it('shows hub staff the group’s results and the submissions to decide', async () => {
    const { text } = await workbenchOf('hub.editor@demo.zhanqun.cn')
    const units = await app.ctx.payload.count({ collection: 'tenants', overrideAccess: true })
    expect(text).toMatch(new RegExp(`网站监测（本月）\\s*${units.totalDocs}\\b`))
    expect(text).toContain('待办来信')
    const pending = await app.ctx.payload.count({ collection: 'hub-submissions', where: { status: { equals: 'pending' } }, overrideAccess: true })
    if (pending.totalDocs > 0) expect(text).toMatch(new RegExp(`待处理报送\\s*${pending.totalDocs}\\b`))
    else expect(text).not.toContain('待处理报送')
  })
})
