// What leaves the school: the anonymised report (a new spreadsheet for the board and the municipality) and
// the figures in skoleeier's report sheet. Both are read back in full and searched for anything personal.
import { describe, expect, it } from 'vitest';
import { definitionalRelations, figureVariables, rowsFromSheet } from '../../src/domain/stats/anonymised';
import { leaks } from '../../src/domain/stats/suppression';
import type { FormResult } from '../../src/ui/contract';
import type { Emulator } from '../../tools/emulator/emulator';
import type { EmuSpreadsheet } from '../../tools/emulator/spreadsheet/spreadsheet';
import { autumn } from '../support/autumn';
import { sheetRecords } from '../support/bundle';
import { lastForm, submitForm } from '../support/dialogs';
import { answers, STAFF, school } from '../support/school';

/** Register columns that name or describe a person or what happened, and the case number. */
const PRIVATE = [
  'Saksnr',
  'Meldt av',
  'Mottatt av',
  'Elev',
  'Klasse',
  'Ansvarlig',
  'Avslutningsgrunn',
  'Hva har skjedd',
  'Når',
  'Hvor',
  'Har noen grepet inn',
  'Svar-id',
  'Aktivitetsplan',
];

/** Every value of those columns in the register (as text), long enough to mean something. */
function privateValues(emu: Emulator): string[] {
  const values = new Set<string>();
  for (const c of sheetRecords(emu, 'Saker'))
    for (const column of PRIVATE) {
      const v = String(c[column] ?? '').trim();
      if (v.length >= 2) values.add(v);
    }
  return [...values];
}

/** Everything a reader of a spreadsheet sees: its name, its tabs' names and every cell, as displayed. */
function everything(ss: EmuSpreadsheet): string {
  return [
    ss.getName(),
    ...ss._sheets.flatMap((s) => [s._name, ...s.getDataRange().getDisplayValues().flat()]),
  ].join('\n');
}

const DAY_DATE = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;

function expectNothingPersonal(emu: Emulator, text: string): void {
  const secrets = privateValues(emu);
  expect(secrets.length).toBeGreaterThan(20);
  for (const secret of secrets) expect(text, secret).not.toContain(secret);
  for (const reporter of ['kontaktlarer', 'helsesykepleier', STAFF]) expect(text).not.toContain(reporter);
  expect(text).not.toMatch(DAY_DATE);
}

function newSpreadsheets(emu: Emulator, before: ReadonlySet<string>): EmuSpreadsheet[] {
  return [...emu.sheets.byId.values()].filter((s) => !before.has(s._id));
}

/** «Lag anonymisert rapport …» as the rektor does it; returns the result and the spreadsheet it made. */
function makeReport(emu: Emulator, years: 'current' | 'all' = 'current') {
  const before = new Set(emu.sheets.byId.keys());
  emu.env.setNow('2026-11-20T10:00:00+01:00');
  emu.clickMenu('Lag anonymisert rapport …');
  const spec = lastForm(emu);
  const result = submitForm(emu, { years }) as Extract<FormResult, { status: 'done' }>;
  const made = newSpreadsheets(emu, before);
  expect(made).toHaveLength(1);
  return { spec, result, report: made[0]!, rows: made[0]!._sheets[0]!.getDataRange().getDisplayValues() };
}

/** Rows whose label (column A) is a count, not a percentage or a number of days. */
const isCount = (label: string) => !/prosent|median/i.test(label);

describe('the anonymised report (bokmål)', () => {
  const emu = autumn('nb');
  const { spec, result, report, rows } = makeReport(emu);

  it('is offered as a dialog that says what it contains, and ends in a link to the new spreadsheet', () => {
    expect(spec.intro).toContain('ingen navn, klasser, fritekst eller datoer');
    expect(spec.labels.submit).toBe('Lag rapporten');
    expect(result).toMatchObject({ status: 'done', linkText: 'Åpne rapporten', url: report.getUrl() });
    expect(report.getName()).toBe('Skolemiljø – anonymisert rapport – Skolemiljø – november 2026');
  });

  it('has the figures for the school year, in words a board member reads', () => {
    const labels = rows.map((r) => r[0]);
    expect(rows[0]![0]).toBe('Skolemiljø: anonymisert rapport');
    expect(labels).toContain('Tallene gjelder per november 2026.');
    expect(rows.find((r) => r[0] === 'Tall')).toEqual(['Tall', 'Skoleåret 2026–2027']);
    for (const label of [
      'Saker meldt i skoleåret',
      'Meldt i september',
      'Status nå: Aktivitetsplan',
      'Krenkelser',
      '§ 12-5: en ansatt har krenket en elev (bare antall)',
      'Starte undersøkelsen: frist holdt',
      'Aktivitetsplan på plass: prosent holdt',
      'Åpne, 31–90 dager siden melding',
    ])
      expect(labels).toContain(label);
  });

  it('shows every count from 1 to 4 as «<5», and hides the total that would give one away', () => {
    const counts = rows.slice(7).filter((r) => r[0] && r[1] !== undefined && isCount(r[0]));
    expect(counts.length).toBeGreaterThan(30);
    for (const [label, value] of counts) expect(['1', '2', '3', '4'], label).not.toContain(value);
    const value = (label: string) => rows.find((r) => r[0] === label)![1];
    // Four months of 1, 2, 1 and 1 case: with the year's total of 5 a reader could tell they are at most 2.
    expect(['Meldt i august', 'Meldt i september', 'Meldt i oktober', 'Meldt i november'].map(value)).toEqual(
      ['<5', '<5', '<5', '<5'],
    );
    expect(value('Saker meldt i skoleåret')).toBe('skjult');
    // The median is hidden below five plans, and with a hidden count the share is hidden too.
    expect(value('Median dager fra melding til aktivitetsplan')).toBe('skjult');
    expect(value('Starte undersøkelsen: prosent holdt')).toBe('skjult');
  });

  it('has no name, class, reporter, case number, free text or date finer than the month', () => {
    expectNothingPersonal(emu, everything(report));
  });

  it('is logged without personal data, and changes nothing in the school spreadsheet', () => {
    const last = sheetRecords(emu, 'Logg').at(-1)!;
    expect([last['Hendelse'], last['Detaljer']]).toEqual([
      'Anonymisert rapport laget',
      'Skoleår: 2026–2027. Bare anonymiserte tall.',
    ]);
  });
});

