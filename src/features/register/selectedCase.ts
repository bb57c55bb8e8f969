import type { CaseRecord } from '../../domain/cases/caseRecord';
import { isArchived } from '../../domain/cases/retention';
import type { Settings } from '../../domain/settings/settings';
import type { Messages } from '../../i18n';
import type { FormPayload } from '../../ui/contract';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { type CaseRow, isCase, Register } from './register';
import { REGISTER_SHEET } from './registerSheet';
import type { Work } from './work';

/** A case found in the register, with the register it was read from. */
export interface SelectedCase {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly register: Register;
  readonly row: CaseRow;
  readonly record: CaseRecord;
  readonly saksnr: string;
  readonly settings: Settings;
}

/** The case on the row the user has selected in «Saker» (the row alone is read), or a clear message. */
export function selectedCase(t: Messages): SelectedCase {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const range = ss.getActiveRange();
  const sheet = range?.getSheet();
  if (!range || !sheet || sheet.getName() !== REGISTER_SHEET.name || range.getRow() < 2)
    throw new UserError(t.errors.selectCaseRow);
  const settings = readSettings(ss);
  const register = Register.onSheet(sheet, settings);
  return found(ss, register, settings, register.row(range.getRow()), t);
}

/** A case by number (sidebars and dialogs send the number back, and the row it was on as a hint). */
export function caseByNumber(
  t: Messages,
  saksnr: string,
  hint?: number,
  opened?: { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; register: Register; settings: Settings },
): SelectedCase {
  const ss = opened?.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  const settings = opened?.settings ?? readSettings(ss);
  const register = opened?.register ?? Register.open(ss, settings);
  const row = register.find(saksnr, hint);
  if (!row) throw new UserError(t.errors.unknownCase(saksnr));
  return found(ss, register, settings, row, t);
}

function found(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  register: Register,
  settings: Settings,
  row: ReturnType<Register['row']>,
  t: Messages,
): SelectedCase {
  if (!row) throw new UserError(t.errors.selectCaseRow);
  if (!isCase(row)) throw new UserError(t.cases.unknownStatus(row.saksnr, row.status));
  // An archived case has no personal data left to work with: its documentation is in «Arkiv».
  if (isArchived(row.record)) throw new UserError(t.archive.archivedCase(row.record.saksnr));
  return { ss, register, row, record: row.record, saksnr: row.record.saksnr, settings };
}

/** What a case's dialog sends back with its answer: the case number, and the row as a hint. */
export function dialogContext(c: SelectedCase): Record<string, string> {
  return { saksnr: c.saksnr, row: String(c.row.sheetRow) };
}

/** The case a dialog was opened for, read again inside the lock (found by number; the row is a hint). */
export function caseOfDialog(p: FormPayload, w: Work): SelectedCase {
  const saksnr = p.context['saksnr'] ?? '';
  const hint = Number(p.context['row'] ?? 0) || undefined;
  return caseByNumber(w.t, saksnr, hint, { ss: w.ss, register: w.register(), settings: w.settings });
}
