/**
 * Screenshots of the preview (or any HTML file) in headless Debian Chromium, to look at what was built.
 * Usage: tsx tools/preview/screenshot.ts [html=out/preview/index.html] [out=out/preview/shot.png] [tab title]
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

async function main(): Promise<void> {
  const [html = 'out/preview/index.html', out = 'out/preview/shot.png', tab] = process.argv.slice(2);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`file://${resolve(html)}`);
    if (tab) await page.locator('.tabs button', { hasText: tab }).first().click();
    await page.screenshot({ path: out, fullPage: false });
    console.log(`Screenshot: ${out}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('screenshot.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
