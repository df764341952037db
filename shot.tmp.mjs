import { chromium } from 'playwright-core'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 1200, height: 1400 }, locale: 'zh-CN' })
for (const [name, url] of [['hub', '/search?q=' + encodeURIComponent('预算公开')], ['sub', '/sites/fgw/search?q=' + encodeURIComponent('电子政务外网')], ['docno', '/search?q=' + encodeURIComponent(process.argv[2] ?? '郴政发')]]) {
  await page.goto('http://localhost:3457' + url)
  await page.screenshot({ path: `/tmp/zq-demo/${name}.png`, fullPage: false })
}
await browser.close()