describe('the anonymised report (nynorsk)', () => {
  it('speaks nynorsk and keeps the same suppression', () => {
    const emu = autumn('nn');
    const { spec, result, report, rows } = makeReport(emu);
    expect(spec.intro).toContain('ingen namn, klassar, fritekst eller datoar');
    expect(result).toMatchObject({ status: 'done', linkText: 'Opne rapporten' });
    const labels = rows.map((r) => r[0]);
    for (const label of [
      'Tala gjeld per november 2026.',
      'Saker melde i skoleåret',
      'Meldt i september',
      'Status no: Undersøkes',
      'Krenkingar',
      'Starte undersøkinga: frist halden',
      'Opne, 8–30 dagar sidan melding',
    ])
      expect(labels).toContain(label);
    expect(rows.find((r) => r[0] === 'Tal')).toEqual(['Tal', 'Skoleåret 2026–2027']);
    expect(rows.find((r) => r[0] === 'Saker melde i skoleåret')![1]).toBe('skjult');
    for (const [label, value] of rows.slice(7).filter((r) => r[0] && isCount(r[0])))
      expect(['1', '2', '3', '4'], label).not.toContain(value);
    expectNothingPersonal(emu, everything(report));
  });
});

describe('the anonymised report over several school years', () => {
  it('has a column per school year, newest first, each suppressed on its own', () => {
    const emu = school('2026-03-02T08:00:00+01:00');
    for (const [i, when] of [
      '2026-03-09T10:00:00+01:00',
      '2026-03-10T10:00:00+01:00',
      '2026-04-14T10:00:00+02:00',
      '2026-05-05T10:00:00+02:00',
      '2026-05-06T10:00:00+02:00',
      '2026-06-01T10:00:00+02:00',
      '2026-09-01T10:00:00+02:00',
    ].entries()) {
      emu.env.setNow(when);
      emu.submitForm(answers({ 'Elevens navn': `Elev Nummer${i}`, Klasse: `${i + 1}C` }), { email: STAFF });
    }
    const { rows, report } = makeReport(emu, 'all');
    expect(rows.find((r) => r[0] === 'Tall')).toEqual(['Tall', 'Skoleåret 2026–2027', 'Skoleåret 2025–2026']);
    const reported = rows.find((r) => r[0] === 'Saker meldt i skoleåret')!;
    // Six cases last school year (an exact count above 4), one this year.
    // Six cases last school year in four months of 1–2: the total would give the months away, so it is hidden.
    expect(reported.slice(1)).toEqual(['<5', 'skjult']);
    // An exact count of five or more is shown as it is.
    expect(rows.find((r) => r[0] === 'Åpne saker (ved skoleårets slutt, eller nå)')![1]).toBe('7');
    expect(rows.find((r) => r[0] === 'Median dager fra melding til aktivitetsplan')!.slice(1)).toEqual([
      '–',
      '–',
    ]);
    expectNothingPersonal(emu, everything(report));
  });
});

/** The municipality's report sheet, as `provision` leaves it: a tab «Tall» with the waiting marker. */
function reportSheet(emu: Emulator): EmuSpreadsheet {
  const ss = emu.sheets.create('Skolemiljø – rapportark – Testskolen');
  ss.insertSheet('Tall');
  ss._sheetByName('Tall')!
    .getRange('A1:C1')
    .setValues([['skolemiljo-tall', 1, 'Venter på oppsett.']]);
  return ss;
}

