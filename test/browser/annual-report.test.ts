import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoEntered, publishReport } from '../../src/seed/demo/annual-report'
import { hasChromium, runAxe, useBrowserApp } from '../helpers/browser'

const YEAR = 2030

/** The published report's page on the unit's site and the hub's Art. 49 list, in Chromium with axe. */
describe.runIf(hasChromium)('annual report pages', () => {
  const app = useBrowserApp()
  let site: string

  beforeAll(async () => {
    const dept = await app.ctx.payload.findByID({ collection: 'tenants', id: await app.ctx.tenantId('department') })
    site = `/sites/${String(dept.slug)}`
    await app.ctx.payload.create({ collection: 'requests', overrideAccess: true, data: { trackingCode: `YS${YEAR}0105BROWSR`, channel: 'online', site: dept.id, unit: dept.id, status: 'answered', receivedDay: `${YEAR}-01-05`, endedDay: `${YEAR}-01-20`, outcome: 'partial', applicant: { kind: 'research', name: '某研究院' }, description: '页面测试申请', passwordHash: 'x' } as never })
    // Published after 31 January: late for a department.
    await publishReport(app.ctx.payload, { id: dept.id, name: String(dept.name) }, YEAR, `${YEAR + 1}-02-03`, demoEntered(YEAR))
    await app.ctx.payload.create({ collection: 'annual-reports', overrideAccess: true, data: { unit: dept.id, year: YEAR + 1 } as never })
  })

  it('shows the report with captioned tables and scoped headers, no axe violations, and prints without the site chrome', async () => {
    const context = await app.browser.newContext({ bypassCSP: true, locale: 'zh-CN' })
    const page = await context.newPage()
    const res = await page.goto(`${app.base}${site}/xxgk/annual-report/${YEAR}`)
    expect(res?.status()).toBe(200)
    expect(await page.locator('h2').allTextContents()).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'])
    expect(await page.locator('table.report-table caption').count()).toBe(7)
    expect(await page.locator('table.report-table th:not([scope])').count()).toBe(0)
    const partial = page.locator('tr', { has: page.locator('th', { hasText: '（二）部分公开' }) })
    expect(await partial.locator('td').allTextContents()).toEqual(['0', '0', '1', '0', '0', '0', '1'])
    expect(await page.locator('.index-number').first().textContent()).toMatch(/\/\d{4}-\d{5}$/)
    expect((await runAxe(page)).violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.screenshot({ path: '/tmp/annual-report-page.png', fullPage: true })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('table.report-table').first().isVisible()).toBe(true)
    await context.close()
  })

  it('serves the published report as DOCX, and nothing for an unpublished year', async () => {
    const res = await fetch(`${app.base}${site}/xxgk/annual-report/${YEAR}.docx`)
    expect(res.status).toBe(200)
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file('word/document.xml')!.async('string')
    expect(xml).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
    expect((await fetch(`${app.base}${site}/xxgk/annual-report/${YEAR + 1}`)).status).toBe(404)
    expect((await fetch(`${app.base}${site}/xxgk/annual-report/${YEAR + 1}.docx`)).status).toBe(404)
  })

  it('the hub lists every unit for the year with who is late against Art. 49', async () => {
    const context = await app.browser.newContext({ bypassCSP: true, locale: 'zh-CN' })
    const page = await context.newPage()
    expect((await page.goto(`${app.base}/xxgk/annual-reports?year=${YEAR}`))?.status()).toBe(200)
    const dept = page.locator('tbody tr', { has: page.locator('a', { hasText: /.+/ }) })
    expect(await dept.count()).toBe(1)
    expect(await dept.locator('td').allTextContents()).toEqual([`${YEAR + 1}-01-31`, `${YEAR + 1}-02-03`, expect.stringMatching(/\d{4}-\d{5}$/), '逾期发布'])
    const hubRow = page.locator('tbody tr').first()
    expect(await hubRow.locator('td').first().textContent()).toBe(`${YEAR + 1}-03-31`)
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(10)
    expect((await runAxe(page)).violations.map((v) => v.id)).toEqual([])
    await page.screenshot({ path: '/tmp/annual-reports-hub.png', fullPage: false })
    expect((await fetch(`${app.base}${site}/xxgk/annual-reports`)).status).toBe(404)
    // The 年报 columns lead there: the unit's to its report pages, the hub's to the list.
    expect(await (await fetch(`${app.base}${site}/xxgk/c/annual-report`)).text()).toContain(`href="${site}/xxgk/annual-report/${YEAR}"`)
    expect(await (await fetch(`${app.base}/xxgk/c/annual-report`)).text()).toContain('href="/xxgk/annual-reports"')
    await context.close()
  })
})
