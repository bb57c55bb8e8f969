import { describe, expect, it } from 'vitest';
import { addPeople } from '../../tools/scenarios/people';
import { sheetRecords } from '../support/bundle';
import { lastForm, shownMessage, submitForm, viaDialog } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school, shown } from '../support/school';

type Emu = ReturnType<typeof school>;
type Result = {
  status: 'done' | 'names' | 'error';
  message: string;
  url?: string;
  title?: string;
  names?: { name: string; suggestion: string }[];
};

const NOW = '2026-09-14T09:00:00+02:00';
const SCHOOL = { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' };

const NB_POINTS = [
  'Hvilket problem tiltakene skal løse',
  'Hvilke tiltak skolen har planlagt',
  'Når tiltakene skal gjennomføres',
  'Hvem som skal gjennomføre tiltakene',
  'Når tiltakene skal evalueres',
];
const NN_POINTS = [
  'Kva problem tiltaka skal løyse',
  'Kva tiltak skolen har planlagt',
  'Når tiltaka skal gjennomførast',
  'Kven som skal gjennomføre tiltaka',
  'Når tiltaka skal evaluerast',
];

/** The JSON a dialog was opened with, as its client script reads it from the escaped attribute. */
function dialogData(emu: Emu): Record<string, unknown> & { requestId: string; saksnr: string } {
  const html = emu.sheets.ui.shown.at(-1)!.html;
  const raw = /data-json="([^"]*)"/.exec(html)![1]!;
  return JSON.parse(
    raw
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

const docId = (url: string) => /\/d\/([^/]+)\//.exec(url)![1]!;
const docText = (emu: Emu, url: string) => emu.docs.docStore.text(docId(url));

/** Drive items (not trashed) whose name starts with `prefix`. */
function files(emu: Emu, prefix: string) {
  const store = emu.docs.driveStore;
  return [...store.items.values()].filter((i) => i.name.startsWith(prefix) && !store.isTrashed(i));
}

function investigated(emu: Emu, row = 2) {
  emu.select('Saker', `A${row}`);
  viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
}

const iso = (d: string) => d.split('.').reverse().join('-');

function addMeasure(
  emu: Emu,
  what: string,
  level = 'individ',
  who = 'kontaktlarer@skole.no',
  period = '',
  evaluation = '',
) {
  const [fra, til] = period ? period.split('–') : ['', ''];
  const result = viaDialog(emu, 'Nytt tiltak …', {
    tiltak: what,
    niva: level,
    hvem: who,
    ...(fra ? { fra: iso(fra) } : {}),
    ...(til ? { til: iso(til) } : {}),
    ...(evaluation ? { evalueres: iso(evaluation) } : {}),
  });
  expect(result.status, result.status === 'error' ? result.message : '').toBe('done');
}

/** A school with one investigated case (2026-001, Ola Nordmann) and three measures. */
function caseWithMeasures(settings: Record<string, string> = SCHOOL) {
  const emu = school(NOW, settings);
  if (settings['Språk']) emu.run('setUp');
  emu.submitForm(settings['Språk'] === 'nynorsk' ? answersNn() : answers(), { email: STAFF });
  investigated(emu);
  addMeasure(emu, 'Fast voksen i friminuttene');
  addMeasure(emu, 'Klassemøte om inkludering', 'gruppe', 'sosiallarer@skole.no', '15.09.2026–30.10.2026');
  addMeasure(emu, 'Tydelige regler for lek i skolegården', 'system', 'Rita Rektor');
  emu.select('Saker', 'A2');
  return emu;
}

function planRequest(emu: Emu, overrides: Record<string, unknown> = {}) {
  emu.clickMenu('Lag aktivitetsplan');
  const data = dialogData(emu);
  return {
    saksnr: data.saksnr,
    requestId: data.requestId,
    problem: 'Eleven blir holdt utenfor i friminuttene.',
    elevensBeskrivelse: 'Jeg er alene ute.',
    elevensOnsker: 'Å ha noen å være med.',
    foresattesSyn: 'Foresatte er bekymret.',
    barnetsBeste: 'Eleven trenger trygge friminutt.',
    gjennomforing: '',
    merknader: '',
    evalueringsdato: '2026-10-12',
    pdf: true,
    ...overrides,
  };
}

const submitPlan = (emu: Emu, req: Record<string, unknown>) =>
  emu.callFromClient<Result>('submitPlanDialog', req);

function makePlan(emu: Emu, overrides: Record<string, unknown> = {}): Result {
  const result = submitPlan(emu, planRequest(emu, overrides));
  expect(result.status, result.message).toBe('done');
  return result;
}

describe('setUp: the Drive folder and the editable templates', () => {
  it('makes the folders and the seven templates of the school language as Google Docs, once', () => {
    const emu = school(NOW);
    expect(files(emu, 'Skolemiljø – ')).toHaveLength(1);
    const maler = files(emu, 'Maler')[0]!;
    const templates = files(emu, 'Mal – ');
    expect(templates.map((f) => f.name).sort()).toEqual([
      'Mal – Aktivitetsplan',
      'Mal – Dokumentasjon av aktivitetsplikten',
      'Mal – Evaluering av aktivitetsplan',
      'Mal – Evaluering av tiltaksplan',
      'Mal – Melding til skoleeier',
      'Mal – Sakliste for ressursteamet',
      'Mal – Samarbeidsavtale',
    ]);
    for (const t of templates) {
      expect(t.parents).toEqual([maler.id]);
      expect(t.mimeType).toBe('application/vnd.google-apps.document');
    }
    expect(files(emu, 'Saker')).toHaveLength(1);
    const settings = sheetRecords(emu, 'Innstillinger').find((r) => r['Innstilling'] === 'Mappe i Disk');
    expect(String(settings?.['Verdi'])).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);

    // The template reads as the law's plan, with the placeholders the school can move around.
    const plan = emu.docs.docStore.text(templates.find((t) => t.name === 'Mal – Aktivitetsplan')!.id);
    for (const point of NB_POINTS) expect(plan).toContain(point);
    expect(plan).toContain('{{Tiltak.Beskrivelse}}');
    expect(plan).toContain(
      '{{#hvis ForrigePlan}}Denne planen erstatter aktivitetsplanen datert {{ForrigePlan}}.{{/hvis}}',
    );

    const before = emu.docs.driveStore.items.size;
    emu.run('setUp');
    expect(emu.docs.driveStore.items.size).toBe(before);
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/Ingenting ble endret/);
  });

  it('makes a deleted template again, and keeps the school’s edits to the others', () => {
    const emu = school(NOW);
    const plan = files(emu, 'Mal – Aktivitetsplan')[0]!;
    const evaluation = files(emu, 'Mal – Evaluering av aktivitetsplan')[0]!;
    emu.docs.docStore.savedBody(evaluation.id)!.appendParagraph('Skolens egen tekst.');
    plan.explicitlyTrashed = true;
    emu.run('setUp');
    expect(files(emu, 'Mal – Aktivitetsplan')).toHaveLength(1);
    expect(files(emu, 'Mal – Aktivitetsplan')[0]!.id).not.toBe(plan.id);
    expect(emu.docs.docStore.text(evaluation.id)).toContain('Skolens egen tekst.');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/1 ting ble lagt til eller reparert/);
  });

  it('shares the folder with the leadership, and logs it', () => {
    const emu = school(NOW, { 'Ledelsen (e-post)': 'inspektor@skole.no' });
    emu.run('setUp');
    const root = files(emu, 'Skolemiljø – ')[0]!;
    expect([...root.editors]).toEqual(['inspektor@skole.no']);
    expect(logRows(emu).some((r) => r['Hendelse'] === 'Deling av Skolemiljø-mappen endret')).toBe(true);
  });
});

