import { type CaseStatus, isCaseStatus } from '../../domain/cases/lifecycle';
import { cellText } from '../../gas/cellValues';
import { Table } from '../../gas/table';
import type { Messages } from '../../i18n';
import { UserError } from '../menu/userError';
import { COL, REGISTER_SHEET } from './registerSheet';

export interface SelectedCase {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  table: Table;
  /** Data row index in the table. */
  i: number;
  saksnr: string;
  status: CaseStatus;
}

/** The case on the row the user has selected in «Saker», or a clear message to select one. */
export function selectedCase(t: Messages): SelectedCase {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const range = ss.getActiveRange();
  const sheet = range?.getSheet();
  if (!range || !sheet || sheet.getName() !== REGISTER_SHEET.name || range.getRow() < 2)
    throw new UserError(t.errors.selectCaseRow);
  const table = Table.read(sheet);
  const i = range.getRow() - 2;
  const saksnr = cellText(table.get(i, COL.saksnr));
  const status = cellText(table.get(i, COL.status));
  if (!saksnr) throw new UserError(t.errors.selectCaseRow);
  if (!isCaseStatus(status)) throw new UserError(t.cases.unknownStatus(saksnr, status));
  return { ss, table, i, saksnr, status };
}

/** Finds a case by number (for sidebars and dialogs that send the number back). */
export function caseByNumber(t: Messages, saksnr: string): SelectedCase {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(REGISTER_SHEET.name);
  if (!sheet) throw new UserError(t.errors.notSetUp);
  const table = Table.read(sheet);
  const i = table.findRow(COL.saksnr, saksnr);
  if (i < 0) throw new UserError(t.errors.unknownCase(saksnr));
  const status = cellText(table.get(i, COL.status));
  if (!isCaseStatus(status)) throw new UserError(t.cases.unknownStatus(saksnr, status));
  return { ss, table, i, saksnr, status };
}
