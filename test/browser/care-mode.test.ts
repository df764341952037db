import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hasChromium, runAxe, useBrowserApp } from '../helpers/browser'

/** Measured in the page: root type size, body line height relative to its type, cursor, text colour, grey filter. */
const measure = (page: Page) => page.evaluate(() => {
  const root = getComputedStyle(document.documentElement)
  const body = getComputedStyle(document.body)
  return {
    rootPx: parseFloat(root.fontSize),
    lineRatio: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
    cursor: root.cursor,
    color: body.color,
    filter: root.filter,
  }
})

/** 适老化/无障碍 mode in Chromium: without JavaScript, remembered, larger and higher-contrast, and still axe-clean. */
describe.runIf(hasChromium)('elderly-friendly mode in a browser', () => {
  const app = useBrowserApp()


  it('switches on with a plain link (no JavaScript), is remembered across pages, and switches off again', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${app.base}/sites/fgw/xxgk`)
    const normal = await measure(page)
    await page.getByRole('link', { name: '长者模式（大字、高对比）' }).click()
    await page.waitForURL(`${app.base}/sites/fgw/xxgk`)
    const care = await measure(page)
    expect(await page.locator('html').getAttribute('class')).toBe('care')
    expect(care.rootPx / normal.rootPx).toBeGreaterThanOrEqual(1.2) // larger type
    expect(care.lineRatio / normal.lineRatio).toBeGreaterThanOrEqual(1.3) // at least 1.3× line height
    expect(care.cursor).toContain('url(') // a larger cursor
    expect(normal.cursor).not.toContain('url(')
    expect(care.color).toBe('rgb(0, 0, 0)') // high contrast

    await page.goto(`${app.base}/sites/fgw/news/news`)
    expect(await page.locator('html').getAttribute('class')).toBe('care')
    await page.getByRole('link', { name: '退出长者模式' }).click()
    await page.waitForURL(`${app.base}/sites/fgw/news/news`)
    expect(await page.locator('html').getAttribute('class')).toBeNull()
    await context.close()
  })

  it('keeps every page type at zero axe violations in care mode, and in grey', async () => {
    const dept = await app.ctx.payload.findByID({ collection: 'tenants', id: await app.ctx.tenantId('department') })
    const s = `/sites/${String(dept.slug)}`
    const paths = ['/', '/xxgk', '/sitemap', `${s}/`, `${s}/news/news`, `${s}/xxgk`, `${s}/xxgk/c/mandatory-policy`, `${s}/xxgk/guide`, '/no-such-page']
    const grey = await app.ctx.payload.create({ collection: 'mourning-periods', data: { title: 'axe 置灰', startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 600_000).toISOString(), scope: 'sites', units: [dept.id] } as never })
    const context = await app.browser.newContext({ bypassCSP: true, locale: 'zh-CN' })
    await context.addCookies([{ name: 'zq_care', value: '1', url: app.base }])
    const page = await context.newPage()
    const report: string[] = []
    let checked = 0
    try {
      for (const path of paths) {
        await page.goto(`${app.base}${path}`)
        expect(await page.locator('html').getAttribute('class'), path).toContain('care')
        const result = await runAxe(page)
        expect(result.passes.length).toBeGreaterThan(0)
        checked++
        for (const v of result.violations) report.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      }
      await page.goto(`${app.base}${s}/xxgk`)
      expect(await page.locator('html').getAttribute('class')).toBe('mourning care')
      expect((await measure(page)).filter).toBe('grayscale(1)')
    } finally {
      await app.ctx.payload.delete({ collection: 'mourning-periods', id: grey.id })
      await context.close()
    }
    expect(checked).toBe(paths.length)
    expect(report).toEqual([])
  })
})