describe('Lag aktivitetsplan', () => {
  it('opens a dialog with the case’s measures, its texts escaped', () => {
    const emu = caseWithMeasures();
    addMeasure(emu, '<script>alert(1)</script> & "mer"');
    emu.select('Saker', 'A2');
    emu.clickMenu('Lag aktivitetsplan');
    const shownHtml = emu.sheets.ui.shown.at(-1)!;
    expect(shownHtml.kind).toBe('modal');
    expect(shownHtml.title).toBe('Aktivitetsplan for sak 2026-001');
    expect(shownHtml.html).not.toContain('<script>alert(1)');
    const data = dialogData(emu);
    expect((data['measures'] as { tiltak: string }[]).map((m) => m.tiltak)).toContain(
      '<script>alert(1)</script> & "mer"',
    );
    expect(data['evaluationDate']).toBe('2026-10-12');
  });

  it('makes a plan with every statutory point, the measures as table rows and no placeholder left', () => {
    const emu = caseWithMeasures();
    const result = makePlan(emu);
    expect(result.title).toBe('Aktivitetsplan 2026-001 v1');
    const text = docText(emu, result.url!);
    for (const point of NB_POINTS) expect(text).toContain(point);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('Randi Rektorsen');
    // The measures table: the template's header row, then one row per measure.
    const body = emu.docs.docStore.savedBody(docId(result.url!))!;
    const table = body.getTables()[0]!;
    expect(table.getNumRows()).toBe(4);
    expect(table.getRow(0).getText()).toContain('Tiltak');
    expect(table.getRow(0).editAsText().isBold()).toBe(true);
    expect(table.getRow(1).getText().split('\n')).toEqual([
      'Fast voksen i friminuttene',
      'Individ',
      // Named by name and role from «Personale», never by e-mail address (D3).
      'Kari Kontakt (kontaktlærer)',
      'fra 14.09.2026',
      '12.10.2026',
    ]);
    expect(table.getRow(2).getText()).toContain('15.09.2026–30.10.2026');
    expect(table.getRow(3).getText()).toContain('System');
    expect(text).toContain('Elev: Ola Nordmann');
    expect(text).toContain('Skole: Bakkeby skole');
    expect(text).toContain('Tiltakene evalueres første gang 12.10.2026.');
    expect(text).toContain('Eleven blir holdt utenfor i friminuttene.');
    // Optional sections: no earlier plan, no notes, nothing on the investigation (the dialog has no field yet).
    expect(text).not.toContain('Denne planen erstatter');
    expect(text).not.toContain('Andre opplysninger');
    expect(text).not.toContain('Hva undersøkelsen viste');
    // No names were kept: the plan says so (A6).
    expect(text).toContain('Av hensyn til personvernet nevnes ikke andre elever med navn.');
    // § 12-6: main rule, the exception, and the date as the earliest under the main rule (A3).
    expect(text).toContain(
      'Statsforvalteren kan ta saken tidligere når særlige grunner gjør det urimelig å vente.',
    );
    expect(text).toMatch(
      /Tidligst \(hovedregel\): \d\d\.\d\d\.\d{4}, én uke etter datoen saken ble tatt opp med rektor\./,
    );
    // A measure without an end: the period does not pretend to end (A5).
    expect(text).toContain('Tiltakene gjennomføres i perioden fra 14.09.2026, inntil videre.');
    expect(text).toContain('Eleven (etter alder og modenhet)');
    expect(text).not.toMatch(/@skole\.no/);
  });

  it('names people by name and role, and refuses until «Personale» names everyone on the plan (D3)', () => {
    const emu = caseWithMeasures();
    addMeasure(emu, 'Samtale hver uke', 'individ', 'vikar@skole.no');
    emu.select('Saker', 'A2');
    const refused = submitPlan(emu, planRequest(emu));
    expect(refused.status).toBe('error');
    expect(refused.message).toContain('vikar@skole.no');
    expect(refused.message).toContain('«Personale»');
    expect(files(emu, 'Aktivitetsplan')).toHaveLength(0);

    addPeople(emu, [['vikar@skole.no', 'Vera Vikar', 'vikar']]);
    const plan = makePlan(emu);
    const text = docText(emu, plan.url!);
    expect(text).toContain('Vera Vikar (vikar)');
    expect(text).toContain('Kari Kontakt (kontaktlærer)');
    expect(text).not.toMatch(/@skole\.no/);
  });

  it('shows what the investigation showed when it is written (A8)', () => {
    const emu = caseWithMeasures();
    const heard = makePlan(emu, { undersokelse: 'Kontaktlærer snakket med eleven og med elev A 14.09.' });
    expect(docText(emu, heard.url!)).toContain(
      'Hva undersøkelsen viste (hvem som er hørt, hvordan): Kontaktlærer snakket med eleven og med elev A 14.09.',
    );
  });

  it('hears the student, or says why not, and always assesses the student’s best interests (A2)', () => {
    const emu = caseWithMeasures();
    const unheard = planRequest(emu, { elevensBeskrivelse: '  ', ikkeHort: '' });
    expect(submitPlan(emu, unheard).message).toContain('§ 10-1');
    expect(submitPlan(emu, { ...planRequest(emu), barnetsBeste: ' ' }).message).toContain('§ 10-2');
    expect(files(emu, 'Aktivitetsplan')).toHaveLength(0);

    const plan = makePlan(emu, { elevensBeskrivelse: '', ikkeHort: 'Eleven er syk, foresatte er hørt.' });
    expect(docText(emu, plan.url!)).toContain('Eleven er ikke hørt fordi: Eleven er syk, foresatte er hørt.');
  });

  it('saves the plan and its PDF in a folder named by the case number, and the register follows', () => {
    const emu = caseWithMeasures();
    const result = makePlan(emu);
    const folder = files(emu, '2026-001');
    expect(folder).toHaveLength(1);
    const inFolder = [...emu.docs.driveStore.items.values()].filter((i) => i.parents.includes(folder[0]!.id));
    expect(inFolder.map((i) => i.name).sort()).toEqual([
      'Aktivitetsplan 2026-001 v1',
      'Aktivitetsplan 2026-001 v1.pdf',
    ]);
    for (const name of inFolder.map((i) => i.name)) expect(name).not.toMatch(/Ola|Nordmann/);

    const saker = emu.spreadsheet._sheetByName('Saker')!;
    const header = saker.getRange(1, 1, 1, saker.getLastColumn()).getValues()[0]!;
    const link = saker.getRange(2, header.indexOf('Aktivitetsplan') + 1).getFormula();
    expect(link).toBe(`=HYPERLINK("${result.url}","Aktivitetsplan v1")`);
    expect(cases(emu)[0]!['Status']).toBe('Aktivitetsplan');
    expect(shown(emu, 'Saker', 'Plan iverksatt')).toBe('14.09.2026');
    expect(shown(emu, 'Saker', 'Neste evaluering')).toBe('12.10.2026');

    const made = logRows(emu).find((r) => r['Hendelse'] === 'Aktivitetsplan laget')!;
    expect(made['Delplikt']).toBe('tiltak');
    expect(made['Detaljer']).toContain(`Aktivitetsplan 2026-001 v1: ${result.url}`);
    expect(made['Detaljer']).toContain('Anonymitetskontroll: ingen navn på andre elever funnet.');
    expect(made['Detaljer']).not.toMatch(/Ola|Nordmann/);
  });

  it('shares the plan, not the case folder: the people on the case get what their task needs (D4)', () => {
    const emu = caseWithMeasures();
    viaDialog(emu, 'Sett ansvarlig …', { other: 'kontaktlarer@skole.no' });
    const plan = makePlan(emu);
    const folder = files(emu, '2026-001')[0]!;
    // The case folder is the leadership's: it holds the documentation and any notice to skoleeier.
    expect([...folder.editors]).toEqual([]);
    expect([...folder.viewers]).toEqual([]);
    const doc = emu.docs.driveStore.items.get(docId(plan.url!))!;
    const pdf = files(emu, 'Aktivitetsplan 2026-001 v1.pdf')[0]!;
    for (const f of [doc, pdf]) {
      expect([...f.editors]).toEqual(['kontaktlarer@skole.no']);
      expect([...f.viewers]).toEqual(['sosiallarer@skole.no']);
    }
    expect(
      logRows(emu)
        .filter((r) => r['Hendelse'] === 'Deling av dokumenter endret')
        .map((r) => r['Detaljer']),
    ).toEqual(['Kan redigere: kontaktlarer@skole.no. Kan lese: sosiallarer@skole.no.']);

    // The documentation, with the reporter and the whole log, is shared with no one.
    emu.select('Saker', 'A2');
    emu.clickMenu('Lag dokumentasjon');
    const documentation = files(emu, 'Dokumentasjon av aktivitetsplikten 2026-001')[0]!;
    expect([...documentation.editors, ...documentation.viewers]).toEqual([]);

    // A new responsible person: the plan follows at once, and the change is logged.
    // The former one still carries out a measure, and so may still read it.
    viaDialog(emu, 'Sett ansvarlig …', { other: 'ny.larer@skole.no' });
    expect([...doc.editors]).toEqual(['ny.larer@skole.no']);
    expect([...doc.viewers].sort()).toEqual(['kontaktlarer@skole.no', 'sosiallarer@skole.no']);
    expect(
      logRows(emu)
        .filter((r) => r['Hendelse'] === 'Deling av dokumenter endret')
        .at(-1)!['Detaljer'],
    ).toBe('Kan redigere: ny.larer@skole.no. Kan lese: kontaktlarer@skole.no.');
    // Someone given a measure later reads the plan from then on.
    addMeasure(emu, 'Samtale med helsesykepleier', 'individ', 'helse@skole.no');
    expect([...doc.viewers].sort()).toEqual([
      'helse@skole.no',
      'kontaktlarer@skole.no',
      'sosiallarer@skole.no',
    ]);
  });

  it('shares nothing by itself in a case about someone who works at the school (§ 12-5)', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers({ 'Gjelder det en ansatt som krenker en elev?': 'Ja' }), { email: STAFF });
    investigated(emu);
    addMeasure(emu, 'Fast voksen i friminuttene', 'individ', 'kontaktlarer@skole.no');
    emu.select('Saker', 'A2');
    const plan = makePlan(emu);
    const doc = emu.docs.driveStore.items.get(docId(plan.url!))!;
    expect([...doc.editors, ...doc.viewers]).toEqual([]);
    expect(plan.message).toContain('ikke delt');
  });

  it('writes text typed by users literally, even when it looks like a placeholder or a replacement', () => {
    const emu = caseWithMeasures();
    addMeasure(emu, 'Tiltak {{Saksnr}} med \\ og $0');
    emu.select('Saker', 'A2');
    const typed = 'Eleven skrev {{Elev}} og $1 og \\ og {{#hvis Merknader}} og {{Tiltak.Nivå}} og \\$2.';
    const result = makePlan(emu, { problem: typed, merknader: 'Pris: $& og \\1' });
    const text = docText(emu, result.url!);
    expect(text).toContain(typed);
    expect(text).toContain('Pris: $& og \\1');
    expect(text).toContain('Tiltak {{Saksnr}} med \\ og $0');
    expect(text).toContain('Andre opplysninger');
  });

  it('a second click makes version 2, and a dialog submitted twice makes one plan', () => {
    const emu = caseWithMeasures();
    const request = planRequest(emu);
    const first = submitPlan(emu, request);
    const again = submitPlan(emu, request);
    expect(again.status).toBe('done');
    expect(again.url).toBe(first.url);
    expect(files(emu, 'Aktivitetsplan 2026-001')).toHaveLength(2); // the Doc and its PDF

    emu.env.setNow('2026-09-21T09:00:00+02:00');
    const second = makePlan(emu, { evalueringsdato: '2026-10-19' });
    expect(second.title).toBe('Aktivitetsplan 2026-001 v2');
    expect(docText(emu, second.url!)).toContain('Denne planen erstatter aktivitetsplanen datert 14.09.2026.');
    expect(files(emu, 'Aktivitetsplan 2026-001 v2')).toHaveLength(2);
    const saker = emu.spreadsheet._sheetByName('Saker')!;
    const header = saker.getRange(1, 1, 1, saker.getLastColumn()).getValues()[0]!;
    expect(saker.getRange(2, header.indexOf('Aktivitetsplan') + 1).getDisplayValue()).toBe(
      'Aktivitetsplan v2',
    );
    expect(shown(emu, 'Saker', 'Neste evaluering')).toBe('19.10.2026');
    expect(logRows(emu).filter((r) => r['Hendelse'] === 'Aktivitetsplan laget')).toHaveLength(2);
  });

  it('finds other students’ names and replaces them with «elev A» when the user chooses to', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers({ 'Elevens navn': 'Per Hansen', Klasse: '5A' }), { email: STAFF });
    emu.submitForm(answers({ 'Hva har skjedd?': 'Jonas Berg sier at ingen skal være med Ola.' }), {
      email: STAFF,
    });
    investigated(emu, 3);
    addMeasure(emu, 'Per Hansen og eleven skal ikke være alene sammen');
    emu.select('Saker', 'A3');
    const request = planRequest(emu, { problem: 'Per Hansen og Jonas stenger Ola ute.' });
    const asked = submitPlan(emu, request);
    expect(asked.status).toBe('names');
    expect(asked.names).toEqual([
      { name: 'Per Hansen', suggestion: 'elev A' },
      { name: 'Jonas', suggestion: 'elev B' },
    ]);
    expect(files(emu, 'Aktivitetsplan')).toHaveLength(0);

    const result = submitPlan(emu, { ...request, anonymity: 'replace' });
    expect(result.status).toBe('done');
    const text = docText(emu, result.url!);
    expect(text).not.toMatch(/Per|Hansen|Jonas/);
    expect(text).toContain('Elev A og elev B stenger Ola ute.');
    expect(text).toContain('Elev A og eleven skal ikke være alene sammen');
    const made = logRows(emu).find((r) => r['Hendelse'] === 'Aktivitetsplan laget')!;
    expect(made['Detaljer']).toContain(
      'Anonymitetskontroll: 2 navn på andre elever erstattet med «elev A», «elev B».',
    );
    expect(made['Detaljer']).not.toMatch(/Per|Jonas/);
  });

  it('keeps the names when the user deliberately chooses to, and logs the choice', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers({ 'Elevens navn': 'Per Hansen' }), { email: STAFF });
    emu.submitForm(answers(), { email: STAFF });
    investigated(emu, 3);
    addMeasure(emu, 'Fast voksen');
    emu.select('Saker', 'A3');
    const request = planRequest(emu, { problem: 'Per Hansen stenger Ola ute.' });
    const result = submitPlan(emu, { ...request, anonymity: 'keep' });
    expect(result.status).toBe('done');
    const text = docText(emu, result.url!);
    expect(text).toContain('Per Hansen stenger Ola ute.');
    // The plan no longer claims that other students are not named (A6).
    expect(text).not.toContain('nevnes ikke andre elever med navn');
    expect(text).not.toContain('\nAndre elever\n');
    expect(logRows(emu).find((r) => r['Hendelse'] === 'Aktivitetsplan laget')!['Detaljer']).toContain(
      '1 mulige navn på andre elever beholdt etter bevisst valg',
    );
  });

  it('an edited template with an unknown placeholder gives a clear message naming it, and makes nothing', () => {
    const emu = caseWithMeasures();
    const template = files(emu, 'Mal – Aktivitetsplan')[0]!;
    emu.docs.docStore.savedBody(template.id)!.appendParagraph('Kontaktlærer: {{Kontaktlærer}}');
    const result = submitPlan(emu, planRequest(emu));
    expect(result.status).toBe('error');
    expect(result.message).toContain('{{Kontaktlærer}}');
    expect(result.message).toContain('Skolemiljø ikke kjenner');
    expect(result.message).toContain('Det ble ikke laget noe dokument.');
    expect(files(emu, 'Aktivitetsplan 2026-001')).toHaveLength(0);
    expect(logRows(emu).some((r) => r['Hendelse'] === 'Aktivitetsplan laget')).toBe(false);
    expect(cases(emu)[0]!['Status']).toBe('Undersøkes');

    // Fixed: the school's own wording is used, and the number is not used up.
    const body = emu.docs.docStore.savedBody(template.id)!;
    body.getParagraphs().at(-1)!.setText('Skolens egen avslutning.');
    const result2 = makePlan(emu);
    expect(result2.title).toBe('Aktivitetsplan 2026-001 v1');
    expect(docText(emu, result2.url!)).toContain('Skolens egen avslutning.');
  });

  it('still fills a template where the school put a line break inside a paragraph', () => {
    const emu = caseWithMeasures();
    const template = files(emu, 'Mal – Aktivitetsplan')[0]!;
    const body = emu.docs.docStore.savedBody(template.id)!;
    body.insertParagraph(1, 'Saksnummer:\n{{Saksnr}}');
    emu.env.calls.reset();
    const result = makePlan(emu);
    // The body's text had one line more than the body has paragraphs: each paragraph was read instead.
    expect(emu.env.calls.total('Paragraph.getText')).toBeGreaterThan(50);
    const text = docText(emu, result.url!);
    expect(text).toContain('Saksnummer:\n2026-001');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).not.toContain('Denne planen erstatter');
  });

  it('uses the nynorsk templates when the school chooses nynorsk', () => {
    const emu = caseWithMeasures({ ...SCHOOL, Språk: 'nynorsk' });
    expect(files(emu, 'Mal – Aktivitetsplan (nynorsk)')).toHaveLength(1);
    emu.clickMenu('Lag aktivitetsplan');
    expect(emu.sheets.ui.shown.at(-1)!.html).not.toContain('Hvilket problem');
    expect(
      String(dialogData(emu)['labels'] && (dialogData(emu)['labels'] as Record<string, string>)['problem']),
    ).toBe('Kva problem skal tiltaka løyse?');
    const result = makePlan(emu);
    const text = docText(emu, result.url!);
    for (const point of NN_POINTS) expect(text).toContain(point);
    expect(text).toContain('Ansvarleg for planen');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(result.message).toContain('er laga i saksmappa');
  });

  it('refuses a case not yet investigated, and a case without measures', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers(), { email: STAFF });
    emu.select('Saker', 'A2');
    emu.clickMenu('Lag aktivitetsplan');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('ikke undersøkt ennå');
    investigated(emu);
    const shownBefore = emu.sheets.ui.shown.length;
    emu.clickMenu('Lag aktivitetsplan');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('har ingen tiltak ennå');
    expect(emu.sheets.ui.shown).toHaveLength(shownBefore);
  });

  it('refuses what the client should not send', () => {
    const emu = caseWithMeasures();
    const request = planRequest(emu);
    expect(submitPlan(emu, { ...request, pdf: 'yes' }).message).toContain('kom ikke fram');
    expect(submitPlan(emu, { ...request, problem: '  ' }).message).toContain('Skriv hvilket problem');
    expect(submitPlan(emu, { ...request, evalueringsdato: '2026-09-01' }).message).toContain(
      'har allerede vært',
    );
    expect(files(emu, 'Aktivitetsplan')).toHaveLength(0);
  });

  it('costs at most 90 service calls for a plan with 10 measures (95 for the first), whatever the size of the register', () => {
    const cost = (otherCases: number) => {
      const emu = school(NOW, SCHOOL);
      emu.submitForm(answers(), { email: STAFF });
      if (otherCases > 0) {
        const saker = emu.spreadsheet._sheetByName('Saker')!;
        const row = saker.getRange(2, 1, 1, saker.getLastColumn()).getValues()[0]!;
        const rows = Array.from({ length: otherCases }, (_, k) =>
          row.map((v, c) =>
            c === 0 ? `2025-${String(k + 1).padStart(3, '0')}` : c === 4 ? `Elev ${k} Etternavn` : v,
          ),
        );
        saker.insertRowsAfter(saker.getMaxRows(), otherCases);
        saker.getRange(3, 1, otherCases, row.length).setValues(rows);
      }
      investigated(emu);
      viaDialog(emu, 'Sett ansvarlig …', { other: 'kontaktlarer@skole.no' });
      for (let i = 0; i < 10; i++) addMeasure(emu, `Tiltak nummer ${i + 1}`, 'gruppe', `larer${i}@skole.no`);
      emu.select('Saker', 'A2');
      const measure = () => {
        const request = planRequest(emu);
        emu.env.calls.reset();
        const result = submitPlan(emu, request);
        expect(result.status).toBe('done');
        return { total: emu.env.calls.total(), byService: emu.env.calls.byService() };
      };
      // The first plan of a case also makes and shares its folder and moves its status.
      const first = measure();
      emu.env.setNow('2026-09-21T09:00:00+02:00');
      return { first, second: measure() };
    };
    const small = cost(0);
    const large = cost(1000);
    // The journal that makes the plan safe to retry and the register's targeted reads cost ~15 calls more
    // than a whole-register read did, and move a few hundred cells instead of the whole register. Need to
    // know (D4) and names (D3) cost ~8 more: the plan and its PDF are shared file by file (every version),
    // not once through the folder, and «Personale» is read.
    // The first plan of a case also makes its folder (3 calls), no longer made when a measure is added.
    // A document is made once (a leftover of the same name is searched for first, 2 calls), and the
    // register writes only the cells that change, so a person's edit of another cell of the case survives
    // (the status, the plan's cells and the warning dates: three writes, not a re-read and one write).
    expect(small.second.total).toBeLessThanOrEqual(90);
    // The first plan looks its folder up by name before making it (2 calls), so a run that died between
    // making the folder and saving its id does not split the case over two folders.
    expect(small.first.total).toBeLessThanOrEqual(100);
    expect(large.first.total).toBe(small.first.total);
    expect(large.second.total).toBe(small.second.total);
  });
});

