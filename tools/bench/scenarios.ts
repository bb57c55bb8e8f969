import type { Emulator } from '../emulator/emulator';
import { submitForm } from '../scenarios/dialogs';
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

export const scenarios: Scenario[] = [
  {
    name: 'intake (one form submission)',
    run(n) {
      const emu = schoolWithCases(n);
      return measure(emu, () => emu.submitForm(REPORT, { email: 'larer@skole.no' }));
    },
    budget: (_n, m) => (m.calls > 25 ? `${m.calls} calls > 25` : null),
    // The new case's row, the settings, the form's answers and the log: measured 237 read and 51 written
    // whatever the register's size (numbers and duplicates are found by TextFinder, no column moves).
    cells: () => ({ read: 300, written: 70 }),
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
      if (m.calls >= 40) return `${m.calls} calls ≥ 40`;
      if (n >= 10_000 && m.cpuMs >= 2_000) return `${m.cpuMs.toFixed(0)} ms CPU ≥ 2000`;
      return null;
    },
    // The whole register read once: rows × 38 (37 columns' values and the plan link's formulas), plus
    // ≈ 850 of settings, årshjul and tiltaksplan (measured 38n + 837); writes ≈ 100 whatever the size.
    cells: (n) => ({ read: 40 * (n + 1) + 1_000, written: 150 }),
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
    budget: (_n, m) => (m.calls > 60 ? `${m.calls} calls > 60` : null),
    // The case's row, its measures and the log (≈ 375), and the names check reads the register's «Elev»
    // column, one cell a case (measured n + 375); writes only the case's changed cells and a log row (12).
    cells: (n) => ({ read: n + 500, written: 25 }),
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
    budget: (_n, m) => (m.calls > 55 ? `${m.calls} calls > 40 + 15` : null),
    // The register once (38 a case, as the daily job) and the 200 + 60 plan rows (measured 38n + 4,867);
    // writes 1,881 whatever the register's size: the plans' changed rows as one full-width block, and the overview.
    cells: (n) => ({ read: 40 * (n + 1) + 6_000, written: 2_300 }),
  },
  {
    // The night after intake grew the sheet: the colour rules and dropdowns are re-laid over the new rows.
    // Rare (the sheet grows 100 rows at a time) and still a few seconds.
    name: 'daily job, night after the register grew',
    run(n) {
      const emu = schoolWithCases(n);
      emu.env.setNow('2026-11-17T06:00:00+01:00');
      return measure(emu, () => emu.runTimeTriggers());
    },
    budget: (_n, m) => (m.calls > 160 ? `${m.calls} calls > 160` : null),
    // The register once (38 a case); the seeded cases' deadlines and warnings brought up to date (one case
    // in ten or so), a column strip across the rows between (measured 131 / 569 / 5,917 written).
    cells: (n) => ({ read: 40 * (n + 1) + 1_000, written: 200 + 0.7 * n }),
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
    // Measured 53 (opening the dialog and saving it), whatever the register's size; a few calls of margin.
    budget: (_n, m) => (m.calls > 56 ? `${m.calls} calls > 56` : null),
    // One row of the register, the settings and the dialog's texts (measured 550 read, 11 written).
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
    // Measured 42, whatever the register's size; a few calls of margin.
    budget: (_n, m) => (m.calls > 45 ? `${m.calls} calls > 45` : null),
    // The edited row and the settings (measured 276 read, 10 written).
    cells: () => ({ read: 350, written: 20 }),
  },
];
