/**
 * A person edits «Saker» while a job runs (issue 9, «Write back only the rows that changed»). The edit is
 * made at a chosen service call of the job's execution (`emu.faults.during`): just before each call the
 * job writes with, after it has read what it changes. It goes to another case (a row the job does not
 * change, between rows it does) and to a column the job does not change of a row it does change. Each
 * edit must survive the job, and the job's own changes must be written too.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { sheetRecords } from '../support/bundle';
import { submitForm } from '../support/dialogs';
import { answers, STAFF, school } from '../support/school';
import { NOW } from './jobs';

/** An edit a person types into a cell of «Saker». */
type Edit = { column: string; row: number; value: string };

interface Scenario {
  /** The school just before the job (cloned for every call the edit is made at). */
  base: Emulator;
  /** The handler of the execution the edit is made during. */
  handler: string;
  /** What happens before that execution (opening a dialog), and is not part of it. */
  before?(emu: Emulator): void;
  /** The job: runs the execution `handler`. */
  job(emu: Emulator): void;
  edits: readonly Edit[];
  /** The job's own effect, as a list of what is missing. */
  done(emu: Emulator, register: Record<string, unknown>[]): string[];
}

/** A school with `n` cases (rows 2 … n + 1), a minute apart, reported by a member of staff. */
function schoolWithCases(n: number): Emulator {
  const emu = school(NOW);
  for (let i = 0; i < n; i++) {
    emu.env.advance(60_000);
    emu.submitForm(answers({ 'Elevens navn': `Elev ${i + 1}` }), { email: STAFF });
  }
  return emu;
}

const WRITE = /^(Range\.set\w+|Sheet\.(appendRow|insert\w+|delete\w+)|Range\.clear\w*)$/;

/** The positions (1-based service calls) of the job's writes in its execution, from a clean run. */
function writes(s: Scenario): number[] {
  const clean = s.base.clone();
  s.before?.(clean);
  const from = clean.executions.length;
  s.job(clean);
  const run = clean.executions.slice(from).find((e) => e.handler === s.handler);
  if (!run) throw new Error(`No execution of ${s.handler}`);
  return run.calls.flatMap((c, i) => (WRITE.test(c) ? [i + 1] : []));
}

