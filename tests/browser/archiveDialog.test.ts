import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/preview/screenshot';
import { closedCase } from '../support/archive';
import { type Browser, chromiumAvailable, openShown, seriousViolations, shoot } from '../support/browser';
import { cases } from '../support/school';

describe.skipIf(!chromiumAvailable)('the «Arkiver og slett …» dialog in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows what will be deleted, asks once (a box to tick), then archives', async () => {
    const emu = closedCase();
    emu.select('Saker', 'A2');
    emu.clickMenu('Arkiver og slett …');
    const page = await openShown(browser, emu, 'archive-dialog', { width: 520, height: 640 });
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'archive-dialog');
    // Sent without the box: the dialog says so, and puts the cursor there; nothing is deleted.
    await page.locator('button.primary').first().click();
    await expect(page.locator('.status').textContent()).resolves.toMatch(/må fylles ut|Kryss av/);
    expect(cases(emu)[0]!['Elev']).toBe('Ola Nordmann');
    await page.check('input[type=checkbox][value=yes]');
    await page.locator('button.primary').first().click();
    await page.waitForSelector('.status.done', { timeout: 20_000 });
    await expect(page.locator('.status').textContent()).resolves.toContain('Arkivert: 2024-001.');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'archive-dialog-done');
    expect(cases(emu)[0]!['Elev']).toBe('');
    await page.close();
  });
});
