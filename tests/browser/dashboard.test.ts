// What the leadership and the board look at, in Chromium: the settings dialog (with axe), «Oversikt» with
// its charts (the emulator's charts drawn by the preview), and the anonymised report. Screenshots go to
// docs/screenshots/ for the README.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import type { EmuSheet } from '../../tools/emulator/spreadsheet/sheet';
import { sheetPage } from '../../tools/preview/render';
import { launchChromium } from '../../tools/preview/screenshot';
import { submitForm } from '../../tools/scenarios/dialogs';
import { autumn } from '../support/autumn';
import {
  type Browser,
  chromiumAvailable,
  DOCS_SCREENSHOTS,
  openShown,
  type Page,
  seriousViolations,
  shoot,
} from '../support/browser';
import { school } from '../support/school';

async function openSheet(browser: Browser, sheet: EmuSheet, title: string, name: string): Promise<Page> {
  mkdirSync('out/screenshots', { recursive: true });
  const file = resolve(`out/screenshots/${name}.html`);
  writeFileSync(file, sheetPage(sheet, title));
  const page = await browser.newPage({ viewport: { width: 1320, height: 900 } });
  await page.goto(`file://${file}`);
  return page;
}

function settingsValue(emu: Emulator, label: string): string {
  const rows = emu.spreadsheet._sheetByName('Innstillinger')!.getDataRange().getDisplayValues();
  return rows.find((r) => r[0] === label)?.[1] ?? '';
}

describe.skipIf(!chromiumAvailable)('the dashboard, the report and the settings in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the settings dialog: accessible, errors beside the field, saved to «Innstillinger»', async () => {
    const emu = school('2026-09-14T09:00:00+02:00', {
      'Skolens navn': 'Bakkeby skole',
      'Rektors navn': 'Randi Rektorsen',
      'Ledelsen (e-post)': 'inspektor@skole.no',
      'Skoleeier (e-post)': 'oppvekst@kommune.no',
      Skolestart: '17.08.2026',
      'Skolens ferier og fridager': 'Høstferie: 05.10.2026–09.10.2026\nJuleferie: 21.12.2026–01.01.2027',
    });
    emu.clickMenu('Innstillinger …');
    const page = await openShown(browser, emu, 'innstillinger', { width: 520, height: 640 });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Skolen',
      'Skoleeier',
      'Skoleåret',
      'Frister (skoledager)',
      'Oppbevaring',
    ]);
    expect(await page.inputValue('#f-schoolStart')).toBe('2026-08-17');
    expect(await page.getAttribute('#f-planSchoolDays', 'inputmode')).toBe('numeric');
    await shoot(page, 'innstillinger');

    await page.fill('#f-planSchoolDays', 'fem');
    await page.fill('#f-leadership', 'inspektor@skole.no\nsosiallarer@skole.no');
    await page.locator('button.primary').click();
    await page.waitForSelector('p.field-error');
    const error = '«Aktivitetsplan på plass» må være et helt tall fra 0 til 60, ikke «fem».';
    expect(await page.textContent('p.field-error')).toBe(error);
    expect(await page.getAttribute('#f-planSchoolDays', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-planSchoolDays', 'aria-describedby')).toContain(
      'f-planSchoolDays-error',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-planSchoolDays');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#f-planSchoolDays').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'out/screenshots/innstillinger-feil.png' });
    if (DOCS_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/innstillinger-feil.png' });
    expect(settingsValue(emu, 'Ledelsen (e-post)')).toBe('inspektor@skole.no');

    await page.fill('#f-planSchoolDays', '4');
    await page.locator('button.primary').click();
    await page.waitForSelector('.status.done');
    expect(await page.textContent('.status.done')).toContain(
      'Lagret: Ledelsen (e-post), Aktivitetsplan på plass.',
    );
    expect(await page.locator('[aria-invalid]').count()).toBe(0);
    expect(settingsValue(emu, 'Ledelsen (e-post)')).toBe('inspektor@skole.no, sosiallarer@skole.no');
    expect(settingsValue(emu, 'Frist for aktivitetsplan (skoledager)')).toBe('4');
    await page.close();
  });

  it('the settings dialog in nynorsk is accessible too', async () => {
    const emu = school('2026-09-14T09:00:00+02:00', { Språk: 'nynorsk' });
    emu.open('FULL');
    emu.clickMenu('Innstillingar …');
    const page = await openShown(browser, emu, 'innstillingar-nn', { width: 520, height: 640 });
    expect(await page.getAttribute('html', 'lang')).toBe('nn');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator('legend').first().textContent()).toBe('Språk (må fyllast ut)');
    await page.close();
  });

  it('«Oversikt»: the tables and the five charts beside them, none on top of another', async () => {
    const emu = autumn('nb');
    const page = await openSheet(browser, emu.spreadsheet._sheetByName('Oversikt')!, 'Oversikt', 'oversikt');
    const boxes = await page.locator('svg.chart').evaluateAll((charts) =>
      charts.map((c) => {
        const r = c.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left };
      }),
    );
    expect(boxes).toHaveLength(5);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    expect(await page.locator('svg.chart').first().getAttribute('aria-label')).toBe('Saker per måned');
    await shoot(page, 'oversikt', true);
    await page.close();
  });

  it('the anonymised report, as the board receives it', async () => {
    const emu = autumn('nb');
    emu.env.setNow('2026-11-20T10:00:00+01:00');
    const before = new Set(emu.sheets.byId.keys());
    emu.clickMenu('Lag anonymisert rapport …');
    expect(submitForm(emu, { years: 'current' })).toMatchObject({ status: 'done' });
    const report = [...emu.sheets.byId.values()].find((s) => !before.has(s._id))!;
    const page = await openSheet(browser, report._sheets[0]!, report.getName(), 'anonymisert-rapport');
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain('<5');
    expect(text).not.toContain('Emma');
    await shoot(page, 'anonymisert-rapport', true);
    await page.close();

    // The dialog that makes it.
    emu.clickMenu('Lag anonymisert rapport …');
    const dialog = await openShown(browser, emu, 'anonymisert-rapport-dialog', { width: 520, height: 400 });
    expect(await seriousViolations(dialog)).toEqual([]);
    await shoot(dialog, 'anonymisert-rapport-dialog', true);
    await dialog.locator('button.primary').click();
    await dialog.waitForSelector('.result a');
    expect(await dialog.textContent('.result a')).toBe('Åpne rapporten');
    await shoot(dialog, 'anonymisert-rapport-dialog-ferdig', true);
    await dialog.close();
  });
});
