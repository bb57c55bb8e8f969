import { describe, expect, it } from 'vitest';
import type { SidebarData } from '../../src/ui/contract';
import type { Emulator } from '../../tools/emulator/emulator';
import {
  ABSENCE_REPORT,
  absenceOverview,
  absenceStep,
  giveConsent,
  makeAgreement,
  newestCase,
  openFromSidebar,
} from '../../tools/scenarios/absence';
import { lastForm, pageJson, shownMessage, submitForm, viaDialog } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school, shown } from '../support/school';

const NOW = '2026-09-14T09:00:00+02:00'; // a Monday
const SCHOOL = { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' };

const docId = (url: string) => /\/d\/([^/]+)\//.exec(url)![1]!;
const docText = (emu: Emulator, url: string) => emu.docs.docStore.text(docId(url));

/** The background a person sees in a register cell, conditional formatting included. */
function colour(emu: Emulator, header: string, row = 2): string | null {
  const s = emu.spreadsheet._sheetByName('Saker')!;
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0] as string[];
  const col = headers.indexOf(header) + 1;
  const c = s._peek(row, col);
  const rule = s._rules.find((r) => r._matches(row, col, c?.value ?? '', s._display(c, row, col)));
  return rule?._spec.background ?? null;
}
const RED = '#f4cccc';
const AMBER = '#fff2cc';

function sidebar(emu: Emulator, row = 2): SidebarData {
  emu.select('Saker', `A${row}`);
  emu.run('menuShowCase');
  return pageJson<SidebarData>(emu.sheets.ui.shown.at(-1)!.html);
}

function absenceCase(settings: Record<string, string> = {}) {
  const emu = school(NOW, { ...SCHOOL, ...settings });
  emu.submitForm(ABSENCE_REPORT, { email: STAFF });
  const c = newestCase(emu);
  emu.select('Saker', `A${c.row}`);
  return { emu, c };
}

/** The link in the message of a menu action that made a document (an alert). */
function madeUrl(emu: Emulator, message?: string): string {
  const prompt = message ?? String(emu.sheets.ui.dialogs.at(-1)!.prompt);
  return /(https:\/\/docs\.google\.com\/document\/d\/[^/\s]+\/edit)/.exec(prompt)![1]!;
}

