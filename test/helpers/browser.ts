import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

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