/** A case with a plan in place (status «Aktivitetsplan»). */
function caseWithPlan() {
  const emu = caseWithMeasures();
  makePlan(emu);
  emu.env.setNow('2026-10-12T13:00:00+02:00');
  return emu;
}

function evaluationRequest(emu: Emu, overrides: Record<string, unknown> = {}) {
  emu.select('Saker', 'A2');
  emu.clickMenu('Lag evaluering');
  const data = dialogData(emu);
  const measures = data['measures'] as { row: number; tiltak: string }[];
  return {
    saksnr: data.saksnr,
    requestId: data.requestId,
    date: '2026-10-12',
    deltakere: 'Eleven, mor, kontaktlærer',
    elevensOpplevelse: 'Det er bedre nå, men jeg er fortsatt alene noen ganger.',
    foresattesSyn: 'Ser framgang.',
    decisions: measures.map((m, k) => ({
      row: m.row,
      tiltak: m.tiltak,
      verdict: k === 0 ? 'videreføre' : k === 1 ? 'endre' : 'avslutte',
      kommentar: k === 1 ? 'Oftere' : '',
    })),
    newMeasures: [{ tiltak: 'Vennegruppe', niva: 'gruppe', hvem: 'helsesykepleier@skole.no' }],
    problemetLost: 'delvis',
    begrunnelse: 'Eleven har fått én venn.',
    konklusjon: 'videreføre',
    nesteEvaluering: '2026-11-09',
    eksternHjelp: [],
    eksternHjelpKommentar: '',
    oppfolging: '',
    pdf: true,
    ...overrides,
  };
}

