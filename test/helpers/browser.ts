import fs from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { useTestContext, type TestContext } from './context'

/** Debian's Chromium; tests that need it are skipped where it is not installed (CI installs it). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = fs.existsSync(chromiumPath)

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // The flags keep Chromium off the network this machine does not have.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AxeResult { violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] }

/** axe-core's WCAG 2.1 A/AA rules (the basis of GB/T 37668) on the page; the page's context must bypass its CSP. */
export async function runAxe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  })
}

/**
 * Signs in to the admin in a new page, recording what should never happen there: script errors, 4xx/5xx
 * answers and requests to another origin (officials' browsers in China reach only us).
 */
export async function signInAdmin(browser: Browser, base: string, email: string, { locale = 'zh-CN', password = 'Zhanqun-demo-2026', height = 1000 } = {}) {
  const page = await browser.newPage({ locale, viewport: { width: 1400, height } })
  const failures: string[] = []
  page.on('pageerror', (e) => failures.push(String(e)))
  page.on('request', (r) => !/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== base && failures.push(`foreign request ${r.url()}`))
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.request().method()} ${r.url()}`))
  await page.goto(`${base}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/, { timeout: 30_000 })
  return { page, failures }
}

export interface BrowserApp {
  ctx: TestContext
  browser: Browser
  /** The app's origin on a free local port. */
  base: string
  close: () => Promise<void>
}

/** The test app listening on a free port, and Debian's Chromium, for one browser suite. */
export async function openBrowserApp(options?: Parameters<typeof useTestContext>[0]): Promise<BrowserApp> {
  const ctx = await useTestContext(options)
  const server: Server = ctx.app.listen(0)
  const browser = await launchChromium()
  return {
    ctx, browser, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await browser.close()
      server.close()
    },
  }
}

/**
 * One browser suite's app and Chromium, opened before its tests and closed after: `app.ctx`, `app.browser`
 * and `app.base` are set once the suite's first beforeAll has run (register further setup after this call).
 */
export function useBrowserApp(options?: Parameters<typeof useTestContext>[0]): BrowserApp {
  const app = {} as BrowserApp
  beforeAll(async () => void Object.assign(app, await openBrowserApp(options)))
  afterAll(() => app.close?.())
  return app
}
