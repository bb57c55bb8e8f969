/**
 * `npm run bench`: what the product's jobs cost where they run. Apps Script charges per service call
 * (tens of milliseconds each, seconds for Drive and Docs) and stops a run at 6 minutes, so the budgets
 * are service-call counts, measured in the emulator through the built bundle, plus CPU time in Node.
 *
 * Scenarios run against registers of 100, 1,000 and 10,000 existing cases (seeded straight into the
 * emulated sheet, uncounted). Beside the calls, the spreadsheet cells each operation reads and writes
 * (values and formulas), with budgets for both: an operation on one case moves that case's row, not the
 * register. Then the skoleeier command line's report over 200 schools. Exits non-zero when a budget is
 * broken.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIST_CODE, readDistHtml } from '../build/build';
import { Emulator, type Manifest } from '../emulator/emulator';
import { type Scenario, scenarios } from './scenarios';
import { skoleeierBench } from './skoleeierBench';

export interface Measurement {
  calls: number;
  /** Spreadsheet cells read and written by the executions the action ran (values and formulas). */
  cellsRead: number;
  cellsWritten: number;
  byService: Record<string, number>;
  cpuMs: number;
  /**
   * Modelled Apps Script time of the executions the action ran: the emulator's per-execution clock, the
   * central cost model of /work/shared/reviews/performance.md §2 (see tools/emulator/core/execution.ts).
   */
  estimatedMs: number;
}

export function measure(emu: Emulator, action: () => void): Measurement {
  emu.env.calls.reset();
  const before = emu.executions.length;
  const start = process.cpuUsage();
  action();
  const cpu = process.cpuUsage(start);
  const byService = emu.env.calls.byService();
  const ran = emu.executions.slice(before);
  const estimatedMs = ran.reduce((sum, e) => sum + e.modeledMs, 0);
  return {
    calls: emu.env.calls.total(),
    cellsRead: ran.reduce((sum, e) => sum + e.cellsRead, 0),
    cellsWritten: ran.reduce((sum, e) => sum + e.cellsWritten, 0),
    byService,
    cpuMs: (cpu.user + cpu.system) / 1000,
    estimatedMs,
  };
}

let bundle: { code: string; html: Record<string, string>; manifest: Manifest } | null = null;

/** The built bundle in a fresh emulator, under the built manifest (its OAuth scopes enforced). */
export function freshEmulator(now: string): Emulator {
  bundle ??= {
    code: readFileSync(DIST_CODE, 'utf8'),
    html: readDistHtml(),
    manifest: JSON.parse(readFileSync(join(dirname(DIST_CODE), 'appsscript.json'), 'utf8')) as Manifest,
  };
  return new Emulator({ now: new Date(now), manifest: bundle.manifest }).load(bundle.code, bundle.html);
}

async function main(): Promise<void> {
  const sizes = [100, 1_000, 10_000];
  const rows: string[][] = [];
  const failures: string[] = [];
  for (const scenario of scenarios) {
    const calls: number[] = [];
    for (const size of sizes) {
      const m = scenario.run(size);
      calls.push(m.calls);
      const over = [scenario.budget(size, m), cellBudget(scenario, size, m)].filter(Boolean).join('; ');
      if (over) failures.push(`${scenario.name} @ ${size}: ${over}`);
      rows.push([
        scenario.name,
        String(size),
        String(m.calls),
        String(m.cellsRead),
        String(m.cellsWritten),
        m.cpuMs.toFixed(0),
        (m.estimatedMs / 1000).toFixed(1),
        over ? `OVER: ${over}` : 'ok',
        Object.entries(m.byService)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      ]);
    }
    // The budgets that matter most: a job must not cost more calls because the school has more cases.
    if (!scenario.growsWithRegister && Math.max(...calls) - Math.min(...calls) > 2)
      failures.push(`${scenario.name}: calls grow with the register (${calls.join(' → ')})`);
  }
  const header = [
    'scenario',
    'cases',
    'calls',
    'cells read',
    'cells written',
    'cpu ms',
    '≈ s in Apps Script',
    'budget',
    'calls by service',
  ];
  const last = header.length - 1;
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (i === last ? 0 : r[i]!.length))),
  );
  const line = (r: string[]) => r.map((c, i) => (i === last ? c : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  // Issue 13: skoleeier's `report` over 200 schools, through the real googleapis client against the local
  // fake of Google. One values.batchGet per school plus the municipal sheet's own requests.
  const schools = 200;
  const sk = await skoleeierBench(schools);
  const skBudget = schools + 20;
  console.log(
    `\nskoleeier report, ${schools} schools: ${sk.requests} API requests, ${sk.ms} ms wall time against the ` +
      `local fake (budget ${skBudget} requests; Google's default 60 Sheets reads a minute make it ≥ ${Math.ceil(schools / 60)} min there)`,
  );
  if (sk.requests > skBudget)
    failures.push(`skoleeier report @ ${schools}: ${sk.requests} requests > ${skBudget}`);
  if (failures.length > 0) {
    console.error(`\nBudgets broken:\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll service-call and cell budgets kept.');
}

/** A scenario's cell budget (its own, beside the call budget), as a description when broken. */
function cellBudget(scenario: Scenario, size: number, m: Measurement): string | null {
  const b = scenario.cells(size);
  const over: string[] = [];
  if (m.cellsRead > b.read) over.push(`${m.cellsRead} cells read > ${b.read}`);
  if (m.cellsWritten > b.written) over.push(`${m.cellsWritten} cells written > ${b.written}`);
  return over.length > 0 ? over.join(', ') : null;
}

if (process.argv[1]?.endsWith('bench.ts')) await main();