const submitEvaluation = (emu: Emu, req: Record<string, unknown>) =>
  emu.callFromClient<Result>('submitEvaluationDialog', req);

describe('Lag evaluering', () => {
  it('records the student’s experience and a verdict per measure, and sets the next evaluation', () => {
    const emu = caseWithPlan();
    const result = submitEvaluation(emu, evaluationRequest(emu));
    expect(result.status, result.message).toBe('done');
    expect(result.title).toBe('Evaluering av aktivitetsplan 2026-001 v1');
    const text = docText(emu, result.url!);
    expect(text).toContain('Det er bedre nå, men jeg er fortsatt alene noen ganger.');
    expect(text).toContain('Aktivitetsplan datert: 14.09.2026');
    expect(text).toContain('Videreføres');
    expect(text).toContain('Endres');
    expect(text).toContain('Avsluttes');
    expect(text).toContain('Nytt tiltak');
    expect(text).toContain('Neste evaluering: 09.11.2026');
    expect(text).toContain('Ikke behov nå');
    expect(text).not.toMatch(/\{\{|\}\}/);

    const measures = sheetRecords(emu, 'Tiltak');
    expect(measures.map((m) => m['Status'])).toEqual(['Pågår', 'Endret', 'Avsluttet', 'Planlagt']);
    expect(measures[1]!['Vurdering']).toBe('12.10.2026: Endres. Oftere');
    expect(measures[3]).toMatchObject({ Saksnr: '2026-001', Tiltak: 'Vennegruppe', Nivå: 'gruppe' });
    expect(shown(emu, 'Tiltak', 'Evalueres', 0)).toBe('09.11.2026');
    expect(shown(emu, 'Tiltak', 'Til', 2)).toBe('12.10.2026');

    expect(cases(emu)[0]!['Status']).toBe('Evalueres');
    expect(shown(emu, 'Saker', 'Sist evaluert')).toBe('12.10.2026');
    expect(shown(emu, 'Saker', 'Neste evaluering')).toBe('09.11.2026');
    const log = logRows(emu);
    expect(log.find((r) => r['Hendelse'] === 'Evaluering laget')!['Delplikt']).toBe('evaluering');
    expect(log.find((r) => r['Hendelse'] === 'Tiltak vurdert')!['Detaljer']).toBe(
      '3 tiltak vurdert: 1 videreføres, 1 endres, 1 avsluttes. 1 nye tiltak.',
    );
  });

  it('closes the case when the student feels safe', () => {
    const emu = caseWithPlan();
    const result = submitEvaluation(
      emu,
      evaluationRequest(emu, {
        konklusjon: 'avslutte',
        problemetLost: 'ja',
        elevensOpplevelse: 'Jeg har det bra nå.',
        oppfolging: 'Kontaktlærer har en samtale med eleven om en måned.',
        newMeasures: [],
      }),
    );
    expect(result.status, result.message).toBe('done');
    expect(result.message).toContain('er avsluttet fordi eleven opplever skolemiljøet som trygt og godt');
    expect(cases(emu)[0]).toMatchObject({
      Status: 'Avsluttet',
      Avslutningsgrunn: 'Evaluering 12.10.2026: eleven opplever skolemiljøet som trygt og godt.',
      'Neste evaluering': '',
    });
    const text = docText(emu, result.url!);
    expect(text).toContain('Planen avsluttes.');
    expect(text).toContain('Kontaktlærer har en samtale med eleven om en måned.');
  });

  it('closes an unsolved case only with a reason, and keeps that reason (R5)', () => {
    const emu = caseWithPlan();
    const unsolved = { konklusjon: 'avslutte', problemetLost: 'nei', newMeasures: [] };
    const refused = submitEvaluation(emu, evaluationRequest(emu, { ...unsolved, begrunnelse: ' ' }));
    expect(refused.status).toBe('error');
    expect(refused.message).toContain('Problemet er ikke løst, men saken skal avsluttes');
    expect(cases(emu)[0]!['Status']).not.toBe('Avsluttet');
    const result = submitEvaluation(
      emu,
      evaluationRequest(emu, { ...unsolved, begrunnelse: 'Eleven har flyttet og byttet skole.' }),
    );
    expect(result.status, result.message).toBe('done');
    expect(cases(emu)[0]).toMatchObject({
      Status: 'Avsluttet',
      Avslutningsgrunn: 'Evaluering 12.10.2026: Eleven har flyttet og byttet skole.',
    });
    expect(docText(emu, result.url!)).toContain('Eleven har flyttet og byttet skole.');
  });

  it('the daily digest follows the next evaluation', () => {
    const emu = caseWithPlan();
    submitEvaluation(emu, evaluationRequest(emu, { nesteEvaluering: '2026-10-19' }));
    emu.env.setNow('2026-10-21T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 21.10.2026'))!;
    expect(digest.body).toContain('Sak 2026-001: evaluering, frist 19.10.2026');
  });

  it('refuses a case without a plan', () => {
    const emu = caseWithMeasures();
    emu.clickMenu('Lag evaluering');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('har ingen aktivitetsplan å evaluere');
  });

  it('notices measures changed while the dialog was open', () => {
    const emu = caseWithPlan();
    const request = evaluationRequest(emu);
    emu.spreadsheet._sheetByName('Tiltak')!.deleteRow(2);
    expect(submitEvaluation(emu, request).message).toContain('er endret mens vinduet var åpent');
  });
});

