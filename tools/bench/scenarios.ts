import type { Emulator } from '../emulator/emulator';
import { addPeople, TEST_STAFF } from '../scenarios/people';
import { prepareCaseWithMeasures } from '../scenarios/planScenario';
import { freshEmulator, type Measurement, measure } from './bench';
import { seedCases, seedPlans } from './seed';

export interface Scenario {
  name: string;
  run(existingCases: number): Measurement;
  /** A description of the broken budget, or null. */
  budget(existingCases: number, m: Measurement): string | null;
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
 * and the rest of the tasks' sheets. Was 40 before the log's chain, the dashboard and Statsforvalteren.
 */
const DAILY = 50;
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
    budget: (_n, m) => (m.calls > 95 ? `${m.calls} calls > 95` : null),
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
  },
];
