import { describe, expect, it } from 'vitest'
import { parseIndexNumber } from '../../src/disclosure/index-number'
import { hasChromium, signInAdmin, useBrowserApp } from '../helpers/browser'

/** The real path in Chromium: an editor writes and submits, a reviewer approves, the editor publishes. */
describe.runIf(hasChromium)('admin in a browser', () => {
  const app = useBrowserApp({ admin: true })


  const signIn = (email: string, locale = 'zh-CN') => signInAdmin(app.browser, app.base, email, { locale })
  const stateShown = (page: import('playwright-core').Page) => page.locator('[data-review-state]').getAttribute('data-review-state')

  it('opens in Chinese for a browser that prefers English, with a local avatar and nothing from another origin', async () => {
    const { page, failures } = await signIn('webmaster.dept@demo.zhanqun.cn', 'en-US')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    await page.goto(`${app.base}/admin/account`)
    await page.waitForLoadState('networkidle')
    await page.goto(`${app.base}/admin/collections/users`)
    await page.waitForLoadState('networkidle')
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.reload()
    await page.waitForLoadState('networkidle')
    expect(requests.length).toBeGreaterThan(0)
    expect(failures).toEqual([])
  })

  it('an editor writes and submits an item, a reviewer approves it, the editor publishes it with an index number', async () => {
    const editor = await signIn('editor.dept@demo.zhanqun.cn')
    await editor.page.goto(`${app.base}/admin/collections/disclosures/create`)
    await editor.page.waitForSelector('#field-title', { timeout: 30_000 })
    const title = `界面发布 ${Date.now()}`
    await editor.page.fill('#field-title', title)
    await editor.page.fill('#field-issuer', '郴州市发展和改革委员会')
    await editor.page.click('#field-column')
    await editor.page.keyboard.type('政策文件')
    await editor.page.getByText('政策文件', { exact: true }).last().waitFor({ timeout: 10_000 })
    await editor.page.keyboard.press('Enter')

    // Publishing straight away is refused with the reason shown to the editor.
    await editor.page.click('#action-save')
    await editor.page.getByText('本单位要求先审核后发布', { exact: false }).first().waitFor({ timeout: 15_000 })
    expect(editor.failures.splice(0).every((f) => f.startsWith('403 '))).toBe(true)

    await editor.page.click('#action-save-draft')
    await editor.page.waitForURL(/\/disclosures\/\d+/, { timeout: 20_000 })
    const id = editor.page.url().match(/\/disclosures\/(\d+)/)![1]
    await editor.page.getByRole('button', { name: '送审', exact: true }).click()
    await expect.poll(() => stateShown(editor.page), { timeout: 20_000 }).toBe('submitted')

    const reviewer = await signIn('reviewer.dept@demo.zhanqun.cn')
    await reviewer.page.goto(`${app.base}/admin/collections/disclosures/${id}`)
    await reviewer.page.getByRole('button', { name: '审核通过', exact: true }).click()
    await expect.poll(() => stateShown(reviewer.page), { timeout: 20_000 }).toBe('approved')

    await editor.page.reload()
    await editor.page.waitForSelector('#action-save', { timeout: 30_000 })
    await editor.page.click('#action-save')
    await expect.poll(async () => (await app.ctx.payload.find({ collection: 'disclosures', where: { title: { equals: title } } })).docs[0]?.indexNumber, { timeout: 20_000 }).toBeTruthy()
    const doc = (await app.ctx.payload.find({ collection: 'disclosures', where: { title: { equals: title } } })).docs[0]
    expect(doc._status).toBe('published')
    expect(String((doc.tenant as { id: unknown }).id)).toBe(String(await app.ctx.tenantId('department')))
    expect(parseIndexNumber(doc.indexNumber as string).serial).toBeGreaterThan(0)
    expect((doc.review as { history: { action: string }[] }).history.map((h) => h.action)).toEqual(['submit', 'approve', 'publish'])
    expect([...editor.failures, ...reviewer.failures]).toEqual([])
  })
})