describe('Lag dokumentasjon', () => {
  it('asks before it names other students: replaced with «elev A», or kept on purpose and logged', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers({ 'Elevens navn': 'Jonas Berg' }), { email: STAFF });
    emu.submitForm(answers({ 'Hva har skjedd?': 'Jonas Berg og to andre holder Ola utenfor.' }), {
      email: STAFF,
    });
    emu.select('Saker', 'A3');
    const dialogsBefore = emu.sheets.ui.shown.length;
    emu.clickMenu('Lag dokumentasjon');
    // A dialog, not a document: it lists the names and what they would become.
    expect(emu.sheets.ui.shown).toHaveLength(dialogsBefore + 1);
    const spec = lastForm(emu);
    expect(spec.action).toBe('documentation');
    expect(JSON.stringify(spec.fields)).toContain('Jonas Berg → elev A');
    expect(files(emu, 'Dokumentasjon av aktivitetsplikten')).toHaveLength(0);

    const replaced = submitForm(emu, { anonymity: 'replace' });
    expect(replaced.status).toBe('done');
    const text = docText(emu, /https:\/\/\S+/.exec(replaced.message)![0]);
    expect(text).toContain('Elev A og to andre holder Ola utenfor.');
    expect(text).not.toContain('Jonas');

    emu.env.setNow('2026-09-14T09:05:00+02:00');
    emu.clickMenu('Lag dokumentasjon');
    const kept = submitForm(emu, { anonymity: 'keep' });
    expect(docText(emu, /https:\/\/\S+/.exec(kept.message)![0])).toContain('Jonas Berg og to andre');
    expect(logRows(emu).at(-1)!['Detaljer']).toContain('beholdt etter bevisst valg');
  });

  it('lists every log event of the case under its sub-duty, in time order, with the plans made', () => {
    const emu = caseWithPlan();
    submitEvaluation(emu, evaluationRequest(emu));
    emu.env.setNow('2026-10-13T10:00:00+02:00');
    emu.select('Saker', 'A2');
    emu.clickMenu('Lag dokumentasjon');
    const message = shownMessage(emu);
    expect(message).toContain('«Dokumentasjon av aktivitetsplikten 2026-001 v1» er laget');
    const url = /https:\/\/\S+/.exec(message)![0];
    const text = docText(emu, url);
    expect(text).not.toMatch(/\{\{|\}\}/);

    const events = logRows(emu).filter(
      (r) => r['Saksnr'] === '2026-001' && r['Hendelse'] !== 'Dokumentasjon laget',
    );
    const order = ['Melde fra', 'Undersøke', 'Sette inn tiltak', 'Evaluere tiltakene'];
    const positions = order.map((h) => text.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const duty: Record<string, string> = {
      melde: 'Melde fra',
      undersøke: 'Undersøke',
      tiltak: 'Sette inn tiltak',
      evaluering: 'Evaluere tiltakene',
    };
    // Technical audit events stay in «Logg» but not in the documentation (D2).
    expect(events.some((e) => e['Hendelse'] === 'Deling av dokumenter endret')).toBe(true);
    expect(text).not.toContain('Deling av dokumenter endret');
    expect(text).not.toContain('Anonymitetskontroll');
    // No links into the school's Drive: the documents are attached as PDF (D10).
    expect(text).not.toMatch(/docs\.google\.com|\/edit/);
    expect(text).toContain('Dokumentene legges ved som PDF.');
    // «Hva saken gjelder» with labelled lines (D8).
    expect(text).toContain(
      'Når: Flere ganger siste uke\nHvor: Skolegården\nGrep inn: Inspiserende lærer snakket med gruppen.',
    );
    for (const e of events.filter((x) => x['Hendelse'] !== 'Deling av dokumenter endret')) {
      const heading = text.indexOf(`\n${duty[String(e['Delplikt'])]}\n`);
      const next = positions.find((p) => p > heading) ?? text.length;
      const at = text.indexOf(String(e['Hendelse']), heading);
      expect(at, `${e['Hendelse']} under ${e['Delplikt']}`).toBeGreaterThan(heading);
      expect(at).toBeLessThan(next === heading ? text.length : Math.max(next, at + 1));
    }
    // Within a sub-duty, time order: the measures were added before the plan.
    const tiltak = text.slice(text.indexOf('\nSette inn tiltak\n'), text.indexOf('\nEvaluere tiltakene\n'));
    expect(tiltak.indexOf('Tiltak lagt til')).toBeLessThan(tiltak.indexOf('Aktivitetsplan laget'));
    expect(text).toContain('Ikke registrert i Skolemiljø: følge med.');
    expect(text).toContain('Aktivitetsplan 2026-001 v1');
    expect(text).toContain('Evaluering av aktivitetsplan 2026-001 v1');
    expect(text).toContain('12.10.2026: Endres. Oftere');

    // The same click fired twice makes one document.
    emu.clickMenu('Lag dokumentasjon');
    expect(shownMessage(emu)).toContain('ble nettopp laget');
    expect(files(emu, 'Dokumentasjon av aktivitetsplikten 2026-001')).toHaveLength(2);
    emu.env.setNow('2026-10-13T10:05:00+02:00');
    emu.clickMenu('Lag dokumentasjon');
    expect(files(emu, 'Dokumentasjon av aktivitetsplikten 2026-001 v2')).toHaveLength(2);
  });
});

