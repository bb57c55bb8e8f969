import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import type { EmuSheet } from '../../tools/emulator/spreadsheet/sheet';
import { launchChromium } from '../../tools/preview/screenshot';
import { shoot } from '../support/browser';
import { loadBundle, sheetRecords } from '../support/bundle';

// CI installs Debian's Chromium (.ci/run); a developer machine without it skips these with a note.
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(chromium);
if (!available && process.env['CI']) throw new Error(`Chromium is required in CI (${chromium})`);

const WHEEL = 'Årshjul';
const AXE = resolve('node_modules/axe-core/axe.min.js');
/** A4 portrait at 96 dpi, less the print stylesheet's margins (10 mm × 11 mm). */
const A4_CONTENT = {
  width: Math.floor(((210 - 22) / 25.4) * 96),
  height: Math.floor(((297 - 20) / 25.4) * 96),
};

/** A school that chose its language before setting up on Monday 3 August 2026. */
function newSchool(language: 'bokmål' | 'nynorsk'): Emulator {
  const emu = loadBundle({ now: new Date('2026-08-03T08:00:00+02:00') });
  const settings = emu.spreadsheet.insertSheet('Innstillinger') as unknown as EmuSheet;
  settings.getRange(1, 1, 3, 2).setValues([
    ['Innstilling', 'Verdi'],
    ['Språk', language],
    ['Skolens navn', 'Bakkeby skole'],
  ]);
  emu.run('setUp');
  emu.open('FULL');
  return emu;
}

/**
 * A school that has worked its årshjul until Friday 2 October: the start-of-year activities are done,
 * some September ones are done and some are not, the weekly ones were marked on 1 October.
 */
function workedSchool(language: 'bokmål' | 'nynorsk' = 'bokmål'): Emulator {
  const emu = newSchool(language);
  const nn = language === 'nynorsk';
  const markDone = nn ? 'Merk aktivitet som gjord' : 'Merk aktivitet som gjort';
  const done = (when: string, ...prefixes: string[]) => {
    emu.env.setNow(new Date(when));
    const names = sheetRecords(emu, WHEEL).map((r) => String(r['Aktivitet']));
    for (const p of prefixes) {
      const i = names.findIndex((n) => n.startsWith(p));
      expect(i, p).toBeGreaterThanOrEqual(0);
      emu.select(WHEEL, `B${i + 2}`);
      emu.clickMenu(markDone);
    }
  };
  done(
    '2026-08-12T10:00:00+02:00',
    'Rektor går gjennom',
    'Lage inspeksjonsplan',
    nn ? 'Alle tilsette er ute' : 'Alle ansatte er ute',
  );
  done(
    '2026-09-10T10:00:00+02:00',
    nn ? 'Informere føresette' : 'Informere foresatte',
    nn ? 'Forsterka tilsyn' : 'Forsterket tilsyn',
    nn ? 'Vaksenstyrte' : 'Voksenstyrte',
  );
  done('2026-10-01T10:00:00+02:00', 'Klasseråd', 'Elevsamtale', 'Møte i ressursteamet', 'Elevrådsmøte');
  emu.env.setNow(new Date('2026-10-02T09:00:00+02:00'));
  return emu;
}

/** The dialog as Apps Script serves it, loaded by a real navigation so `window.print` can be watched. */
async function openDialog(browser: Browser, emu: Emulator, name: string): Promise<Page> {
  emu.clickMenu('Vis årshjulet');
  const shown = emu.sheets.ui.shown.at(-1)!;
  const page = await browser.newPage({
    viewport: { width: shown.width ?? 900, height: shown.height ?? 700 },
  });
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed++;
    };
  });
  mkdirSync('out/screenshots', { recursive: true });
  const file = resolve(`out/screenshots/${name}.html`);
  writeFileSync(file, shown.html);
  await page.goto(`file://${file}`);
  return page;
}

async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      nodes: { target: string[] }[];
    }
    const r = await axe.run();
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** Pages in a PDF made by Chromium (each page object is `/Type /Page`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe.skipIf(!available)('the årshjul wheel in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the school year as a wheel beside the list, passes axe, and prints on one A4 page', async () => {
    const emu = workedSchool();
    const page = await openDialog(browser, emu, 'wheel');

    // The wheel fits the dialog beside the list, without scrolling the page itself.
    const svg = await page.locator('svg[role="img"]').boundingBox();
    expect(svg!.height).toBeGreaterThan(560);
    expect(svg!.y + svg!.height).toBeLessThanOrEqual(700);
    const list = await page.locator('.list').boundingBox();
    expect(list!.x).toBeGreaterThanOrEqual(svg!.x + svg!.width - 1);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(700);

    // The picture has its name; the list says in words what the colours say.
    expect(await page.locator('svg[role="img"]').getAttribute('aria-labelledby')).toBe('wh-title wh-desc');
    expect(await page.locator('#wh-title').textContent()).toBe(
      'Årshjulet til Bakkeby skole, skoleåret 2026/2027',
    );
    expect(await page.locator('li[data-state="overdue"] .state').first().textContent()).toBe('! forfalt');
    expect(await page.locator('li[data-state="done"] .state').first().textContent()).toBe('✓ gjort');
    expect(await page.locator('g.marker[data-state="overdue"]').count()).toBeGreaterThan(0);
    expect(await page.locator('g.marker[data-state="done"]').count()).toBeGreaterThan(0);
    await shoot(page, 'wheel');

    expect(await seriousViolations(page)).toEqual([]);

    // «Skriv ut» opens the browser's print dialog.
    await page.getByRole('button', { name: 'Skriv ut' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // The print stylesheet: wheel above, the list in columns below, all on one A4 page.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(A4_CONTENT);
    expect(await page.locator('.buttons').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.body.getBoundingClientRect().height)).toBeLessThanOrEqual(
      A4_CONTENT.height,
    );
    await page.screenshot({ path: 'out/screenshots/wheel-print.png', fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    await page.close();
  });

  it('in nynorsk too, and a hostile activity name stays text', async () => {
    const emu = workedSchool('nynorsk');
    emu.spreadsheet
      ._sheetByName(WHEEL)!
      .getRange(2, 2)
      .setValue('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> & «sitat»');
    const page = await openDialog(browser, emu, 'wheel-nn');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await page.locator('h2').first().textContent()).toBe('Aktivitetane månad for månad');
    await expect(page.locator('li .what').first().textContent()).resolves.toContain(
      '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> & «sitat»',
    );
    expect(await page.locator('li[data-state="overdue"] .state').first().textContent()).toBe('! forfallen');
    await page.screenshot({ path: 'out/screenshots/wheel-nn.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
