import type { Emulator } from '../emulator/emulator';
import { submitForm } from '../scenarios/dialogs';
import { addPeople, TEST_STAFF } from '../scenarios/people';
import { prepareCaseWithMeasures } from '../scenarios/planScenario';
import { freshEmulator, type Measurement, measure } from './bench';
import { seedCases, seedPlans } from './seed';

export interface Scenario {
  name: string;
  run(existingCases: number): Measurement;
  /** A description of the broken budget, or null. */
  budget(existingCases: number, m: Measurement): string | null;
  /** The most cells the operation may read and write (values and formulas). */
  cells(existingCases: number): { read: number; written: number };
  /** Whether the calls must not grow with the register (checked across the sizes). Default true. */
  growsWithRegister?: boolean;
}

const REPORT = {
  'Din rolle': 'Ansatt',
  'Elevens navn': 'Bench Elev',
  Klasse: '5B',
  'Hva gjelder meldingen?': ['Mobbing'],
  'Gjelder det en ansatt som krenker en elev?': 'Nei',
  'Gjelder det noen i skolens ledelse?': 'Nei',
  'Hva har skjedd?': 'Målt i benken.',
};

/** A school set up on Monday 16 November 2026 with `n` cases already in the register. */
export function schoolWithCases(n: number): Emulator {
  const emu = freshEmulator('2026-11-16T08:00:00+01:00');
  emu.run('setUp');
  addPeople(emu, TEST_STAFF);
  seedCases(emu, n);
  return emu;
}

/** The sheet row of the newest case with `status`, and its «Status» cell (uncounted: read by the bench). */
function newestCase(emu: Emulator, status: string): { row: number; statusCell: string } {
  const sheet = emu.spreadsheet._sheetByName('Saker')!;
  const column = sheet._grid[0]!.findIndex((c) => c?.value === 'Status');
  let row = sheet._grid.length;
  while (row > 1 && sheet._grid[row - 1]?.[column]?.value !== status) row--;
  if (row < 2) throw new Error(`No case with status ${status}`);
  return { row, statusCell: `${String.fromCharCode(65 + column)}${row}` };
}

