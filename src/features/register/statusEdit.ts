import { isCaseStatus } from '../../domain/cases/lifecycle';
import { localDateOf } from '../../domain/time/localDate';
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
  const table = Table.read(sheet);
  if (range.getColumn() !== table.column(COL.status) + 1) return;
  const t = currentMessages();
  const i = range.getRow() - 2;
  const saksnr = String(table.get(i, COL.saksnr));
  const ss = sheet.getParent();
  const log = new AuditLog(e.user?.getEmail?.() || Session.getActiveUser().getEmail(), () => new Date());
  try {
    const message = changeStatus({ ss, table, i, saksnr, status: from }, to, {
      today: localDateOf(new Date()),
      settings: readSettings(ss),
      log,
      t,
    });
    table.flush();
    log.flush(ss);
    ss.toast(message, 'Skolemiljø');
  } catch (error) {
    // Not allowed: put the old status back and say why.
    range.setValue(from);
    ss.toast(error instanceof UserError ? error.message : String(error), 'Skolemiljø', 10);
  }
}