/** The A1 address of a column (by header) in a row of «Saker». */
function a1(emu: Emulator, header: string, row: number): string {
  let n = emu.spreadsheet._sheetByName('Saker')!._grid[0]!.findIndex((c) => c?.value === header) + 1;
  if (n < 1) throw new Error(`No column ${header}`);
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

/** Runs the job once per write, with the person's edits made just before it; returns what was lost. */
function lostEdits(s: Scenario): string[] {
  const positions = writes(s);
  expect(positions.length).toBeGreaterThan(0);
  const lost: string[] = [];
  for (const k of positions) {
    const emu = s.base.clone();
    s.before?.(emu);
    let made = false;
    emu.faults.during({
      call: k,
      run: () => {
        made = true;
        for (const e of s.edits) {
          const outcome = emu.edit('Saker', a1(emu, e.column, e.row), e.value);
          if (outcome.refused) lost.push(`before call ${k}: edit of row ${e.row} «${e.column}» refused`);
        }
      },
    });
    s.job(emu);
    if (!made) lost.push(`before call ${k}: the edit was never made`);
    const failed = emu.failedExecutions.map((e) => `${e.handler}: ${String(e.error)}`);
    if (failed.length > 0) lost.push(`before call ${k}: ${failed.join('; ')}`);
    const register = sheetRecords(emu, 'Saker');
    for (const e of s.edits)
      if (register[e.row - 2]?.[e.column] !== e.value)
        lost.push(
          `before call ${k}: row ${e.row} «${e.column}» is ${String(register[e.row - 2]?.[e.column])}`,
        );
    for (const missing of s.done(emu, register)) lost.push(`before call ${k}: ${missing}`);
  }
  return lost;
}

const NOTE = 'Rettet av rektor mens jobben gikk.';
const DERIVED = ['Frist undersøkelse', 'Varsel undersøkelse'];

/** The daily job with the deadlines of `rows` cleared by hand (pasted over, no trigger) to derive again. */
function dailyJob(rows: readonly number[], edits: readonly Edit[]): Scenario {
  const base = schoolWithCases(8);
  const sheet = base.spreadsheet._sheetByName('Saker')!;
  // The daily job derives them again, so it writes columns on both sides of ones it does not change.
  for (const header of DERIVED) {
    const column = sheet._grid[0]!.findIndex((c) => c?.value === header) + 1;
    for (const row of rows) sheet.getRange(row, column).setValue('');
  }
  base.env.setNow('2026-09-15T06:00:00+02:00');
  return {
    base,
    handler: 'runDailyJobs',
    job: (emu) => emu.runTimeTriggers(),
    edits,
    done: (_emu, register) =>
      rows.flatMap((row) =>
        DERIVED.filter((h) => !(register[row - 2]![h] instanceof Date)).map(
          (h) => `row ${row} «${h}» not derived`,
        ),
      ),
  };
}

/** Case 2026-004 (row 5) investigated: its status, the start of the investigation and a log row. */
function investigated(emu: Emulator, register: Record<string, unknown>[]): string[] {
  const missing: string[] = [];
  const row = register[3]!;
  if (row['Status'] !== 'Undersøkes') missing.push(`row 5 «Status» is ${String(row['Status'])}`);
  if (!(row['Undersøkelse startet'] instanceof Date)) missing.push('row 5 «Undersøkelse startet» not set');
  const logged = sheetRecords(emu, 'Logg').filter(
    (r) =>
      r['Saksnr'] === '2026-004' &&
      r['Hendelse'] === 'Status endret' &&
      r['Detaljer'] === 'Meldt → Undersøkes.',
  );
  if (logged.length !== 1) missing.push(`${logged.length} log rows of the status change`);
  return missing;
}

/** Edits to the case the job changes (row 5, columns it does not write) and to its neighbours. */
const AROUND_ROW_5: readonly Edit[] = [
  { column: 'Hva har skjedd', row: 5, value: NOTE },
  { column: 'Klasse', row: 5, value: '6A' },
  { column: 'Hva har skjedd', row: 4, value: NOTE },
  { column: 'Ansvarlig', row: 6, value: 'inspektor@skole.no' },
];

describe('a person edits «Saker» while a job runs, and nothing of theirs is lost', () => {
  it('the daily job: an edit to row 7, another case between two the job writes, survives', () => {
    const s = dailyJob(
      [6, 8],
      [
        { column: 'Hva har skjedd', row: 7, value: NOTE },
        { column: 'Ansvarlig', row: 7, value: 'inspektor@skole.no' },
      ],
    );
    expect(lostEdits(s)).toEqual([]);
  });

  it('the daily job: an edit to row 7 in a column the job does not change, while it changes row 7, survives', () => {
    const s = dailyJob([6, 7, 8], [{ column: 'Hva har skjedd', row: 7, value: NOTE }]);
    expect(lostEdits(s)).toEqual([]);
  });

  it('a status change by the menu dialog: edits to the case and its neighbours survive', () => {
    const base = schoolWithCases(6);
    base.select('Saker', 'A5');
    const s: Scenario = {
      base,
      handler: 'submitFormDialog',
      before: (emu) => emu.clickMenu('Endre status …'),
      job: (emu) => {
        const result = submitForm(emu, { status: 'Undersøkes' });
        if (result.status !== 'done') throw new Error(`Status not changed: ${result.message}`);
      },
      edits: AROUND_ROW_5,
      done: investigated,
    };
    expect(lostEdits(s)).toEqual([]);
  });

  it('a status change by the dropdown (onEdit): edits to the case and its neighbours survive', () => {
    const base = schoolWithCases(6);
    const s: Scenario = {
      base,
      handler: 'onEdit',
      job: (emu) => {
        const outcome = emu.edit('Saker', a1(emu, 'Status', 5), 'Undersøkes');
        if (outcome.refused) throw new Error(`Edit refused: ${outcome.message}`);
      },
      edits: AROUND_ROW_5,
      done: investigated,
    };
    expect(lostEdits(s)).toEqual([]);
  });

  it('intake: edits to the cases already there survive, and the new report is a case', () => {
    const base = schoolWithCases(3);
    const s: Scenario = {
      base,
      handler: 'onFormSubmit',
      job: (emu) => {
        emu.env.advance(60_000);
        emu.submitForm(answers({ 'Elevens navn': 'Kari Nordmann' }), { email: STAFF });
      },
      edits: [
        { column: 'Hva har skjedd', row: 4, value: NOTE },
        { column: 'Ansvarlig', row: 2, value: 'inspektor@skole.no' },
      ],
      done: (_emu, register) => {
        const added = register.filter((r) => r['Elev'] === 'Kari Nordmann');
        return added.length === 1 && register[3] === added[0]
          ? []
          : [`${added.length} new cases, on row 5 expected`];
      },
    };
    expect(lostEdits(s)).toEqual([]);
  });
});

describe('a person edits «Årshjul» while the daily job brings its dates and statuses up to date', () => {
  it('keeps the edit of an activity’s text, whichever write of the job it comes just before', () => {
    const base = school('2026-09-14T09:00:00+02:00');
    const sheet = base.spreadsheet._sheetByName('Årshjul')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const rows = sheet.getLastRow() - 1;
    expect(rows).toBeGreaterThan(5);
    // A month later: the job moves «Neste» and «Status» on many rows.
    base.env.setNow('2026-10-14T06:00:00+02:00');
    const clean = base.clone();
    const from = clean.executions.length;
    clean.runTimeTriggers();
    const run = clean.executions.slice(from).find((e) => e.handler === 'runDailyJobs')!;
    const positions = run.calls.flatMap((c, i) => (WRITE.test(c) ? [i + 1] : []));
    const column = header.indexOf('Aktivitet') + 1;
    const letter = String.fromCharCode(64 + column);
    const lost: string[] = [];
    for (const k of positions) {
      const emu = base.clone();
      emu.faults.during({
        call: k,
        run: () => {
          for (const row of [2, Math.floor(rows / 2) + 1, rows + 1])
            emu.edit('Årshjul', `${letter}${row}`, `${NOTE} (rad ${row})`);
        },
      });
      emu.runTimeTriggers();
      const now = emu.spreadsheet._sheetByName('Årshjul')!;
      for (const row of [2, Math.floor(rows / 2) + 1, rows + 1]) {
        const value = now.getRange(row, column).getValue();
        if (value !== `${NOTE} (rad ${row})`) lost.push(`before call ${k}: row ${row} is «${String(value)}»`);
      }
      const neste = now
        .getRange(2, header.indexOf('Neste') + 1, rows, 1)
        .getValues()
        .flat();
      if (!neste.some((v) => v instanceof Date)) lost.push(`before call ${k}: no «Neste» date written`);
    }
    expect(lost).toEqual([]);
  });
});
