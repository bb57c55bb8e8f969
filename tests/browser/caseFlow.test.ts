/**
 * Issue 11, done when: a case worked from report to closed through the case sidebar, in Chromium. A member
 * of staff reports in the meldeskjema; the rektor opens «Vis saken» and clicks the sidebar's next steps in
 * turn. Each dialog a button opens is the HTML the product served, filled in and sent in the real page;
 * when it closes the sidebar gets the focus back and shows the case as it is now. At the end the register
 * says «Avsluttet» and «Logg» has a row for each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { launchChromium } from '../../tools/preview/screenshot';
import {
  type Browser,
  chromiumAvailable,
  DOCS_SCREENSHOTS,
  openShown,
  type Page,
  seriousViolations,
  shoot,
  wasClosed,
} from '../support/browser';
import { answers, cases, logRows, STAFF, school } from '../support/school';

/** The Google Sheets sidebar is 300 px wide. */
const SIDEBAR = { width: 300, height: 900 };

/** The sidebar as «Vis saken» shows it for the case on row `row` of «Saker». */
async function openSidebar(browser: Browser, emu: Emulator, row = 2, name = 'case-sidebar'): Promise<Page> {
  emu.select('Saker', `A${row}`);
  emu.clickMenu('Vis saken');
  expect(emu.sheets.ui.shown.at(-1)!.kind).toBe('sidebar');
  return openShown(browser, emu, name, SIDEBAR);
}

/** The page scrolls sideways: something is wider than the 300 px sidebar. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

const pill = (sidebar: Page) => sidebar.locator('header .pill').textContent();

/**
 * Clicks a next-step button in the sidebar; the server opens a dialog (Apps Script shows it over the
 * sheet, so the sidebar loses the focus). Returns the dialog as a page of its own, sized as shown.
 */
async function openFromSidebar(browser: Browser, emu: Emulator, sidebar: Page, label: string, name: string) {
  const before = emu.sheets.ui.shown.length;
  await sidebar.getByRole('button', { name: label, exact: true }).click();
  await expect.poll(() => emu.sheets.ui.shown.length).toBe(before + 1);
  await expect.poll(() => sidebar.locator('#app').getAttribute('aria-busy')).toBe('false');
  await sidebar.evaluate(() => window.dispatchEvent(new Event('blur')));
  const shown = emu.sheets.ui.shown.at(-1)!;
  expect(shown.kind).toBe('modal');
  const dialog = await openShown(browser, emu, name, {
    width: shown.width ?? 520,
    height: shown.height ?? 600,
  });
  expect(await seriousViolations(dialog)).toEqual([]);
  return dialog;
}

/**
 * Sends the dialog, waits for its result, closes it with its own button, and gives the sidebar the focus
 * back: the sidebar then reads the case again.
 */
async function sendAndClose(dialog: Page, sidebar: Page, name: string, docs = false): Promise<string> {
  await dialog.locator('button.primary').first().click();
  const done = dialog.locator('.status.done, .message.done');
  await done.waitFor({ timeout: 10_000 });
  const message = (await done.textContent()) ?? '';
  await shoot(dialog, name, docs && DOCS_SCREENSHOTS);
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  expect(await wasClosed(dialog)).toBe(true);
  await dialog.close();
  await sidebar.evaluate(() => window.dispatchEvent(new Event('focus')));
  return message;
}

