import { existsSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/preview/screenshot';
import { answers, STAFF, school } from '../support/school';

// CI installs Debian's Chromium (.ci/run); a developer machine without it skips these with a note.
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(chromium);
if (!available && process.env['CI']) throw new Error(`Chromium is required in CI (${chromium})`);

describe.skipIf(!available)('case sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the case, its deadlines and log, and renders hostile text as text', async () => {
    const emu = school();
    emu.submitForm(
      answers({
        'Hva har skjedd?': '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> & «sitat»',
      }),
      { email: STAFF },
    );
    emu.select('Saker', 'A2');
    emu.clickMenu('Vis saken');
    const html = emu.sheets.ui.shown.at(-1)!.html;
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.setContent(html);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('Sak 2026-001');
    await expect(page.locator('.text').first().textContent()).resolves.toContain(
      '<img src=x onerror="window.pwned=1">',
    );
    expect(await page.locator('.deadline').count()).toBe(2);
    mkdirSync('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/case-sidebar.png', fullPage: true });
    await page.close();
  });
});
