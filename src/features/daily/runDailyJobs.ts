import type { Mail } from '../../domain/notices/notices';
import { systemClock } from '../../gas/clock';
import { DocState } from '../../gas/docState';
import { linkTo } from '../../gas/links';
import { withScriptLock } from '../../gas/lock';
import { sendAll } from '../../gas/mailer';
import { Table } from '../../gas/table';
import { AuditLog } from '../log/auditLog';
import { readSettings } from '../settings/settingsSheet';
import type { DailyContext, DailyTask } from './dailyTask';

/**
 * The daily trigger: runs every task under the script lock, then sends the collected mails (within the
 * quota), writes the log and saves the bookkeeping, each in one batch. Safe to run twice a day.
 */
export function runDaily(
  tasks: readonly DailyTask[],
  ss = SpreadsheetApp.getActiveSpreadsheet(),
): DailyContext {
  return withScriptLock(60_000, () => {
    const clock = systemClock();
    const state = DocState.load();
    const settings = readSettings(ss);
    const log = new AuditLog('Skolemiljø (daglig jobb)', () => clock.now);
    const mails: Mail[] = [];
    const tables = new Map<string, Table | null>();
    const ctx: DailyContext = {
      ss,
      settings,
      clock,
      state,
      log,
      mails,
      digest: [],
      alerts: [],
      link: (sheetName, row) => linkTo(state, sheetName, row),
      table: (sheetName) => {
        if (!tables.has(sheetName)) {
          const sheet = ss.getSheetByName(sheetName);
          tables.set(sheetName, sheet ? Table.read(sheet) : null);
        }
        return tables.get(sheetName) ?? null;
      },
    };
    for (const task of tasks) task.run(ctx);
    const { queued } = sendAll(mails, state);
    if (mails.length > 0) {
      log.add({
        saksnr: '',
        subDuty: '',
        event: 'E-post sendt',
        details: `${mails.length - Math.min(queued, mails.length)} sendt${queued ? `, ${queued} i kø (dagskvoten er brukt opp)` : ''}.`,
      });
    }
    state.set('language', settings.language);
    log.flush(ss);
    state.save();
    return ctx;
  });
}
