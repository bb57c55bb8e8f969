import { isCaseStatus } from '../../domain/cases/lifecycle';
import { LockBusyError } from '../../gas/lock';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { statusChange } from './caseActions';
import { isCase } from './register';
import { COL, REGISTER_SHEET } from './registerSheet';
import { withWork } from './work';

/** Columns a leader may correct by hand that the deadlines and colours are derived from. */
const DATE_INPUTS: readonly string[] = [
  COL.rektorKjent,
  COL.nesteEvaluering,
  COL.ansattInvolvert,
  COL.ledelseInvolvert,
  COL.alvorligSak,
  COL.skoleeierVarslet,
  COL.fristStatsforvalter,
  COL.dokumentasjonSendt,
  // The absence routine's deadlines follow its start, the meeting and the next follow-up.
  COL.fravaer,
  COL.fravaerFra,
  COL.familiemote,
  COL.nesteOppfolging,
  COL.undersokelsenViste,
];

/**
 * The simple onEdit trigger on the register (AuthMode.LIMITED: only this spreadsheet, no mail, 30 s).
 * Any other edit returns after reading one header cell, before taking the lock. Then, under the same
 * lock and journal as every other writer, reading only the edited row:
 *  - «Status» changed in the dropdown does what the menu does: checks the life cycle, stamps the dates and
 *    logs it; a move the law's order does not allow (skipping the investigation) is undone with a message;
 *  - «Rektor kjent», «Neste evaluering», «Ansatt involvert» or «Ledelsen involvert» corrected by hand moves
 *    the row's deadlines and colours at once, instead of the next morning.
 */
export function handleRegisterEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1 || range.getRow() < 2) return;
  const sheet = range.getSheet();
  if (sheet.getName() !== REGISTER_SHEET.name) return;
  const header = String(sheet.getRange(1, range.getColumn()).getValue()).trim();
  const isStatus = header === COL.status;
  if (!isStatus && !DATE_INPUTS.includes(header)) return;
  const to = String(e.value ?? '');
  const from = String(e.oldValue ?? '');
  const statusEdit = isStatus && isCaseStatus(to) && isCaseStatus(from) && to !== from;
  if (isStatus && !statusEdit) return;
  const ss = sheet.getParent();
  const t = currentMessages();
  const user = e.user?.getEmail?.() || Session.getActiveUser().getEmail() || t.log.unknownUser;
  try {
    const message = withWork(
      user,
      (w) => {
        const row = w.register().row(range.getRow());
        if (!row || !isCase(row)) return null;
        if (statusEdit && isCaseStatus(from)) {
          const before = { ...row, record: { ...row.record, status: from } };
          const d = statusChange(before, to as typeof from, { today: w.clock.today, t: w.t });
          if (d.op) w.commit([d.op]);
          return d.message;
        }
        w.register().update(row, (c) => c);
        return null;
      },
      10_000,
    );
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
