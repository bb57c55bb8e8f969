import { isCaseStatus } from '../../domain/cases/lifecycle';
import { localDateOf } from '../../domain/time/localDate';
import { LockBusyError, withScriptLock } from '../../gas/lock';
import { Table } from '../../gas/table';
import { AuditLog } from '../log/auditLog';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { changeStatus } from './caseActions';
import { refreshCaseDates } from './deadlinesTask';
import { COL, REGISTER_SHEET } from './registerSheet';

/** Columns a leader may correct by hand that the deadlines and colours are derived from. */
const DATE_INPUTS: readonly string[] = [COL.rektorKjent, COL.nesteEvaluering, COL.ansattInvolvert];

/**
 * The simple onEdit trigger on the register (AuthMode.LIMITED: only this spreadsheet, no mail), under the
 * same lock as every other writer:
 *  - «Status» changed in the dropdown does what the menu does: checks the life cycle, stamps the dates and
 *    logs it; a move the law's order does not allow (skipping the investigation) is undone with a message;
 *  - «Rektor kjent», «Neste evaluering» or «Ansatt involvert» corrected by hand moves the row's deadlines
 *    and colours at once, instead of the next morning.
 */
export function handleRegisterEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1 || range.getRow() < 2) return;
  const sheet = range.getSheet();
  if (sheet.getName() !== REGISTER_SHEET.name) return;
  const to = String(e.value ?? '');
  const from = String(e.oldValue ?? '');
  const statusEdit = isCaseStatus(to) && isCaseStatus(from) && to !== from;
  const ss = sheet.getParent();
  const t = currentMessages();
  try {
    const message = withScriptLock(10_000, () => {
      const table = Table.read(sheet);
      const header = table.header[range.getColumn() - 1]?.trim() ?? '';
      const i = range.getRow() - 2;
      const settings = readSettings(ss);
      const today = localDateOf(new Date());
      if (header === COL.status && statusEdit) {
        const saksnr = String(table.get(i, COL.saksnr));
        const log = new AuditLog(
          e.user?.getEmail?.() || Session.getActiveUser().getEmail(),
          () => new Date(),
        );
        const done = changeStatus({ ss, table, i, saksnr, status: from }, to, { today, settings, log, t });
        refreshCaseDates(table, i, settings, today);
        table.flush();
        log.flush(ss);
        return done;
      }
      if (DATE_INPUTS.includes(header)) {
        refreshCaseDates(table, i, settings, today);
        table.flush();
      }
      return null;
    });
    if (message) ss.toast(message, 'Skolemiljø');
  } catch (error) {
    if (!statusEdit) throw error;
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
