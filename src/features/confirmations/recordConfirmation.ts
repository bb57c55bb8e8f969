import { localDateOf } from '../../domain/time/localDate';
import { schoolYearOf } from '../../domain/wheel/recurrence';
import { MissingSheetError, Table } from '../../gas/table';
import type { Work } from '../register/work';
import { CONFIRMATIONS_COL, CONFIRMATIONS_SHEET } from './confirmationsSheet';

/**
 * Appends a response of the staff confirmation form to `Kvitteringer` (time, verified e-mail, school
 * year, the form's response id). Idempotent: a response already recorded (by id) is not recorded again,
 * so a redelivered event is harmless. Called by the form-submit trigger under the script lock.
 */
export function recordConfirmation(w: Work, response: GoogleAppsScript.Forms.FormResponse): void {
  const id = response.getId();
  const at = response.getTimestamp() as unknown as Date;
  const sheet = w.ss.getSheetByName(CONFIRMATIONS_SHEET.name);
  if (!sheet) throw new MissingSheetError(CONFIRMATIONS_SHEET.name);
  const table = Table.read(sheet, { formulas: false });
  if (table.findRow(CONFIRMATIONS_COL.svarId, id) >= 0) return;
  table.append([
    {
      [CONFIRMATIONS_COL.tid]: at,
      [CONFIRMATIONS_COL.epost]: response.getRespondentEmail().trim().toLowerCase(),
      [CONFIRMATIONS_COL.skolear]: schoolYearOf(localDateOf(at)),
      [CONFIRMATIONS_COL.svarId]: id,
    },
  ]);
}
