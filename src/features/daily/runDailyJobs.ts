import { linkTo } from '../../gas/links';
import { Table } from '../../gas/table';
import type { CaseRow, OddRow } from '../register/register';
import { PROTECTED_SHEETS } from '../register/registerFormat';
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
      // The person the triggers run as must be able to write the protected sheets: if they cannot
      // (they left the leadership, a new rektor came), say so before any task fails on a write.
      const blocked = sheetsOwnerCannotWrite(w.ss);
      if (blocked.length > 0) {
        const owner = Session.getEffectiveUser().getEmail();
        const body = w.t.setUp.ownerCannotWrite(owner);
        for (const to of new Set([w.settings.rektorEmail, owner].filter(Boolean)))
          w.mails.push({ to, subject: w.t.setUp.ownerCannotWriteSubject, body });
        w.log.add({ saksnr: '', subDuty: '', event: 'Driften må overtas', details: blocked.join(', ') });
        return ctx;
      }
      for (const task of tasks) task.run(ctx);
      w.state.set('language', w.settings.language);
      return ctx;
    },
    60_000,
  );
}

/**
 * Protected sheets the user running the job may not edit (Protection.canEdit: the owner always may).
 * setUp gives every protected sheet the same editors, so a user who can edit the first can edit them all:
 * the others are asked about only when the first is refused (4 calls a night instead of 16).
 */
function sheetsOwnerCannotWrite(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const refused = (name: string) => {
    const p = ss.getSheetByName(name)?.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    return p !== undefined && !p.isWarningOnly() && !p.canEdit();
  };
  const [first, ...rest] = PROTECTED_SHEETS;
  if (first === undefined || !refused(first)) return [];
  return [first, ...rest.filter(refused)];
}
