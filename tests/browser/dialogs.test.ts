/**
 * Issue 11, done when: every dialog and sidebar of the product opened in Chromium, as Apps Script serves
 * it, at the size it is shown (a sidebar is 300 px wide): axe-core finds nothing critical or serious, and
 * nothing is wider than the window. `npm run screenshots` also writes the README's pictures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { launchChromium } from '../../tools/preview/screenshot';
import { addMeasure, makePlan, prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import {
  type Browser,
  chromiumAvailable,
  openShown,
  type Page,
  seriousViolations,
  shoot,
} from '../support/browser';
import { submitForm } from '../support/dialogs';
import { answers, cases, STAFF, school } from '../support/school';

/**
 * A school on 14 September 2026 with three cases: 2026-001 under investigation with a measure and its
 * plan, 2026-002 a § 12-5 case (an employee), 2026-003 closed.
 */
function busySchool(): Emulator {
  const emu = school(undefined, { 'Skolens navn': 'Bakkeby skole' });
  makePlan(emu, prepareCaseWithMeasures(emu, 2));
  emu.submitForm(
    answers({
      'Elevens navn': 'Kari Nordmann',
      Klasse: '7A',
      'Hva gjelder meldingen?': ['Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)'],
      'Gjelder det en ansatt som krenker en elev?': 'Ja',
      'Hva har skjedd?': 'En voksen kjeftet på eleven foran klassen og kalte henne dum.',
    }),
    { email: STAFF },
  );
  emu.submitForm(answers({ 'Elevens navn': 'Per Hansen', Klasse: '3C' }), { email: STAFF });
  emu.select('Saker', 'A4');
  emu.clickMenu('Endre status …');
  submitForm(emu, { status: 'Undersøkes' });
  addMeasure(emu, 'Samtale med klassen', 'kontaktlarer@skole.no');
  emu.clickMenu('Avslutt saken …');
  submitForm(emu, { reason: 'Eleven har det trygt og godt igjen.' });
  expect(cases(emu).map((c) => c['Status'])).toEqual(['Aktivitetsplan', 'Meldt', 'Avsluttet']);
  return emu;
}

/** Every dialog: the menu item that opens it, on which row of «Saker». */
const DIALOGS: { name: string; menu: string; row?: number; shot?: boolean; at?: string }[] = [
  { name: 'status-dialog', menu: 'Endre status …', row: 3 },
  { name: 'assign-dialog', menu: 'Sett ansvarlig …', row: 2 },
  { name: 'close-dialog', menu: 'Avslutt saken …', row: 2, shot: false },
  { name: 'reopen-dialog', menu: 'Gjenåpne saken …', row: 4 },
  { name: 'measure-dialog', menu: 'Nytt tiltak …', row: 2, shot: false },
  { name: 'concern-dialog', menu: 'Registrer melding …' },
  { name: 'event-dialog', menu: 'Registrer hendelse …', row: 3, shot: false },
  { name: 'skoleeier-notified-dialog', menu: 'Skoleeier er varslet …', row: 3 },
  { name: 'skoleeier-notice-dialog', menu: 'Lag melding til skoleeier', row: 3 },
  { name: 'tiltaksplan-evaluation-dialog', menu: 'Lag evaluering av tiltaksplan' },
  { name: 'plan-dialog', menu: 'Lag aktivitetsplan', row: 2, shot: false },
  {
    name: 'evaluation-dialog',
    menu: 'Lag evaluering',
    row: 2,
    shot: false,
    at: '2026-10-12T13:00:00+02:00',
  },
  { name: 'help-dialog', menu: 'Hjelp' },
  { name: 'documentation-result', menu: 'Lag dokumentasjon', row: 4 },
  { name: 'form-link', menu: 'Vis lenke til meldeskjema' },
  { name: 'wheel-dialog', menu: 'Vis årshjulet', shot: false },
];

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe.skipIf(!chromiumAvailable)('every dialog and sidebar in Chromium', () => {
  let browser: Browser;
  let emu: Emulator;
  beforeAll(async () => {
    browser = await launchChromium();
    emu = busySchool();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(DIALOGS)('$menu: no critical or serious axe finding, nothing wider than the dialog', async (d) => {
    if (d.at) emu.env.setNow(d.at);
    if (d.row) emu.select('Saker', `A${d.row}`);
    const before = emu.sheets.ui.shown.length;
    emu.clickMenu(d.menu);
    expect(emu.sheets.ui.shown.length, `${d.menu} showed nothing`).toBe(before + 1);
    const shown = emu.sheets.ui.shown.at(-1)!;
    expect(shown.kind).toBe('modal');
    const page = await openShown(browser, emu, d.name, {
      width: shown.width ?? 520,
      height: shown.height ?? 600,
    });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    if (d.shot !== false) await shoot(page, d.name);
    await page.close();
  });

  it('«Lag dokumentasjon» from the menu ends in a dialog with a link to the document, and «Lukk» focused', async () => {
    emu.select('Saker', 'A4');
    emu.env.setNow('2026-09-14T15:00:00+02:00');
    emu.clickMenu('Lag dokumentasjon');
    const shown = emu.sheets.ui.shown.at(-1)!;
    const page = await openShown(browser, emu, 'documentation-result-link', {
      width: shown.width ?? 520,
      height: shown.height ?? 240,
    });
    const link = page.getByRole('link', { name: 'Åpne dokumentet' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(await page.textContent('.status.done')).toContain('Dokumentasjon av aktivitetsplikten 2026-003');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lukk');
    expect(await page.locator('form').isHidden()).toBe(true);
    await page.close();
  });

  it('«Vis lenke til meldeskjema» shows the address to share, and a link that opens the form', async () => {
    emu.clickMenu('Vis lenke til meldeskjema');
    const page = await openShown(browser, emu, 'form-link-open', { width: 520, height: 240 });
    const link = page.getByRole('link', { name: 'Åpne meldeskjemaet' });
    const url = `https://docs.google.com/forms/d/e/${emu.form.id}/viewform`;
    expect(await link.getAttribute('href')).toBe(url);
    expect(await page.textContent('.status.done')).toContain(url);
    await page.close();
  });

  it('«Mine saker» at 300 px: the open cases, the most pressing first; a click opens the case', async () => {
    emu.clickMenu('Mine saker');
    const shown = emu.sheets.ui.shown.at(-1)!;
    expect(shown.kind).toBe('sidebar');
    const page = await openShown(browser, emu, 'my-cases', { width: 300, height: 600 });
    const items = await page.locator('ul.cases button').allTextContents();
    expect(items).toHaveLength(2);
    expect(items.join('\n')).toContain('2026-002');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await shoot(page, 'my-cases');
    await page.locator('ul.cases button', { hasText: '2026-002' }).click();
    await page.locator('h1', { hasText: 'Sak 2026-002' }).waitFor();
    expect(await page.locator('header .urgent').textContent()).toBe('§ 12-5');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await shoot(page, 'sidebar-12-5');
    await page.close();
  });

  it('«Lag dokumentasjon» from the sidebar: the document is made and linked from the case', async () => {
    emu.select('Saker', 'A2');
    emu.clickMenu('Vis saken');
    const page = await openShown(browser, emu, 'sidebar-documentation', { width: 300, height: 900 });
    await page.getByRole('button', { name: 'Lag dokumentasjon', exact: true }).click();
    await page.locator('#status.done').waitFor({ timeout: 10_000 });
    expect(await page.locator('section a').allTextContents()).toContainEqual(
      expect.stringContaining('Dokumentasjon'),
    );
    await shoot(page, 'sidebar-documentation');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.close();
  });
});
