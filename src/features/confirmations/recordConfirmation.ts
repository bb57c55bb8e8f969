import { localDateOf } from '../../domain/time/localDate';
import { schoolYearOf } from '../../domain/wheel/recurrence';
import type { DocState } from '../../gas/docState';
import { MissingSheetError, Table } from '../../gas/table';
import { CONFIRMATIONS_COL, CONFIRMATIONS_SHEET } from './confirmationsSheet';
import { CONFIRM_FORM_SHEET } from './confirmFormStep';

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;
/** The e-mail column of a response sheet, whatever the account's language calls it. */
const EMAIL_HEADER = /^(e-?post(adresse)?|e-?mail( address)?|email address)$/i;

/** True when the form-submit event comes from the confirmation form's response sheet. */
export function isConfirmationEvent(e: GoogleAppsScript.Events.SheetsOnFormSubmit, state: DocState): boolean {
  const id = state.get(CONFIRM_FORM_SHEET);
  return id !== null && e?.range !== undefined && String(e.range.getSheet().getSheetId()) === id;
}

/** The respondent's (verified) address from the event: the e-mail column, else the first address. */
export function respondentEmail(
  e: GoogleAppsScript.Events.SheetsOnFormSubmit,
  row: readonly unknown[],
): string {
  for (const [header, values] of Object.entries(e.namedValues ?? {})) {
    const v = String(values?.[0] ?? '').trim();
    if (EMAIL_HEADER.test(header.trim()) && EMAIL.test(v)) return v.toLowerCase();
  }
  const found = row.map((v) => String(v ?? '').trim()).find((v) => EMAIL.test(v));
  return found ? found.toLowerCase() : '';
}

/**
 * Appends the confirmation to `Kvitteringer` (time, verified e-mail, school year, response row).
 * Idempotent: a response row already recorded is not recorded again, so a redelivered event is harmless.
 * The raw response is never changed. Returns false when the event is not a confirmation.
 */
export function recordConfirmationEvent(
  e: GoogleAppsScript.Events.SheetsOnFormSubmit,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: DocState,
): boolean {
  if (!isConfirmationEvent(e, state)) return false;
  const responseRow = e.range.getRow();
  const row = e.range.getValues()[0] ?? [];
  const stamp = row[0];
  const at = Object.prototype.toString.call(stamp) === '[object Date]' ? (stamp as Date) : new Date();
  const sheet = ss.getSheetByName(CONFIRMATIONS_SHEET.name);
  if (!sheet) throw new MissingSheetError(CONFIRMATIONS_SHEET.name);
  const table = Table.read(sheet, { formulas: false });
  if (table.findRow(CONFIRMATIONS_COL.svarRad, String(responseRow)) >= 0) return true;
  table.append([
    {
      [CONFIRMATIONS_COL.tid]: at,
      [CONFIRMATIONS_COL.epost]: respondentEmail(e, row),
      [CONFIRMATIONS_COL.skolear]: schoolYearOf(localDateOf(at)),
      [CONFIRMATIONS_COL.svarRad]: responseRow,
    },
  ]);
  return true;
}
