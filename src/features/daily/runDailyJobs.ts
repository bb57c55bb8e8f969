import { linkTo } from '../../gas/links';
import { Table } from '../../gas/table';
import type { CaseRow, OddRow } from '../register/register';
import { withWork } from '../register/work';
import type { DailyContext, DailyTask } from './dailyTask';

/**
 * The daily trigger: under the script lock (and after completing anything a dead job left in the
 * journal), runs every task, then writes the register's changed cells, the log, the mails (within the
 * quota) and the bookkeeping, each in one batch. Safe to run twice a day.
 */
export function runDaily(tasks: readonly DailyTask[]): DailyContext {
  return withWork(
    'Skolemiljø (daglig jobb)',
    (w) => {
      const tables = new Map<string, Table | null>();
      let all: { cases: CaseRow[]; odd: OddRow[] } | null = null;
      const ctx: DailyContext = {
        ss: w.ss,
        settings: w.settings,
        clock: w.clock,
        state: w.state,
        log: w.log,
        mails: w.mails,
        work: w,
        digest: [],
        alerts: [],
        register: () => {
          all ??= w.register().all();
          return all;
        },
        link: (sheetName, row) => linkTo(w.state, sheetName, row),
        table: (sheetName) => {
          if (!tables.has(sheetName)) {
            const sheet = w.ss.getSheetByName(sheetName);
            tables.set(sheetName, sheet ? Table.read(sheet) : null);
          }
          return tables.get(sheetName) ?? null;
        },
      };
      for (const task of tasks) task.run(ctx);
      w.state.set('language', w.settings.language);
      return ctx;
    },
    60_000,
  );
}
