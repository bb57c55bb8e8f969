import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { giveConsent, newestCase, openFromSidebar } from '../../tools/scenarios/absence';
import { addPeople } from '../../tools/scenarios/people';
import { makePlan, prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import { sheetRecords } from '../support/bundle';
import { lastForm, pageJson, shownMessage, submitForm } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school } from '../support/school';

const NOW = '2026-09-14T09:00:00+02:00';
const SCHOOL = { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' };

const docId = (url: string) => /\/d\/([^/]+)\//.exec(url)![1]!;
const docText = (emu: Emulator, url: string) => emu.docs.docStore.text(docId(url));

function investigatedCase(settings: Record<string, string> = {}) {
  const emu = school(NOW, { ...SCHOOL, ...settings });
  emu.submitForm(settings['Språk'] === 'nynorsk' ? answersNn() : answers(), { email: STAFF });
  const c = newestCase(emu);
  emu.select('Saker', `A${c.row}`);
  openFromSidebar(emu, c.saksnr, c.row, 'investigate');
  return { emu, c };
}

/** Who a case folder is shared with: editors and viewers by e-mail. */
function sharedWith(emu: Emulator, saksnr: string): string[] {
  const store = emu.docs.driveStore;
  const folder = [...store.items.values()].find((i) => i.name === saksnr && !store.isTrashed(i));
  if (!folder) return [];
  return [...(folder.editors ?? []), ...(folder.viewers ?? [])].map(String);
}

function measure(emu: Emulator, c: { saksnr: string; row: number }, values: Record<string, string>) {
  openFromSidebar(emu, c.saksnr, c.row, 'measure');
  return submitForm(emu, { tiltak: 'Samarbeid om tilrettelegging', niva: 'individ', ...values });
}

describe('cooperation with services under the family’s consent (G7)', () => {
  it('a referral names the student to the service only with a consent date; the case records it', () => {
    const { emu, c } = investigatedCase();
    const noConsent = measure(emu, c, { type: 'Henvisning', tjeneste: 'PPT', hvem: 'ppt@kommune.no' });
    expect(noConsent).toMatchObject({
      status: 'error',
      field: 'samtykke',
      message:
        'Uten samtykke fra foresatte kan ikke eleven nevnes for PPT. Skriv datoen for samtykket, eller velg «Anonym drøfting».',
    });
    expect(sheetRecords(emu, 'Tiltak')).toHaveLength(0);
    expect(measure(emu, c, { type: 'Henvisning', tjeneste: '', hvem: 'x' })).toMatchObject({
      status: 'error',
      field: 'tjeneste',
    });
    expect(measure(emu, c, { type: 'Tiltak', tjeneste: 'BUP' })).toMatchObject({ field: 'tjeneste' });
    expect(measure(emu, c, { type: 'Henvisning', tjeneste: 'PPT', samtykke: '2026-09-20' })).toMatchObject({
      field: 'samtykke',
    });

    expect(
      measure(emu, c, {
        type: 'Henvisning',
        tjeneste: 'PPT',
        samtykke: '2026-09-11',
        hvem: 'ppt@kommune.no',
      }),
    ).toMatchObject({ status: 'done' });
    expect(sheetRecords(emu, 'Tiltak')[0]).toMatchObject({ Type: 'Henvisning', Tjeneste: 'PPT' });
    expect(cases(emu)[0]!['Samtykke']).toBe('PPT 11.09.2026');
    const events = logRows(emu).map((r) => r['Hendelse']);
    expect(events).toContain('Samtykke registrert');
    expect(logRows(emu).find((r) => r['Hendelse'] === 'Tiltak lagt til')!['Detaljer']).toContain(
      'Type: Henvisning til en tjeneste. Tjeneste: PPT. Samtykke: 11.09.2026.',
    );
    // A service never gets the case folder.
    expect(sharedWith(emu, c.saksnr)).not.toContain('ppt@kommune.no');
    // A second referral finds the consent already in the case.
    expect(
      measure(emu, c, { type: 'Samarbeid', tjeneste: 'PPT', hvem: 'PPT-rådgiver', tiltak: 'Samarbeidsmøte' }),
    ).toMatchObject({ status: 'done' });
  });

  it('an anonymous consultation needs no consent and names nobody to the service', () => {
    const { emu, c } = investigatedCase();
    expect(
      measure(emu, c, {
        type: 'Anonym drøfting',
        tjeneste: 'BUP',
        hvem: 'bup@helse.no',
        tiltak: 'Råd fra BUP om en elev på 5. trinn, uten navn',
      }),
    ).toMatchObject({ status: 'done' });
    expect(cases(emu)[0]!['Samtykke']).toBe('');
    expect(sharedWith(emu, c.saksnr)).not.toContain('bup@helse.no');
    // The plan is shared with the person carrying out the school's own measure (D4: file by file), never
    // with the service, even one named in «Personale» (the plan prints it with name and role).
    measure(emu, c, { type: 'Tiltak', tjeneste: '', hvem: 'larer@skole.no', tiltak: 'Fast voksen' });
    addPeople(emu, [['bup@helse.no', 'Berit Bup', 'BUP']]);
    openFromSidebar(emu, c.saksnr, c.row, 'plan');
    const data = pageJson<{ saksnr: string; requestId: string }>(emu.sheets.ui.shown.at(-1)!.html);
    makePlan(emu, {
      saksnr: data.saksnr,
      requestId: data.requestId,
      problem: 'Eleven blir holdt utenfor.',
      elevensBeskrivelse: 'Jeg er alene ute.',
      elevensOnsker: 'Noen å være med.',
      foresattesSyn: '',
      barnetsBeste: 'Trygge friminutt.',
      gjennomforing: '',
      merknader: '',
      evalueringsdato: '',
      pdf: false,
    });
    const saker = emu.spreadsheet._sheetByName('Saker')!;
    const headers = saker.getRange(1, 1, 1, saker.getLastColumn()).getValues()[0] as string[];
    const formula = saker.getRange(c.row, headers.indexOf('Aktivitetsplan') + 1).getFormula();
    const plan = emu.docs.driveStore.items.get(docId(/"(https:[^"]+)"/.exec(formula)![1]!))!;
    const shared = [...plan.editors, ...plan.viewers].map(String);
    expect(shared).toContain('larer@skole.no');
    expect(shared).not.toContain('bup@helse.no');
    expect(sharedWith(emu, c.saksnr)).not.toContain('bup@helse.no');
  });

  it('«Registrer samtykke …» gives and withdraws consent, shown in the dialog and logged', () => {
    const { emu, c } = investigatedCase();
    emu.clickMenu('Registrer samtykke …');
    expect(lastForm(emu).intro).toContain('forvaltningsloven § 13 a nr. 1');
    expect(submitForm(emu, { services: [] })).toMatchObject({ status: 'error', field: 'services' });
    giveConsent(emu, c, ['Ressursteamet', 'PPT', 'BUP'], '2026-09-10');
    expect(cases(emu)[0]!['Samtykke']).toBe('Ressursteamet 10.09.2026; PPT 10.09.2026; BUP 10.09.2026');
    openFromSidebar(emu, c.saksnr, c.row, 'consent');
    // The dialog shows the consents already given.
    const services = lastForm(emu).fields.find((f) => f.name === 'services');
    expect(services && 'options' in services && services.options[1]!.label).toBe('PPT (10.09.2026)');
    expect(submitForm(emu, { services: ['BUP'], change: 'trukket' })).toMatchObject({ status: 'done' });
    expect(cases(emu)[0]!['Samtykke']).toBe('Ressursteamet 10.09.2026; PPT 10.09.2026');
    expect(logRows(emu).at(-1)).toMatchObject({
      Delplikt: 'tiltak',
      Hendelse: 'Samtykke trukket tilbake',
      Detaljer: 'Tjenester: BUP. Dato: 14.09.2026.',
    });
  });

  it('cooperation with barnevernet is never in a document sent home', () => {
    const emu = school(NOW, SCHOOL);
    const request = prepareCaseWithMeasures(emu, 1);
    const c = newestCase(emu);
    measure(emu, c, {
      type: 'Samarbeid',
      tjeneste: 'Barnevernstjenesten',
      samtykke: '2026-09-14',
      hvem: 'barnevern@kommune.no',
      tiltak: 'Samarbeidsmøte med barnevernstjenesten om familiens tiltak',
    });
    expect(sheetRecords(emu, 'Tiltak')).toHaveLength(2);
    makePlan(emu, request);
    const plan = cases(emu)[0]!;
    expect(plan['Status']).toBe('Aktivitetsplan');
    const link = emu.spreadsheet._sheetByName('Saker')!;
    const headers = link.getRange(1, 1, 1, link.getLastColumn()).getValues()[0] as string[];
    const formula = link.getRange(2, headers.indexOf('Aktivitetsplan') + 1).getFormula();
    const url = /"(https:[^"]+)"/.exec(formula)![1]!;
    const text = docText(emu, url);
    expect(text).toContain('Tiltak nummer 1');
    expect(text).not.toMatch(/barnevern/i);
  });
});

