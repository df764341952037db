import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../src/content/lexical'
import { blocksToLexical } from '../../src/seed/demo/bodies'
import { hasChromium, runAxe, useBrowserApp } from '../helpers/browser'
import { runSearchJobs } from '../helpers/search'

/** WCAG 2.1 AA (the basis of GB/T 37668) on every page type, checked by axe-core in Debian's Chromium. */
describe.runIf(hasChromium)('public pages are accessible', () => {
  const app = useBrowserApp()
  const paths: string[] = []

  beforeAll(async () => {
    const dept = await app.ctx.payload.findByID({ collection: 'tenants', id: await app.ctx.tenantId('department') })
    const column = (await app.ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } } })).docs[0].id
    const item = await app.ctx.payload.create({ collection: 'disclosures', data: { tenant: dept.id, title: '无障碍检查条目', column, issuer: '市发改委', documentNumber: '郴发改〔2026〕9号', body: blocksToLexical([{ type: 'p', text: '正文第一段。' }, { type: 'h', text: '一、主要数据' }, { type: 'table', head: ['项目', '金额（万元）'], rows: [['教育', '248.00'], ['卫生健康', '430.00']] }, { type: 'ul', items: ['第一项', '第二项'] }]) as never, _status: 'published' } as never })
    await app.ctx.payload.create({ collection: 'articles', data: { tenant: dept.id, title: '无障碍检查文章', slug: 'a11y-article', category: 'news', body: paragraphsToLexical(['文章正文。']), _status: 'published' } as never })
    const s = `/sites/${String(dept.slug)}`
    paths.push('/', '/xxgk', '/xxgk/units/department', '/sitemap', '/no-such-page',
      `${s}/`, `${s}/news/news`, `${s}/articles/a11y-article`, `${s}/xxgk`, `${s}/xxgk/c/mandatory-policy`, `${s}/xxgk/${item.id}`, `${s}/xxgk/guide`, `${s}/sitemap`)
    await runSearchJobs(app.ctx)
    const q = encodeURIComponent('无障碍检查')
    paths.push('/search', `/search?q=${q}`, `${s}/search?q=${q}&scope=group&sort=date`, `/search?q=${encodeURIComponent('没有这样的词语')}`)
  })

  it('has no WCAG 2.1 A/AA violations on any page type', async () => {
    // axe is injected by the test; the pages themselves forbid scripts (CSP script-src 'none').
    const context = await app.browser.newContext({ bypassCSP: true, locale: 'zh-CN' })
    const page = await context.newPage()
    const report: string[] = []
    const audit = () => runAxe(page)
    // Control: the same check catches a page without language, alt text or link names.
    await page.setContent('<html><body><img src="/x.png"><a href="/"></a></body></html>')
    expect((await audit()).violations.map((v) => v.id)).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']))
    const foreign: string[] = []
    page.on('request', (r) => !/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== app.base && foreign.push(r.url()))
    for (const path of paths) {
      await page.goto(`${app.base}${path}`)
      const result = await audit()
      for (const v of result.violations) report.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    await context.close()
    expect(report).toEqual([])
    expect(foreign).toEqual([])
  })

  it('works without JavaScript under its CSP, with a skip link first in keyboard order', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`))
    await page.goto(`${app.base}${paths[5]}`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳转到主要内容')
    expect(await page.locator('main#main').count()).toBe(1)
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)') // the stylesheet loaded under CSP
    expect(problems).toEqual([])
    await context.close()
  })
})
