import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, signInAdmin, useBrowserApp } from '../helpers/browser'

const password = 'Zhanqun-demo-2026'
const people = { editor: 'editor.two@test.zhanqun.cn', first: 'first.two@test.zhanqun.cn', second: 'second.two@test.zhanqun.cn' }

/** Two review levels in the real admin: the editor submits, level 1 and level 2 approve in turn, the editor publishes. */
describe.runIf(hasChromium)('review levels in the admin (browser)', () => {
  const app = useBrowserApp({ admin: true })
  let itemId: string | number

  beforeAll(async () => {
    const unit = (await app.ctx.payload.find({ collection: 'tenants', where: { slug: { equals: 'gaj' } }, limit: 1 })).docs[0]
    await app.ctx.payload.update({ collection: 'tenants', id: unit.id, data: { reviewPolicy: { disclosures: true, articles: false, disclosuresLevels: [{ name: '科室初审' }, { name: '分管领导终审' }] } } as never })
    const make = (email: string, name: string, roles: string[], reviewLevels: string[] = []) =>
      app.ctx.payload.create({ collection: 'users', data: { email, name, password, tenants: [{ tenant: unit.id, roles, reviewLevels }] } as never })
    const editor = await make(people.editor, '公安编辑', ['editor'])
    await make(people.first, '公安初审员', ['reviewer'], ['1'])
    await make(people.second, '公安终审员', ['reviewer'], ['2'])
    const column = (await app.ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1 })).docs[0]
    itemId = (await app.ctx.payload.create({
      collection: 'disclosures', draft: true, user: { ...editor, collection: 'users' }, overrideAccess: false,
      data: { tenant: unit.id, column: column.id, title: `两级审核界面测试 ${Date.now()}`, issuer: '郴州市公安局', _status: 'draft' } as never,
    })).id
  })

  const signIn = async (email: string) => {
    const session = await signInAdmin(app.browser, app.base, email, { password })
    await session.page.goto(`${app.base}/admin/collections/disclosures/${itemId}`)
    return session
  }
  const shown = (page: Page) => page.locator('[data-review-state]').getAttribute('data-review-state')
  const level = (page: Page) => page.locator('[data-review-level]').getAttribute('data-review-level')

  it('needs both levels, by different reviewers, before the editor can publish', async () => {
    const editor = await signIn(people.editor)
    await editor.page.getByRole('button', { name: '送审', exact: true }).click()
    await expect.poll(() => shown(editor.page), { timeout: 20_000 }).toBe('submitted')
    expect(await level(editor.page)).toBe('1')
    await expect.poll(() => editor.page.getByText('第1级／共2级：科室初审').count()).toBeGreaterThan(0)

    const first = await signIn(people.first)
    await first.page.getByRole('button', { name: '审核通过', exact: true }).click()
    await expect.poll(() => level(first.page), { timeout: 20_000 }).toBe('2')
    expect(await shown(first.page)).toBe('submitted')
    // Level 1's reviewer may not decide level 2: the refusal is shown, the item stays at level 2.
    await first.page.getByRole('button', { name: '审核通过', exact: true }).click()
    await first.page.getByText('您不是第2级审核的审核员', { exact: false }).first().waitFor({ timeout: 15_000 })
    expect(first.failures.splice(0).every((f) => f.startsWith('403 '))).toBe(true)

    const second = await signIn(people.second)
    expect(await level(second.page)).toBe('2')
    await second.page.getByRole('button', { name: '审核通过', exact: true }).click()
    await expect.poll(() => shown(second.page), { timeout: 20_000 }).toBe('approved')
    await second.page.getByText('审核记录').click()
    await expect.poll(() => second.page.getByText('（第2级）', { exact: false }).count()).toBeGreaterThan(0)

    await editor.page.reload()
    await editor.page.waitForSelector('#action-save', { timeout: 30_000 })
    await editor.page.click('#action-save')
    await expect.poll(async () => (await app.ctx.payload.findByID({ collection: 'disclosures', id: itemId })).indexNumber, { timeout: 20_000 }).toBeTruthy()
    const doc = await app.ctx.payload.findByID({ collection: 'disclosures', id: itemId, depth: 0 })
    expect(doc._status).toBe('published')
    const history = (doc.review as { history: { action: string; byName: string; level?: number | null }[] }).history
    expect(history.map((h) => [h.action, h.byName, h.level ?? null])).toEqual([
      ['submit', '公安编辑', null], ['approve', '公安初审员', 1], ['approve', '公安终审员', 2], ['publish', '公安编辑', null],
    ])
    expect([...editor.failures, ...first.failures, ...second.failures]).toEqual([])
  }, 240_000) // three sign-ins and four admin page loads on a shared two-core machine
})
