/**
 * The declared shape of a product sheet. `ensureSheet` makes a spreadsheet match it without
 * ever removing or reordering what a school added: missing headers are appended, formats re-applied.
 * Running it twice changes nothing the second time.
 */
export interface ColumnSpec {
  header: string;
  width?: number;
  /** A Sheets number format, e.g. 'dd.mm.yyyy'. */
  format?: string;
  wrap?: boolean;
  hidden?: boolean;
  /** Shown as the header cell's note: what the column means. */
  note?: string;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
  frozenColumns?: number;
  tabColor?: string;
  /** Rows the sheet should have from the start (a new sheet has 1000). */
  headerBackground?: string;
}

export const HEADER_BACKGROUND = '#1f4e79';
export const HEADER_FONT = '#ffffff';
const FORMATTED_ROWS = 2000;

export interface EnsureResult {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  created: boolean;
  addedHeaders: string[];
}

export function ensureSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): EnsureResult {
  let sheet = ss.getSheetByName(spec.name);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(spec.name);

  const width = Math.max(sheet.getLastColumn(), 1);
  const existing = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((h) => String(h).trim());
  const header = existing.filter((h, i) => h !== '' || i < existing.length - 1);
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const addedHeaders = spec.columns.map((c) => c.header).filter((h) => !header.includes(h));
  const full = [...header, ...addedHeaders];

  if (addedHeaders.length > 0) {
    if (full.length > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), full.length - sheet.getMaxColumns());
    sheet.getRange(1, 1, 1, full.length).setValues([full]);
  }
  if (created || addedHeaders.length > 0) formatSheet(sheet, spec, full);
  return { sheet, created, addedHeaders };
}

function formatSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: SheetSpec, header: string[]): void {
  const headerRange = sheet.getRange(1, 1, 1, header.length);
  headerRange
    .setFontWeight('bold')
    .setBackground(spec.headerBackground ?? HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT)
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  if (spec.frozenColumns) sheet.setFrozenColumns(spec.frozenColumns);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  const rows = Math.min(FORMATTED_ROWS, sheet.getMaxRows()) - 1;
  const notes = header.map((h) => spec.columns.find((c) => c.header === h)?.note ?? '');
  if (notes.some(Boolean)) headerRange.setNotes([notes]);
  for (const col of spec.columns) {
    const c = header.indexOf(col.header) + 1;
    if (c < 1) continue;
    if (col.width) sheet.setColumnWidth(c, col.width);
    if (rows > 0 && col.format) sheet.getRange(2, c, rows, 1).setNumberFormat(col.format);
    if (rows > 0 && col.wrap) sheet.getRange(2, c, rows, 1).setWrap(true);
    if (col.hidden) sheet.hideColumns(c);
  }
}

/** 1-based column positions of headers in the first row, for formulas and rules. */
export function headerPositions(sheet: GoogleAppsScript.Spreadsheet.Sheet): Map<string, number> {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  return new Map(header.map((h, i) => [String(h).trim(), i + 1]));
}
