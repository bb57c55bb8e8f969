import { isCaseStatus } from '../../domain/cases/lifecycle';
import { localDateOf } from '../../domain/time/localDate';
import { LockBusyError, withScriptLock } from '../../gas/lock';
import { Table } from '../../gas/table';
import { AuditLog } from '../log/auditLog';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { changeStatus } from './caseActions';
import { COL, REGISTER_SHEET } from './registerSheet';

/**
 * A leader may change «Status» straight in the register's dropdown instead of through the menu. The
 * simple onEdit trigger then does what the menu does: checks the life cycle, stamps the dates and logs
 * it. A move the law's order does not allow (skipping the investigation) is undone with a message.
 * Runs in AuthMode.LIMITED: only this spreadsheet, no mail.
 */
export function handleStatusEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1 || range.getRow() < 2) return;
  const sheet = range.getSheet();
  if (sheet.getName() !== REGISTER_SHEET.name) return;
  const to = String(e.value ?? '');
  const from = String(e.oldValue ?? '');
  if (!isCaseStatus(to) || !isCaseStatus(from) || to === from) return;
  const ss = sheet.getParent();
  const t = currentMessages();
  try {
    // The same lock as intake and the daily job: the row is read and written back in one go.
    const message = withScriptLock(10_000, () => {
      const table = Table.read(sheet);
      if (range.getColumn() !== table.column(COL.status) + 1) return null;
      const i = range.getRow() - 2;
      const saksnr = String(table.get(i, COL.saksnr));
      const log = new AuditLog(e.user?.getEmail?.() || Session.getActiveUser().getEmail(), () => new Date());
      const done = changeStatus({ ss, table, i, saksnr, status: from }, to, {
        today: localDateOf(new Date()),
        settings: readSettings(ss),
        log,
        t,
      });
      table.flush();
      log.flush(ss);
      return done;
    });
    if (message) ss.toast(message, 'Skolemiljø');
  } catch (error) {
    // Not allowed, or another job held the register: put the old status back and say why.
    range.setValue(from);
    const why =
      error instanceof UserError
        ? error.message
        : error instanceof LockBusyError
          ? t.errors.busy
          : String(error);
    ss.toast(why, 'Skolemiljø', 10);
  }
}
