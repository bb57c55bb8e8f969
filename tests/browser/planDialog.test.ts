import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { launchChromium } from '../../tools/preview/screenshot';
import { prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import { sheetRecords } from '../support/bundle';
import { answers, STAFF, school } from '../support/school';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(chromium);
if (!available && process.env['CI']) throw new Error(`Chromium is required in CI (${chromium})`);

/**
 * The dialog as Apps Script serves it, in a real browser. `google.script.run` is bridged to the emulator
 * (with its rule that no Date may cross), so a click in the page runs the built bundle and makes the
 * real document.
 */
async function openDialog(browser: Browser, emu: Emulator): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
  await page.exposeFunction('__callServer', (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: emu.callFromClient(name, ...args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    const runner = (ok: Handler, fail: Handler): unknown =>
      new Proxy(
        {},
        {
          get(_t, prop: string) {
            if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
            if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
            return (...args: unknown[]) => {
              const call = (
                window as unknown as {
                  __callServer(
                    n: string,
                    a: unknown[],
                  ): Promise<{ ok: boolean; value?: unknown; message?: string }>;
                }
              ).__callServer;
              call(prop, args).then((r) => (r.ok ? ok(r.value) : fail(new Error(r.message))));
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = {
      script: {
        run: runner(
          () => {},
          () => {},
        ),
        host: { close: () => ((window as unknown as { closed: boolean }).closed = true) },
      },
    };
  });
  // A real navigation, so the init script (the google.script stub) runs before the dialog's own script.
  mkdirSync('out/screenshots', { recursive: true });
  const file = resolve('out/screenshots/plan-dialog.html');
  writeFileSync(file, emu.sheets.ui.shown.at(-1)!.html);
  await page.goto(`file://${file}`);
  return page;
}

describe.skipIf(!available)('the aktivitetsplan dialog in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fills in the plan, sends it through google.script.run and makes the document', async () => {
    const emu = school(undefined, { 'Skolens navn': 'Bakkeby skole' });
    emu.submitForm(answers(), { email: STAFF });
    emu.select('Saker', 'A2');
    emu.sheets.ui.answer({ button: 'OK', text: 'Undersøkes' });
    emu.clickMenu('Endre status …');
    emu.sheets.ui.answer(
      { button: 'OK', text: 'Fast voksen i friminuttene' },
      { button: 'OK', text: 'individ' },
      { button: 'OK', text: 'kontaktlarer@skole.no' },
      { button: 'OK', text: '' },
      { button: 'OK', text: '' },
    );
    emu.clickMenu('Nytt tiltak …');
    emu.clickMenu('Lag aktivitetsplan');
    const page = await openDialog(browser, emu);

    await page.fill('#problem', 'Ola blir holdt utenfor i friminuttene. <b>ikke fet</b>');
    await page.fill('#elevensBeskrivelse', 'Jeg står alene.');
    await page.fill('#barnetsBeste', 'Trygge friminutt er det viktigste for Ola nå.');
    mkdirSync('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/plan-dialog.png', fullPage: true });
    await page.locator('button.primary').first().click();
    await page.waitForSelector('.message.done', { timeout: 10_000 });
    await page.screenshot({ path: 'out/screenshots/plan-dialog-done.png', fullPage: true });

    const plan = [...emu.docs.driveStore.items.values()].find((f) =>
      f.name.startsWith('Aktivitetsplan 2026-001'),
    );
    expect(plan).toBeTruthy();
    const text = emu.docs.docStore.text(plan!.id);
    expect(text).toContain('Ola blir holdt utenfor i friminuttene. <b>ikke fet</b>');
    expect(text).toContain('Fast voksen i friminuttene');
    await page.close();
  });

  it('evaluates the plan with the student: the student feels safe, the case is closed', async () => {
    const emu = school(undefined, { 'Skolens navn': 'Bakkeby skole' });
    const plan = emu.callFromClient<{ status: string }>('submitPlanDialog', prepareCaseWithMeasures(emu, 2));
    expect(plan.status).toBe('done');
    emu.env.setNow('2026-10-12T13:00:00+02:00');
    emu.clickMenu('Lag evaluering');
    const page = await openDialog(browser, emu);
    await page.fill('#deltakere', 'Eleven, foresatte, kontaktlærer, rektor');
    await page.fill('#elevensOpplevelse', 'Jeg har noen å være med nå. Det er bra.');
    await page.check('input[name=problemetLost][value=ja]');
    await page.fill('#begrunnelse', 'Eleven og foresatte sier at det er trygt og godt nå.');
    await page.check('input[name=konklusjon][value=avslutte]');
    await page.fill('#oppfolging', 'Kontaktlærer følger med i friminuttene ut høsten.');
    await page.screenshot({ path: 'out/screenshots/evaluation-dialog.png', fullPage: true });
    await page.locator('button.primary').first().click();
    await page.waitForSelector('.message.done', { timeout: 10_000 });
    const [c] = sheetRecords(emu, 'Saker').slice(-1);
    expect(c!['Status']).toBe('Avsluttet');
    const evaluation = [...emu.docs.driveStore.items.values()].find((f) =>
      f.name.startsWith('Evaluering av aktivitetsplan'),
    );
    expect(emu.docs.docStore.text(evaluation!.id)).toContain('Jeg har noen å være med nå.');
    await page.close();
  });
});