describe('Lag melding til skoleeier', () => {
  it('names no student: names in the text become «elev A» unless kept on purpose', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers({ 'Gjelder det en ansatt som krenker en elev?': 'Ja' }), { email: STAFF });
    emu.select('Saker', 'A2');
    // One form; § 12-5 adds the employee's role, whether told, immediate protection (D5); one left empty.
    const result = viaDialog(emu, 'Lag melding til skoleeier', {
      what: 'En ansatt skal ha tatt hardt tak i Ola i garderoben.',
      done: 'Rektor har snakket med eleven og den ansatte samme dag.',
      role: 'Assistent',
      protection: 'Den ansatte er ikke sammen med Ola inntil videre.',
    });
    expect(result.status).toBe('done');
    const message = result.status === 'done' ? result.message : '';
    expect(message).toContain('Melding til skoleeier 2026-001 v1');
    const text = docText(emu, result.status === 'done' ? result.url! : '');
    expect(text).toContain('Melding til skoleeier – sak 2026-001');
    expect(text).toContain('Skjerpet plikt til å melde fra (opplæringslova § 12-5)');
    expect(text).toContain('En ansatt skal ha tatt hardt tak i elev A i garderoben.');
    expect(text).toContain('Den ansattes rolle\nAssistent');
    expect(text).not.toContain('Er den ansatte informert?');
    expect(text).toContain(
      'Strakstiltak for å beskytte eleven\nDen ansatte er ikke sammen med elev A inntil videre.',
    );
    expect(text).toContain('Opplysninger om eleven får skoleeier ved behov fra rektor');
    expect(text).not.toContain('Fordi saken gjelder noen i skolens ledelse');
    expect(text).not.toMatch(/Ola|Nordmann|5B/);
    const made = logRows(emu).find((r) => r['Hendelse'] === 'Melding til skoleeier laget')!;
    expect(made['Delplikt']).toBe('melde');
    expect(made['Detaljer']).toContain('erstattet med «elev A»');
  });
});

