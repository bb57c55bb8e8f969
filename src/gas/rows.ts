import { type CellValue, ensureRows, toWritable } from './table';

/**
 * Appends records to a sheet without reading its data: one header read, one write.
 * For append-only sheets (Logg, Meldingsfeil) that grow large.
 */
export function appendRecords(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  records: Record<string, CellValue>[],
): void {
  if (records.length === 0) return;
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((h) => String(h).trim());
  const rows = records.map((rec) => header.map((h) => toWritable(rec[h] ?? '')));
  const start = sheet.getLastRow() + 1;
  ensureRows(sheet, start + rows.length - 1);
  sheet.getRange(start, 1, rows.length, width).setValues(rows);
}
