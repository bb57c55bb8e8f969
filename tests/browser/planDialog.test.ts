import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { launchChromium } from '../../tools/preview/screenshot';
import { addMeasure, prepareCaseWithMeasures, startInvestigation } from '../../tools/scenarios/planScenario';
import { type Browser, chromiumAvailable, openShown, seriousViolations } from '../support/browser';
import { sheetRecords } from '../support/bundle';
import { answers, STAFF, school } from '../support/school';

const openDialog = (browser: Browser, emu: Emulator, name: string) => openShown(browser, emu, name);

describe.skipIf(!chromiumAvailable)('the aktivitetsplan dialog in Chromium', () => {
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
    startInvestigation(emu);
    addMeasure(emu, 'Fast voksen i friminuttene', 'kontaktlarer@skole.no', 'individ');
    emu.clickMenu('Lag aktivitetsplan');
    const page = await openDialog(browser, emu, 'plan-dialog');
    expect(await seriousViolations(page)).toEqual([]);

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
    const page = await openDialog(browser, emu, 'evaluation-dialog');
    expect(await seriousViolations(page)).toEqual([]);
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