describe('worrying absence and school refusal: the absence routine beside chapter 12 (G8)', () => {
  it('starts from a concern in the category, with its own deadlines beside chapter 12’s', () => {
    const { emu } = absenceCase();
    expect(cases(emu)[0]).toMatchObject({ Fraværsrutine: 'Pågår', Status: 'Meldt' });
    expect(shown(emu, 'Saker', 'Fraværsrutine fra')).toBe('14.09.2026');
    // A meeting with the student and the parents within a week, the agreement within two (settings).
    expect(shown(emu, 'Saker', 'Frist møte med familien')).toBe('21.09.2026');
    expect(shown(emu, 'Saker', 'Frist samarbeidsavtale')).toBe('28.09.2026');
    // Chapter 12 runs too: is the student's school environment safe and good?
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('16.09.2026');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('21.09.2026');
    expect(logRows(emu).map((r) => r['Hendelse'])).toContain('Fraværsrutinen startet');

    const view = sidebar(emu).view!;
    expect(view.routine!.map((r) => r.label)).toEqual([
      'Oversikt over fraværet',
      'Kontakt med hjemmet',
      'Samtaler med helsesykepleier',
      'Skolemiljøet undersøkt',
      'Møte med eleven og foresatte',
      'Samarbeidsavtale',
      'PPT og skolevegringsteamet',
      'Neste oppfølging',
    ]);
    expect(view.routine![4]!.state).toBe('frist 21.09.2026');
    expect(view.deadlines.map((d) => d.label)).toEqual(
      expect.arrayContaining(['Møte med eleven og foresatte', 'Samarbeidsavtale']),
    );
    expect(view.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['absenceStep', 'agreement']));
    expect(view.actions.map((a) => a.id)).not.toContain('absenceRoute');
  });

  it('registers the routine’s steps in «Logg» under their sub-duty, and the register and sidebar follow', () => {
    const { emu, c } = absenceCase();
    expect(
      absenceOverview(emu, c, [0, 4], { subjects: 'kroppsøving, første time', extent: '9 dager' }),
    ).toMatchObject({ status: 'done' });
    expect(logRows(emu).at(-1)).toMatchObject({
      Delplikt: 'følge med',
      Hendelse: 'Fraværsrutinen: Oversikt over fraværet (ukedag og fag)',
      Detaljer:
        'Dato: 14.09.2026. Utført av: rektor@skole.no. Fraværsbilde: mest mandag, fredag; fag og timer: kroppsøving, første time; omfang: 9 dager.',
    });
    absenceStep(emu, c, 'kontakt-hjem', { note: 'Ringte mor.' });
    absenceStep(emu, c, 'helsesykepleier', { who: 'Helsesykepleier' });
    expect(sidebar(emu).view!.routine![2]!.state).toBe('1 av minst 2');
    absenceStep(emu, c, 'helsesykepleier', { who: 'Helsesykepleier' });
    const routine = sidebar(emu).view!.routine!;
    expect(routine[0]).toMatchObject({ state: 'gjort 14.09.2026', done: true });
    expect(routine[2]).toMatchObject({ state: '2 av minst 2', done: true });

    // The investigation of the school environment: safe and good, so no aktivitetsplan is due.
    expect(absenceStep(emu, c, 'skolemiljo', {})).toMatchObject({ status: 'error', field: 'finding' });
    absenceStep(emu, c, 'skolemiljo', { finding: 'Trygt og godt' });
    expect(cases(emu)[0]).toMatchObject({
      'Undersøkelsen viste': 'Trygt og godt',
      Status: 'Undersøkes',
      'Frist aktivitetsplan': '',
    });
    expect(logRows(emu).at(-1)!['Detaljer']).toContain('Status: Meldt → Undersøkes.');
    const steps = logRows(emu).filter((r) => String(r['Hendelse']).startsWith('Fraværsrutinen: '));
    expect(steps.map((r) => r['Delplikt'])).toEqual([
      'følge med',
      'undersøke',
      'undersøke',
      'undersøke',
      'undersøke',
    ]);

    // A date ahead is refused; PPT by name only with the family's consent.
    expect(absenceStep(emu, c, 'kontakt-hjem', { when: '2026-09-20' })).toMatchObject({
      status: 'error',
      field: 'when',
    });
    expect(absenceStep(emu, c, 'ppt', { named: 'navn' })).toMatchObject({
      status: 'error',
      field: 'named',
      message: expect.stringContaining('Foresatte har ikke samtykket'),
    });
    expect(absenceStep(emu, c, 'ppt', { named: 'anonym' })).toMatchObject({ status: 'done' });
    expect(sidebar(emu).view!.routine![6]!.state).toBe('anonymt 14.09.2026');
    giveConsent(emu, c, ['Skolevegringsteamet i PPT']);
    expect(absenceStep(emu, c, 'ppt', { named: 'navn' })).toMatchObject({ status: 'done' });
    expect(sidebar(emu).view!.routine![6]!.state).toBe('med samtykke 14.09.2026');
  });

  it('colours the meeting and the agreement red when passed, and the digest names them by case number', () => {
    const { emu } = absenceCase();
    emu.env.setNow('2026-09-17T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(colour(emu, 'Frist møte med familien')).toBe(AMBER);
    emu.env.setNow('2026-09-22T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(colour(emu, 'Frist møte med familien')).toBe(RED);
    expect(colour(emu, 'Saksnr')).toBe(RED);
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 22.09.2026'))!;
    expect(digest.body).toContain('Sak 2026-001: møte med eleven og foresatte (fravær), frist 21.09.2026');
    expect(digest.body).not.toMatch(/Nora|6A/);
  });

  it('makes the samarbeidsavtale from the overview, and the meeting, the agreement and the follow-up follow', () => {
    const { emu, c } = absenceCase();
    // Another student the register knows: the name check finds him in the agreement's text.
    emu.submitForm(answers({ 'Elevens navn': 'Per Hansen' }), { email: STAFF });
    emu.select('Saker', 'A2');
    absenceOverview(emu, c, [0], { subjects: 'kroppsøving' });
    openFromSidebar(emu, c.saksnr, c.row, 'agreement');
    const spec = lastForm(emu);
    expect(spec.labels.submit).toBe('Lag samarbeidsavtale');
    const pattern = spec.fields.find((f) => f.name === 'pattern');
    expect(pattern && 'value' in pattern && pattern.value).toBe('mest mandag; fag og timer: kroppsøving');
    expect(submitForm(emu, { participants: 'Mor', student: '' }, { spec })).toMatchObject({
      status: 'error',
      field: 'goal',
    });
    const made = makeAgreement(emu, c, { student: 'Mandagene er verst. Per Hansen i klassen er snill.' });
    expect(made).toMatchObject({ status: 'done', linkText: 'Samarbeidsavtale 2026-001 v1' });
    const text = docText(emu, (made as { url: string }).url);
    for (const part of [
      'Samarbeidsavtale',
      'Elev: Nora Fravær',
      'Fraværet slik det er nå',
      'mest mandag; fag og timer: kroppsøving',
      'Dette gjør skolen',
      'Dette gjør hjemmet',
      'Vi møtes igjen 28.09.2026',
      'ikke som vedlegg i vanlig e-post',
    ])
      expect(text).toContain(part);
    // Other students are not named in a document that goes home.
    expect(text).not.toContain('Per Hansen');
    expect(text).toContain('Elev A i klassen er snill');
    expect(cases(emu)[0]).toMatchObject({ Samarbeidsavtale: 'Samarbeidsavtale v1' });
    expect(shown(emu, 'Saker', 'Møte med familien')).toBe('14.09.2026');
    expect(shown(emu, 'Saker', 'Neste oppfølging')).toBe('28.09.2026');
    expect(logRows(emu).at(-1)).toMatchObject({ Delplikt: 'tiltak', Hendelse: 'Samarbeidsavtale laget' });

    // The follow-up is due on its date; a follow-up sets the next one.
    emu.env.setNow('2026-09-29T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(colour(emu, 'Neste oppfølging')).toBe(RED);
    expect(colour(emu, 'Frist møte med familien')).toBeNull();
    expect(colour(emu, 'Frist samarbeidsavtale')).toBeNull();
    emu.env.setNow('2026-09-29T10:00:00+02:00');
    expect(absenceStep(emu, c, 'oppfolging', { next: '2026-10-13', note: 'Mer til stede.' })).toMatchObject({
      status: 'done',
      message: 'Steget er registrert i loggen for sak 2026-001. Neste oppfølging: 13.10.2026.',
    });
    expect(shown(emu, 'Saker', 'Neste oppfølging')).toBe('13.10.2026');

    // The documentation has the routine's own chronology.
    emu.clickMenu('Lag dokumentasjon');
    const documentation = docText(emu, madeUrl(emu, shownMessage(emu)));
    expect(documentation).toContain('Fraværsrutinen');
    expect(documentation).toContain(
      'Saken følger også skolens rutine for bekymringsfullt fravær og skolevegring, ved siden av aktivitetsplikten: pågår, startet 14.09.2026.',
    );
    expect(documentation).toContain('Fraværsrutinen: Oppfølging av fraværet');
    expect(documentation).toContain('Samarbeidsavtale laget');

    // The routine ends with a reason; its deadlines stop.
    expect(absenceStep(emu, c, 'avslutt', {})).toMatchObject({ status: 'error', field: 'note' });
    absenceStep(emu, c, 'avslutt', { note: 'Nora har vært på skolen hver dag i fire uker.' });
    expect(cases(emu)[0]).toMatchObject({ Fraværsrutine: 'Avsluttet', 'Neste oppfølging': '' });
    expect(sidebar(emu).view!.actions.map((a) => a.id)).toContain('absenceRoute');
  });

  it('the samarbeidsavtale goes home: the contact person by name and role, the file shared with them (D3, D4)', () => {
    const { emu, c } = absenceCase();
    viaDialog(emu, 'Sett ansvarlig …', { other: 'ukjent@skole.no' });
    const pattern = { pattern: 'mest mandag' };
    expect(makeAgreement(emu, c, pattern)).toMatchObject({
      status: 'error',
      message: expect.stringContaining('ukjent@skole.no'),
    });
    expect(cases(emu)[0]!['Samarbeidsavtale']).toBe('');
    viaDialog(emu, 'Sett ansvarlig …', { other: 'kontaktlarer@skole.no' });
    const made = makeAgreement(emu, c, pattern) as { status: string; url: string };
    expect(made).toMatchObject({ status: 'done' });
    expect(docText(emu, made.url)).toContain('Kari Kontakt (kontaktlærer)');
    const doc = emu.docs.driveStore.items.get(docId(made.url))!;
    expect([...doc.editors]).toEqual(['kontaktlarer@skole.no']);
    // The case folder stays the leadership's.
    const store = emu.docs.driveStore;
    const folder = [...store.items.values()].find((i) => i.name === c.saksnr && !store.isTrashed(i))!;
    expect([...folder.editors, ...folder.viewers]).toEqual([]);
  });

  it('the rektor marks a case so: the routine is shown, with what Skolemiljø adds marked', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers(), { email: STAFF });
    emu.select('Saker', 'A2');
    expect(cases(emu)[0]!['Fraværsrutine']).toBe('');
    emu.clickMenu('Følg fraværsrutinen …');
    const spec = lastForm(emu);
    const info = spec.fields.find((f) => f.kind === 'info');
    const lines = (info && 'text' in info ? info.text : '').split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.filter((x) => x.includes('Skolemiljø'))).toHaveLength(4);
    expect(submitForm(emu, { from: '2026-09-21' }, { spec })).toMatchObject({
      status: 'error',
      field: 'from',
    });
    expect(submitForm(emu, { from: '2026-09-10' }, { spec })).toMatchObject({
      status: 'done',
      message:
        'Sak 2026-001 følger nå fraværsrutinen. Møte med eleven og foresatte innen 17.09.2026, samarbeidsavtale innen 24.09.2026.',
    });
    expect(cases(emu)[0]).toMatchObject({ Fraværsrutine: 'Pågår' });
    expect(shown(emu, 'Saker', 'Fraværsrutine fra')).toBe('10.09.2026');
    emu.clickMenu('Følg fraværsrutinen …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toBe('Sak 2026-001 følger allerede fraværsrutinen.');
    // A case outside the routine has no agreement to make.
    emu.submitForm(answers({ 'Elevens navn': 'Kari' }), { email: STAFF });
    emu.select('Saker', 'A3');
    emu.clickMenu('Lag samarbeidsavtale …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('følger ikke fraværsrutinen');
  });

  it('closing the case ends the routine with it', () => {
    const { emu } = absenceCase();
    viaDialog(emu, 'Avslutt saken …', { reason: 'Nora går på skolen igjen og har det trygt og godt.' });
    expect(cases(emu)[0]).toMatchObject({ Status: 'Avsluttet', Fraværsrutine: 'Avsluttet' });
  });
});

describe('a nynorsk school', () => {
  it('runs the absence routine, its log and the samarbeidsavtale in nynorsk', () => {
    const emu = school(NOW, { ...SCHOOL, Språk: 'nynorsk' });
    emu.submitForm(
      answersNn({
        'Hva gjelder meldingen?': ['Fravær eller skolevegring'],
        'Elevens navn': 'Nora Fravær',
        Klasse: '6A',
      }),
      { email: STAFF },
    );
    const c = newestCase(emu);
    emu.select('Saker', `A${c.row}`);
    expect(cases(emu)[0]).toMatchObject({ Fraværsrutine: 'Pågår', Kategori: 'Fravær eller skolevegring' });
    expect(logRows(emu).map((r) => r['Hendelse'])).toContain('Fråværsrutinen starta');

    openFromSidebar(emu, c.saksnr, c.row, 'absenceStep');
    const spec = lastForm(emu);
    expect(spec.lang).toBe('nn');
    const stepField = spec.fields.find((f) => f.name === 'step');
    expect(stepField && 'options' in stepField && stepField.options.map((o) => o.label)).toContain(
      'Oversikt over fråværet (vekedag og fag)',
    );
    absenceOverview(emu, c, [0, 4], { subjects: 'kroppsøving' });
    expect(logRows(emu).at(-1)).toMatchObject({
      Hendelse: 'Fråværsrutinen: Oversikt over fråværet (vekedag og fag)',
      Detaljer:
        'Dato: 14.09.2026. Utført av: rektor@skole.no. Fråværsbilete: mest måndag, fredag; fag og timar: kroppsøving.',
    });
    expect(absenceStep(emu, c, 'ppt', { named: 'navn' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Dei føresette har ikkje samtykt'),
    });
    const view = sidebar(emu).view!;
    expect(view.routine![0]).toMatchObject({ label: 'Oversikt over fråværet', state: 'gjort 14.09.2026' });
    expect(view.routine![4]!.label).toBe('Møte med eleven og føresette');

    const made = makeAgreement(emu, c, { home: 'Mor følgjer Nora til skolen.' });
    expect(made.status).toBe('done');
    const text = docText(emu, (made as { url: string }).url);
    for (const part of [
      'Fråværet slik det er no',
      'mest måndag, fredag; fag og timar: kroppsøving',
      'Dette gjer heimen',
      'Vi møtest igjen 28.09.2026',
      'ikkje som vedlegg i vanleg e-post',
    ])
      expect(text).toContain(part);
    expect(text).not.toMatch(/Fraværet slik|Dette gjør/);

    emu.clickMenu('Lag dokumentasjon');
    const documentation = docText(emu, madeUrl(emu, shownMessage(emu)));
    expect(documentation).toContain('Fråværsrutinen');
    expect(documentation).toContain('ved sida av aktivitetsplikta: pågår, starta 14.09.2026.');
  });
});