describe.skipIf(!chromiumAvailable)('a case from report to closed through the sidebar, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('reports, investigates, registers a talk, adds a measure, makes the plan, evaluates and closes', {
    timeout: 90_000,
  }, async () => {
    const emu = school(undefined, { 'Skolens navn': 'Bakkeby skole' });
    emu.submitForm(answers(), { email: STAFF });
    const sidebar = await openSidebar(browser, emu);
    expect(await sidebar.locator('h1').textContent()).toBe('Sak 2026-001');
    expect(await pill(sidebar)).toBe('Meldt');
    expect(await scrollsSideways(sidebar)).toBe(false);
    expect(await seriousViolations(sidebar)).toEqual([]);
    await shoot(sidebar, 'sidebar-meldt', false);

    // Start the investigation: done at once, no dialog.
    await sidebar.getByRole('button', { name: 'Start undersøkelsen', exact: true }).click();
    await expect.poll(() => pill(sidebar)).toBe('Undersøkes');
    expect(await sidebar.locator('#status').textContent()).not.toBe('');

    // A talk with the student, as part of the investigation.
    let dialog = await openFromSidebar(browser, emu, sidebar, 'Registrer hendelse …', 'event-dialog');
    await dialog.selectOption('#f-what', 'samtale-elev');
    await dialog.check('#f-heard-0'); // «Ja»: the student was heard
    await dialog.fill('#f-note', 'Ola forteller at han står alene i friminuttene, og at det er vondt.');
    await shoot(dialog, 'event-dialog');
    await sendAndClose(dialog, sidebar, 'event-dialog-done');
    await expect
      .poll(() => sidebar.locator('.event').allTextContents())
      .toContainEqual(expect.stringContaining('Samtale med eleven'));

    // A measure, then the plan is the primary step.
    dialog = await openFromSidebar(browser, emu, sidebar, 'Nytt tiltak …', 'measure-dialog');
    await dialog.fill('#f-tiltak', 'Fast voksen i friminuttene');
    await dialog.check('#f-niva input[value=individ]');
    await dialog.fill('#f-hvem', 'kontaktlarer@skole.no');
    await shoot(dialog, 'measure-dialog');
    await sendAndClose(dialog, sidebar, 'measure-dialog-done');
    await expect
      .poll(() => sidebar.locator('section .event').allTextContents())
      .toContainEqual(expect.stringContaining('Fast voksen i friminuttene'));
    expect(await sidebar.getByRole('button', { name: 'Lag aktivitetsplan …' }).getAttribute('class')).toBe(
      'primary',
    );

    // The plan, with the student's own words and the best-interests assessment.
    dialog = await openFromSidebar(browser, emu, sidebar, 'Lag aktivitetsplan …', 'plan-dialog');
    await dialog.fill('#problem', 'Ola blir holdt utenfor i friminuttene.');
    await dialog.fill('#undersokelse', 'Samtaler med Ola, klassen og inspiserende lærere.');
    await dialog.fill('#elevensBeskrivelse', 'Jeg står alene.');
    await dialog.fill('#elevensOnsker', 'Noen å være med.');
    await dialog.fill('#barnetsBeste', 'Trygge friminutt er det viktigste for Ola nå.');
    await shoot(dialog, 'plan-dialog');
    expect(await sendAndClose(dialog, sidebar, 'plan-dialog-done', true)).toContain('Aktivitetsplan');
    await expect.poll(() => pill(sidebar)).toBe('Aktivitetsplan');
    expect(await sidebar.locator('section a').allTextContents()).toContainEqual(
      expect.stringContaining('Aktivitetsplan'),
    );
    expect(await scrollsSideways(sidebar)).toBe(false);
    await shoot(sidebar, 'sidebar');

    // Four weeks on: the evaluation with the student, who feels safe; the plan runs a while longer.
    emu.env.setNow('2026-10-12T13:00:00+02:00');
    dialog = await openFromSidebar(browser, emu, sidebar, 'Evaluer planen …', 'evaluation-dialog');
    await dialog.fill('#deltakere', 'Eleven, foresatte, kontaktlærer, rektor');
    await dialog.fill('#elevensOpplevelse', 'Jeg har noen å være med nå. Jeg er trygg på skolen.');
    await dialog.check('input[name=problemetLost][value=ja]');
    await dialog.fill('#begrunnelse', 'Eleven og foresatte sier at det er trygt og godt nå.');
    await dialog.check('input[name=konklusjon][value=videreføre]');
    await dialog.fill('#nesteEvaluering', '2026-11-02');
    await shoot(dialog, 'evaluation-dialog');
    await sendAndClose(dialog, sidebar, 'evaluation-dialog-done');
    await expect.poll(() => pill(sidebar)).toBe('Evalueres');

    // Three more weeks, still safe: the rektor closes the case with the reason.
    emu.env.setNow('2026-11-02T14:00:00+01:00');
    dialog = await openFromSidebar(browser, emu, sidebar, 'Avslutt saken …', 'close-dialog');
    await dialog.fill(
      '#f-reason',
      'Eleven sier fortsatt at han er trygg. Foresatte er enige. Tiltaket er avsluttet.',
    );
    await shoot(dialog, 'close-dialog');
    await sendAndClose(dialog, sidebar, 'close-dialog-done');
    await expect.poll(() => pill(sidebar)).toBe('Avsluttet');
    expect(await sidebar.getByRole('button', { name: 'Gjenåpne saken …' }).isVisible()).toBe(true);
    expect(await scrollsSideways(sidebar)).toBe(false);
    expect(await seriousViolations(sidebar)).toEqual([]);
    await shoot(sidebar, 'sidebar-closed', false);

    // The register and the log, as the sheet has them.
    const [c] = cases(emu);
    expect(c!['Status']).toBe('Avsluttet');
    expect(c!['Aktivitetsplan']).not.toBe('');
    expect(c!['Avsluttet']).toBeInstanceOf(Date);
    const log = logRows(emu)
      .filter((r) => r['Saksnr'] === '2026-001')
      .map((r) => `${r['Hendelse']} ${r['Detaljer'] ?? ''}`);
    for (const step of [
      /^Melding mottatt/,
      /^Status endret Meldt → Undersøkes/,
      /^Samtale med eleven .*Ola forteller/,
      /^Tiltak lagt til Nivå: individ/,
      /^Aktivitetsplan laget .*Undersøkes → Aktivitetsplan/,
      /^Evaluering laget/,
      /^Status endret Aktivitetsplan → Evalueres/,
      /^Saken avsluttet Evalueres → Avsluttet\. Begrunnelse: Eleven sier fortsatt/,
    ])
      expect(
        log.some((l) => step.test(l)),
        `${step} in ${JSON.stringify(log, null, 1)}`,
      ).toBe(true);
    await sidebar.close();
  });

  it('is used with the keyboard: Tab reaches the next steps, Enter starts the investigation', async () => {
    const emu = school();
    emu.submitForm(answers(), { email: STAFF });
    const sidebar = await openSidebar(browser, emu, 2, 'case-sidebar-keyboard');
    const focused = () => sidebar.evaluate(() => document.activeElement?.textContent ?? '');
    let tabs = 0;
    while ((await focused()) !== 'Start undersøkelsen' && tabs++ < 10) await sidebar.keyboard.press('Tab');
    expect(await focused()).toBe('Start undersøkelsen');
    // The focus ring shows where the keyboard is.
    const outline = await sidebar.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await sidebar.keyboard.press('Enter');
    await expect.poll(() => pill(sidebar)).toBe('Undersøkes');
    expect(cases(emu)[0]!['Status']).toBe('Undersøkes');

    // The next buttons are reachable too, in the order shown (the parents, the absence routine, consent and
    // barnevern come before «Avslutt saken …»).
    const reached: string[] = [];
    for (let i = 0; i < 10; i++) {
      await sidebar.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toEqual(
      expect.arrayContaining([
        'Registrer hendelse …',
        'Nytt tiltak …',
        'Sett ansvarlig …',
        'Foresatte informert …',
        'Følg fraværsrutinen …',
        'Avslutt saken …',
      ]),
    );
    await sidebar.close();
  });
});