/** What the municipality's tool writes into «Innstillinger». */
function setReportSheet(emu: Emulator, id: string): void {
  const settings = emu.spreadsheet._sheetByName('Innstillinger')!;
  const labels = settings
    .getDataRange()
    .getValues()
    .map((r) => String(r[0]));
  settings.getRange(labels.indexOf('Rapportark (id)') + 1, 2).setValue(`'${id}`);
}

function tall(ss: EmuSpreadsheet): unknown[][] {
  return ss._sheetByName('Tall')!.getRange('A1:C60').getValues();
}

describe('the school writes its figures for skoleeier (report sheet «Tall»)', () => {
  it('setUp writes them once even with zero cases: the municipality learns the school has set up', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const ss = reportSheet(emu);
    expect(rowsFromSheet(tall(ss)).kind).toBe('waiting');
    setReportSheet(emu, ss._id);
    emu.run('setUp');
    const read = rowsFromSheet(tall(ss));
    expect(read).toMatchObject({ kind: 'figures', version: '0.1' });
    if (read.kind !== 'figures') throw new Error('unreadable');
    expect(read.figures).toMatchObject({ schoolYear: 2026, asOfMonth: '2026-09', reported: 0, open: 0 });
    expect(tall(ss)[2]).toEqual(['per_maaned', 202609, 'Tallene gjelder per september 2026']);
  });

  it('the daily job writes the autumn’s figures; everything written there is anonymous', () => {
    const emu = autumn('nb');
    const ss = reportSheet(emu);
    setReportSheet(emu, ss._id);
    emu.env.setNow('2026-11-21T06:00:00+01:00');
    emu.runTimeTriggers();
    const values = tall(ss);
    const read = rowsFromSheet(values);
    expect(read.kind).toBe('figures');
    if (read.kind !== 'figures') throw new Error('unreadable');
    expect(read.figures.asOfMonth).toBe('2026-11');
    expect(read.figures.byMonth.slice(0, 4)).toEqual(['<5', '<5', '<5', '<5']);
    // No «<5» can be narrowed by a reader who knows how the figures add up.
    expect(leaks(figureVariables(read.figures), definitionalRelations())).toEqual([]);
    // Keys and labels are text, values numbers or «<5» / «skjult» / empty; no exact count from 1 to 4.
    for (const [key, value, label] of values) {
      expect(typeof key).toBe('string');
      expect(typeof label).toBe('string');
      if (key === 'versjon') expect(value).toBe('0.1');
      else
        expect(typeof value === 'number' || ['<5', 'skjult', ''].includes(value as string), String(key)).toBe(
          true,
        );
      if (typeof value === 'number' && !/andel|median|skoleaar|per_maaned|skolemiljo/.test(String(key)))
        expect([1, 2, 3, 4]).not.toContain(value);
    }
    expectNothingPersonal(emu, everything(ss));
  });

  it('writes at most once a day, skips a night with nothing new, and writes again when the figures change', () => {
    const emu = autumn('nb');
    const ss = reportSheet(emu);
    setReportSheet(emu, ss._id);
    const openings = (day: string) => {
      emu.env.setNow(`${day}T06:00:00+01:00`);
      emu.env.calls.reset();
      emu.runTimeTriggers();
      return emu.env.calls.snapshot()['SpreadsheetApp.openById'] ?? 0;
    };
    expect(openings('2026-11-21')).toBe(1);
    emu.env.setNow('2026-11-21T12:00:00+01:00');
    emu.clickMenu('Kjør daglige oppgaver nå');
    expect(openings('2026-11-22')).toBe(0);
    emu.env.setNow('2026-11-23T10:00:00+01:00');
    emu.submitForm(answers(), { email: STAFF });
    expect(openings('2026-11-24')).toBe(1);
    // Unchanged for a week: written again anyway, so a sheet tampered with is put right.
    for (const day of ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30']) expect(openings(day)).toBe(0);
    expect(openings('2026-12-01')).toBe(1);
  });

  it('a report sheet it cannot open is named in the rektor’s morning e-mail; the rest of the job runs', () => {
    const emu = autumn('nb');
    setReportSheet(emu, '1AbCdEfGhIjKlMnOpQrStUvWxYz-finnes-ikke');
    emu.env.setNow('2026-11-23T06:00:00+01:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.includes('frister passert'));
    expect(digest?.body).toContain('Skoleeiers rapportark kunne ikke skrives');
    const oversikt = emu.spreadsheet._sheetByName('Oversikt')!.getRange('B2').getDisplayValue();
    expect(oversikt).toBe('23.11.2026');
  });

  it('a nynorsk school writes the same layout (the keys are the contract, not the language)', () => {
    const emu = autumn('nn');
    const ss = reportSheet(emu);
    setReportSheet(emu, ss._id);
    emu.env.setNow('2026-11-21T06:00:00+01:00');
    emu.runTimeTriggers();
    const read = rowsFromSheet(tall(ss));
    expect(read.kind).toBe('figures');
    if (read.kind !== 'figures') throw new Error('unreadable');
    expect(read.figures.byCategory['Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)']).toBe(
      '<5',
    );
    expectNothingPersonal(emu, everything(ss));
  });
});