describe('Lag evaluering av tiltaksplan', () => {
  it('makes «Evaluering av tiltaksplan <skoleår>» with every row under its level', () => {
    const emu = school('2027-06-10T09:00:00+02:00', SCHOOL);
    const rows = sheetRecords(emu, 'Tiltaksplan');
    expect(rows.length).toBeGreaterThan(0);
    const result = viaDialog(emu, 'Lag evaluering av tiltaksplan', {
      deltakere: 'Ressursteamet',
      oppsummering: 'Et godt år.',
    });
    const message = result.message;
    expect(message).toContain('«Evaluering av tiltaksplan 2026–2027 v1» er laget');
    const text = docText(emu, /https:\/\/\S+/.exec(message)![0]);
    expect(text).toContain('Evaluering av tiltaksplan 2026–2027');
    expect(text).toContain('Evaluert av: Ressursteamet');
    expect(text).toContain('Et godt år.');
    expect(text).not.toMatch(/\{\{|\}\}/);
    const levels = ['Universelt nivå', 'Selektert nivå', 'Indikert nivå'].map((h) => text.indexOf(h));
    for (const row of rows) {
      const level = String(row['Nivå']);
      const heading = text.indexOf(`${level} nivå`);
      const next = levels.find((p) => p > heading) ?? text.length;
      const at = text.indexOf(String(row['Tiltak']).split('\n')[0]!, heading);
      expect(at, String(row['Tiltak'])).toBeGreaterThan(heading);
      expect(at).toBeLessThan(next);
    }
    expect(files(emu, 'Evaluering av tiltaksplan 2026–2027 v1')).toHaveLength(2);
  });
});
