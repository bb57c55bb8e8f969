/**
 * What the daily tasks of the årshjul, the tiltaksplan and the confirmations read, read once per run:
 * the status task, the reminders and the confirmation digest share one read of each sheet.
 */
import { wheelCalendar } from '../../domain/wheel/recurrence';
import type { Table } from '../../gas/table';
import type { DailyContext } from '../daily/dailyTask';
import { readTiltaksplan, type TiltaksplanEntry } from '../tiltaksplan/tiltaksplanRows';
import { cellText, evaluateWheelRow, type WheelRowEval } from './wheelRows';
import { WHEEL_COL, WHEEL_SHEET } from './wheelSheet';

const runs = new WeakMap<object, Map<string, unknown>>();

/** `make()` once per run (per context object), then the same value. */
export function perRun<T>(run: object, key: string, make: () => T): T {
  let cache = runs.get(run);
  if (!cache) {
    cache = new Map();
    runs.set(run, cache);
  }
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

export interface WheelRow {
  /** Data row index of the table (0-based below the header). */
  readonly i: number;
  readonly aktivitet: string;
  readonly epost: string;
  readonly eval: WheelRowEval;
}

export interface WheelSnapshot {
  readonly table: Table;
  readonly rows: WheelRow[];
}

/**
 * The `Årshjul` sheet (the run's shared read: 4 calls) with every row evaluated for today; null when the
 * sheet is missing.
 */
export function wheelOf(ctx: DailyContext): WheelSnapshot | null {
  return perRun(ctx, 'wheel', () => {
    const table = ctx.table(WHEEL_SHEET.name);
    if (!table) return null;
    const { language } = ctx.settings;
    const calendar = wheelCalendar(ctx.settings.calendar, ctx.settings.schoolStart);
    const rows: WheelRow[] = [];
    for (let i = 0; i < table.rowCount; i++) {
      const aktivitet = table.text(i, WHEEL_COL.aktivitet);
      const ev = evaluateWheelRow(
        {
          aktivitet,
          gjentakelse: cellText(table.get(i, WHEEL_COL.gjentakelse)),
          neste: table.get(i, WHEEL_COL.neste),
          sistGjort: table.get(i, WHEEL_COL.sistGjort),
        },
        ctx.clock.today,
        calendar,
        language,
      );
      rows.push({ i, aktivitet, epost: table.text(i, WHEEL_COL.epost), eval: ev });
    }
    return { table, rows };
  });
}

/** The `Tiltaksplan` entries, once per run: values only (3 calls), as nothing is written back. */
export function tiltaksplanOf(ctx: DailyContext): TiltaksplanEntry[] {
  return perRun(ctx, 'tiltaksplan', () => readTiltaksplan(ctx.ss));
}