describe('a report of concern to barnevernet (G7)', () => {
  it('is registered in the leadership’s own sheet, never in «Logg» or the documentation', () => {
    const { emu, c } = investigatedCase();
    const before = logRows(emu).length;
    emu.clickMenu('Bekymringsmelding til barnevernet …');
    const spec = lastForm(emu);
    expect(spec.intro).toContain('barnevernsloven § 13-2');
    expect(submitForm(emu, { by: '' }, { spec })).toMatchObject({ status: 'error', field: 'by' });
    const values = {
      by: 'Rektor',
      how: 'Kommunens digitale skjema',
      note: 'Sendt etter samtale med helsesykepleier.',
    };
    expect(submitForm(emu, values, { spec })).toMatchObject({
      status: 'done',
      message: expect.stringContaining('arket «Barnevern»'),
    });
    // The same report twice (a retry with a new request) is written once.
    openFromSidebar(emu, c.saksnr, c.row, 'barnevern');
    submitForm(emu, values);
    const rows = sheetRecords(emu, 'Barnevern');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Saksnr: c.saksnr,
      'Registrert av': 'rektor@skole.no',
      'Sendt av (rolle)': 'Rektor',
      Hvordan: 'Kommunens digitale skjema',
    });
    expect(logRows(emu)).toHaveLength(before);
    expect(JSON.stringify(logRows(emu).filter((r) => r['Saksnr'] === c.saksnr))).not.toMatch(/barnevern/i);
    // Only the leadership may edit the sheet.
    const protection = emu.spreadsheet
      ._sheetByName('Barnevern')!
      ._protections.find((p) => p._type === 'SHEET')!;
    expect(protection.isWarningOnly()).toBe(false);
    expect(protection.getEditors().map((u) => u.getEmail())).not.toContain(STAFF);

    emu.clickMenu('Lag dokumentasjon');
    const prompt = String(shownMessage(emu));
    const url = /(https:\/\/docs\.google\.com\/document\/d\/[^/\s]+\/edit)/.exec(prompt)![1]!;
    expect(docText(emu, url)).not.toMatch(/barnevern|bekymringsmelding/i);
  });

  it('in nynorsk', () => {
    const { emu, c } = investigatedCase({ Språk: 'nynorsk' });
    openFromSidebar(emu, c.saksnr, c.row, 'barnevern');
    expect(lastForm(emu).intro).toContain('barnevernslova § 13-2');
    expect(submitForm(emu, { by: 'Rektor', how: 'Brev' })).toMatchObject({
      status: 'done',
      message: expect.stringContaining('Ho står ikkje i loggen'),
    });
    expect(measure(emu, c, { type: 'Samarbeid', tjeneste: 'BUP' })).toMatchObject({
      field: 'samtykke',
      message: expect.stringContaining('Utan samtykke frå dei føresette kan ikkje eleven nemnast for BUP'),
    });
  });
});
