import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { launchChromium } from '../../tools/preview/screenshot';
import {
  ABSENCE_REPORT,
  absenceOverview,
  absenceStep,
  giveConsent,
  newestCase,
  openFromSidebar,
} from '../../tools/scenarios/absence';
import { makePlan, prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import {
  type Browser,
  chromiumAvailable,
  openShown,
  type Page,
  seriousViolations,
  shoot,
} from '../support/browser';
import { sheetRecords } from '../support/bundle';
import { answersNn, STAFF, school } from '../support/school';

const NOW = '2026-09-14T09:00:00+02:00';
const SCHOOL = { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' };

function absenceSchool(settings: Record<string, string> = {}) {
  const emu = school(NOW, { ...SCHOOL, ...settings });
  emu.submitForm(
    settings['Språk'] === 'nynorsk'
      ? answersNn({ 'Hva gjelder meldingen?': ['Fravær eller skolevegring'] })
      : ABSENCE_REPORT,
    { email: STAFF },
  );
  const c = newestCase(emu);
  emu.select('Saker', `A${c.row}`);
  return { emu, c };
}

/** Submits the dialog in the page as a person does, and waits for its answer. */
async function save(page: Page): Promise<string> {
  await page.locator('button.primary').first().click();
  await page.waitForSelector('.status.done, .status.error', { timeout: 10_000 });
  return (await page.locator('.status').first().textContent()) ?? '';
}

describe.skipIf(!chromiumAvailable)('the absence, consent and resource-team dialogs in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const check = async (emu: Emulator, name: string): Promise<Page> => {
    const page = await openShown(browser, emu, name);
    expect(await seriousViolations(page)).toEqual([]);
    return page;
  };

  it('«Følg fraværsrutinen …» shows the routine with Skolemiljø’s additions marked', async () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm({ ...ABSENCE_REPORT, 'Hva gjelder meldingen?': ['Mobbing'] }, { email: STAFF });
    emu.select('Saker', 'A2');
    emu.clickMenu('Følg fraværsrutinen …');
    const page = await check(emu, 'absence-start-dialog');
    expect(await page.locator('.info').count()).toBe(1);
    expect((await page.locator('.info').innerText()).split('\n')).toHaveLength(8);
    await shoot(page, 'absence-start-dialog');
    expect(await save(page)).toContain('følger nå fraværsrutinen');
    await page.close();
  });

  it('«Registrer steg i fraværsrutinen …»: the overview by weekday and subject, through the page', async () => {
    const { emu } = absenceSchool();
    emu.clickMenu('Registrer steg i fraværsrutinen …');
    const page = await check(emu, 'absence-step-dialog');
    await page.check('input[name=step][value=oversikt]');
    await page.check('input[name=weekdays][value=mandag]');
    await page.check('input[name=weekdays][value=fredag]');
    await page.fill('#f-subjects', 'kroppsøving, første time');
    await page.fill('#f-extent', '9 dager og 6 enkelttimer de siste 6 ukene');
    await shoot(page, 'absence-step-dialog');
    expect(await save(page)).toContain('Steget er registrert');
    const log = sheetRecords(emu, 'Logg').at(-1)!;
    expect(log['Detaljer']).toContain(
      'Fraværsbilde: mest mandag, fredag; fag og timer: kroppsøving, første time',
    );
    await page.close();
  });

  it('«Lag samarbeidsavtale …» in nynorsk: prefilled from the overview, made through the page', async () => {
    const { emu, c } = absenceSchool({ Språk: 'nynorsk' });
    absenceOverview(emu, c, [0, 4], { subjects: 'kroppsøving' });
    openFromSidebar(emu, c.saksnr, c.row, 'agreement');
    const page = await check(emu, 'agreement-dialog-nn');
    expect(await page.locator('#f-pattern').inputValue()).toBe(
      'mest måndag, fredag; fag og timar: kroppsøving',
    );
    await page.fill('#f-participants', 'Mor, eleven, kontaktlærar');
    await page.fill('#f-goal', 'Eleven er på skolen alle dagar innan jul.');
    await page.fill('#f-student', 'Måndagane er verst.');
    await page.fill('#f-school', 'Kontaktlæraren tek imot eleven i døra kvar morgon.');
    await page.fill('#f-home', 'Mor følgjer eleven til skolen måndag og fredag.');
    await shoot(page, 'agreement-dialog-nn');
    expect(await save(page)).toContain('Samarbeidsavtale 2026-001 v1');
    await shoot(page, 'agreement-dialog-nn-done');
    await page.close();
  });

  it('«Registrer samtykke …» and a referral under consent', async () => {
    const { emu, c } = absenceSchool();
    emu.clickMenu('Registrer samtykke …');
    const page = await check(emu, 'consent-dialog');
    await page.check('input[name=services][value=Ressursteamet]');
    await page.check('input[name="services"][value="Skolevegringsteamet i PPT"]');
    await shoot(page, 'consent-dialog');
    expect(await save(page)).toContain('Samtykket er registrert');
    await page.close();

    openFromSidebar(emu, c.saksnr, c.row, 'measure');
    const measure = await check(emu, 'measure-dialog-referral');
    await measure.fill('#f-tiltak', 'Veiledning fra PPT om tilrettelegging av morgenen');
    await measure.check('input[name=type][value=Henvisning]');
    await measure.selectOption('#f-tjeneste', 'PPT');
    await shoot(measure, 'measure-dialog-referral');
    // PPT itself has no consent yet (only its school-refusal team): refused, the cursor on the date.
    expect(await save(measure)).toContain('Uten samtykke fra foresatte kan ikke eleven nevnes for PPT');
    await shoot(measure, 'measure-dialog-referral-refused');
    await measure.close();
  });

  it('«Bekymringsmelding til barnevernet …» says where it is kept', async () => {
    const { emu } = absenceSchool();
    emu.clickMenu('Bekymringsmelding til barnevernet …');
    const page = await check(emu, 'barnevern-dialog');
    await page.fill('#f-by', 'Rektor');
    await page.check('input[name=how][value="Kommunens digitale skjema"]');
    await shoot(page, 'barnevern-dialog');
    expect(await save(page)).toContain('arket «Barnevern»');
    await page.close();
  });

  it('«Lag sakliste for ressursteamet»', async () => {
    const { emu, c } = absenceSchool();
    giveConsent(emu, c, ['Ressursteamet']);
    emu.clickMenu('Lag sakliste for ressursteamet');
    const page = await check(emu, 'agenda-dialog');
    await page.fill('#f-participants', 'Rektor, PPT-rådgiver, helsesykepleier');
    await shoot(page, 'agenda-dialog');
    expect(await save(page)).toContain('Sakliste for ressursteamet');
    await page.close();
  });

  it('«Aktivitetsplanen gitt foresatte …» and «Avslutt saken …» with «Byttet skole»', async () => {
    const emu = school(NOW, SCHOOL);
    makePlan(emu, prepareCaseWithMeasures(emu, 1));
    const c = newestCase(emu);
    openFromSidebar(emu, c.saksnr, c.row, 'deliverPlan');
    const page = await check(emu, 'deliver-plan-dialog');
    await page.fill('#f-who', 'Kontaktlærer');
    await page.check('input[name=how][value=digital]');
    await shoot(page, 'deliver-plan-dialog');
    expect(await save(page)).toContain('Hendelsen er registrert');
    await page.close();

    emu.clickMenu('Avslutt saken …');
    const close = await check(emu, 'close-transfer-dialog');
    await close.check('input[name=ground][value=byttet]');
    await close.check('input[name=share][value=samtykke]');
    await close.fill('#f-consent', '2026-09-11');
    await close.fill('#f-what', 'kort orientering i overføringsmøte');
    await shoot(close, 'close-transfer-dialog');
    expect(await save(close)).toContain('Avsluttet');
    await close.close();
  });

  it('the case sidebar shows the absence routine', async () => {
    const { emu, c } = absenceSchool();
    absenceOverview(emu, c, [0, 4], { subjects: 'kroppsøving' });
    absenceStep(emu, c, 'helsesykepleier', { who: 'Helsesykepleier' });
    emu.clickMenu('Vis saken');
    const page = await openShown(browser, emu, 'case-sidebar-absence', { width: 300, height: 1400 });
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.locator('h2').allTextContents()).resolves.toContain('Fraværsrutinen');
    await shoot(page, 'case-sidebar-absence');
    await page.close();
  });
});