/** The municipality's report sheet for the school, and its id in «Innstillinger» (uncounted, as `provision` does). */
function withReportSheet(emu: Emulator): void {
  const report = emu.sheets.create('Rapportark');
  report.insertSheet('Tall');
  const settings = emu.spreadsheet._sheetByName('Innstillinger')!;
  const labels = settings
    ._range(1, 1, settings._lastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  emu.env.calls.enter('seed', () =>
    settings._range(labels.indexOf('Rapportark (id)') + 1, 2, 1, 1).setValues([[`'${report._id}`]]),
  );
  emu.env.calls.reset();
}

/**
 * An ordinary night's job, whatever the register's size: the calls do not grow with the cases (one read of
 * the register, the log, the overview; one write of each that changed). What it holds: the lock and the
 * properties (8), the protection check (4), the register (8), the form's responses (3), «Oversikt» and its
 * charts (7), «Logg» read whole for its chain and appended to (8), the digest (2), flush and release (3),
 * and the rest of the tasks' sheets. Was 40 before the log's chain, the dashboard and Statsforvalteren;
 * measured 51 (the two link columns are read apart, which saves ~40 cells a case).
 */
const DAILY = 55;
/** Cells a case in one read of the whole register: 85 columns' values and 2 link columns' formulas. */
const REGISTER_CELLS = 90;
/**
 * One form submission: ~43 calls of its own (lock, register header, two look-ups, the new row, the log,
 * the rektor's e-mail) and 3 per answered question, because the Forms service has no batch read of a
 * response (ItemResponse.getResponse, getItem, Item.getTitle each a call). The meldeskjema has 10.
 */
const INTAKE = 45 + 3 * 10;

export const scenarios: Scenario[] = [
  {
    name: 'intake (one form submission)',
    run(n) {
      const emu = schoolWithCases(n);
      return measure(emu, () => emu.submitForm(REPORT, { email: 'larer@skole.no' }));
    },
    budget: (_n, m) => (m.calls > INTAKE ? `${m.calls} calls > ${INTAKE}` : null),
    // The new case's row, the settings, the form's answers and the log: measured 242 read and 73 written
    // whatever the register's size (numbers and duplicates are found by TextFinder, no column moves).
    cells: () => ({ read: 300, written: 100 }),
  },
  {
    // An ordinary night: yesterday's run already brought the register's colours and dropdowns up to
    // the sheet's size, so today only deadlines, the overview and the digest cost anything.
    name: 'daily job',
    run(n) {
      const emu = schoolWithCases(n);
      emu.env.setNow('2026-11-17T06:00:00+01:00');
      emu.runTimeTriggers();
      emu.env.setNow('2026-11-18T06:00:00+01:00');
      return measure(emu, () => emu.runTimeTriggers());
    },
    budget: (n, m) => {
      if (m.calls > DAILY) return `${m.calls} calls > ${DAILY}`;
      // Node CPU of the emulator and the bundle over 10,000 rows × ~60 columns: guards against work per row
      // that grows faster than the register (it was 1.1 s before the absence columns, 1.7 s after).
      if (n >= 10_000 && m.cpuMs >= 3_000) return `${m.cpuMs.toFixed(0)} ms CPU ≥ 3000`;
      return null;
    },
    // The whole register read once: rows × (its columns' values and the two links' formulas), plus the
    // other sheets. The register is 85 columns wide since the absence routine and Statsforvalteren (about
    // 30 of them hidden dates the colours read), so REGISTER_CELLS a case; writes ~300 whatever the size.
    cells: (n) => ({ read: REGISTER_CELLS * (n + 1) + 1_500, written: 350 }),
  },
  {
    name: 'aktivitetsplan with 10 measures (first of the case, with PDF)',
    run(n) {
      const emu = schoolWithCases(n);
      const request = prepareCaseWithMeasures(emu, 10);
      return measure(emu, () => {
        const result = emu.callFromClient<{ status: string; message: string }>('submitPlanDialog', request);
        if (result.status !== 'done') throw new Error(`The plan was not made: ${result.message}`);
      });
    },
    // The first plan of a case: the folder looked up by name and made (5), leftovers searched for (2),
    // files shared one by one (D4), «Personale» read (D3). ≈16 s, mostly Docs and Drive.
    budget: (_n, m) => (m.calls > 100 ? `${m.calls} calls > 100` : null),
    // ≈ 3,400 of the case's row, its measures and the other sheets it needs, and the names check reads the
    // register's «Elev» column, one cell a case (measured n + 3,396); writes the case's changed cells and
    // the log (21).
    cells: (n) => ({ read: n + 4_000, written: 35 }),
  },
  {
    // Issue 5's budget: the register's budget plus at most 15 calls with a full årshjul and tiltaksplan,
    // late May (tiltaksplan evaluations due) and past the confirmation deadline, so every task has work.
    name: 'daily job, 200-row årshjul and 60-row tiltaksplan',
    run(n) {
      const emu = freshEmulator('2027-05-24T08:00:00+02:00');
      emu.run('setUp');
      seedCases(emu, n);
      seedPlans(emu, 200, 60);
      emu.env.setNow('2027-05-25T06:00:00+02:00');
      emu.runTimeTriggers();
      emu.env.setNow('2027-05-26T06:00:00+02:00');
      return measure(emu, () => emu.runTimeTriggers());
    },
    budget: (_n, m) => (m.calls > DAILY + 15 ? `${m.calls} calls > ${DAILY} + 15` : null),
    // The register once (43 a case, as the daily job) and the 200 + 60 plan rows (measured 43n + 4,896);
    // writes 2,062 whatever the register's size: the plans' changed rows as one full-width block, the overview.
    cells: (n) => ({ read: REGISTER_CELLS * (n + 1) + 6_000, written: 2_400 }),
  },
  {
    // Skoleeier's report sheet set: a week after the last write «Tall» is written again even if nothing
    // changed (openById, the tab, one write). Issue 13's budget: the daily job's plus 5 calls.
    name: 'daily job writing skoleeier report sheet',
    run(n) {
      const emu = schoolWithCases(n);
      withReportSheet(emu);
      emu.env.setNow('2026-11-17T06:00:00+01:00');
      emu.runTimeTriggers();
      emu.env.setNow('2026-11-24T06:00:00+01:00');
      return measure(emu, () => emu.runTimeTriggers());
    },
    budget: (n, m) => {
      if (m.calls > DAILY + 5) return `${m.calls} calls > ${DAILY} + 5`;
      if (n >= 10_000 && m.cpuMs >= 3_500) return `${m.cpuMs.toFixed(0)} ms CPU ≥ 3500`;
      return null;
    },
    // As the daily job (43 a case), and «Tall» written on the report sheet (measured 582 written).
    cells: (n) => ({ read: REGISTER_CELLS * (n + 1) + 1_500, written: 700 }),
  },
  {
    // The night after intake grew the sheet: the colour rules and dropdowns are re-laid over the new rows.
    // Rare (the sheet grows 100 rows at a time) and still a few seconds: each colour rule is built again
    // (≈7 builder calls for each of ~35 rules: deadlines, Statsforvalteren, the absence routine) and each
    // dropdown laid again over the new rows. Once per 100 new cases: a few times a year, ≈4 s.
    name: 'daily job, night after the register grew',
    run(n) {
      const emu = schoolWithCases(n);
      emu.env.setNow('2026-11-17T06:00:00+01:00');
      return measure(emu, () => emu.runTimeTriggers());
    },
    budget: (_n, m) => (m.calls > 300 ? `${m.calls} calls > 300` : null),
    // At 100 cases the register has not outgrown its formatted rows, so nothing is laid again.
    growsWithRegister: true,
    // The register once (43 a case); the seeded cases' deadlines and warnings brought up to date (one case
    // in ten or so), a column strip across the rows between (measured 354 / 792 / 6,140 written).
    cells: (n) => ({ read: REGISTER_CELLS * (n + 1) + 1_500, written: 300 + 0.7 * n }),
  },
  {
    name: 'status change, menu dialog',
    run(n) {
      const emu = schoolWithCases(n);
      emu.open('FULL');
      emu.select('Saker', `A${newestCase(emu, 'Meldt').row}`);
      return measure(emu, () => {
        emu.clickMenu('Endre status …');
        const result = submitForm(emu, { status: 'Undersøkes' });
        if (result.status !== 'done') throw new Error(`Status not changed: ${result.message}`);
      });
    },
    // Measured 54 (opening the dialog and saving it), whatever the register's size; a few calls of margin.
    budget: (_n, m) => (m.calls > 58 ? `${m.calls} calls > 58` : null),
    // One row of the register, the settings and the dialog's texts (measured 570 read, 12 written).
    cells: () => ({ read: 700, written: 20 }),
  },
  {
    name: 'status change, dropdown (onEdit)',
    run(n) {
      const emu = schoolWithCases(n);
      const { statusCell } = newestCase(emu, 'Meldt');
      return measure(emu, () => {
        const outcome = emu.edit('Saker', statusCell, 'Undersøkes');
        if (outcome.refused) throw new Error(`Edit refused: ${outcome.message}`);
      });
    },
    // Measured 43, whatever the register's size; a few calls of margin.
    budget: (_n, m) => (m.calls > 45 ? `${m.calls} calls > 45` : null),
    // The edited row and the settings (measured 286 read, 11 written).
    cells: () => ({ read: 350, written: 20 }),
  },
];
