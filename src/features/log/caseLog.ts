import type { LogRow } from '../../domain/documents/caseDocuments';
import { cellText } from '../../gas/cellValues';
import { LOG_COLUMNS, LOG_SHEET } from './logSheet';

/** Separate reads of a case's log rows before one read of the span between them is cheaper. */
const MAX_RUNS = 12;

/**
 * One case's rows of «Logg», oldest first, without reading the whole log: the sheet finds the rows
 * (TextFinder, no cells moved), then the runs of consecutive rows are read, or the span between the
 * first and the last when the rows are scattered.
 */
export function caseLogRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saksnr: string): LogRow[] {
  const sheet = ss.getSheetByName(LOG_SHEET.name);
  if (!sheet || !saksnr) return [];
  const column = LOG_COLUMNS.indexOf('Saksnr') + 1;
  const rows = sheet
    .createTextFinder(saksnr)
    .matchEntireCell(true)
    .findAll()
    .filter((r) => r.getColumn() === column && r.getRow() > 1)
    .map((r) => r.getRow())
    .sort((a, b) => a - b);
  if (rows.length === 0) return [];
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  const width = LOG_COLUMNS.length;
  const wanted = new Set(rows);
  const read = (from: number, to: number) =>
    sheet
      .getRange(from, 1, to - from + 1, width)
      .getValues()
      .map((v, i) => ({ row: from + i, v }));
  const values =
    runs.length <= MAX_RUNS
      ? runs.flatMap(([a, b]) => read(a, b))
      : read(rows[0]!, rows[rows.length - 1]!).filter((x) => wanted.has(x.row));
  const at = (name: string) => LOG_COLUMNS.indexOf(name);
  return values
    .filter((x) => cellText(x.v[at('Saksnr')] as string) === saksnr)
    .map(({ v }) => {
      const time = v[at('Tid')];
      return {
        time: time instanceof Date ? time : cellText(time as string),
        user: cellText(v[at('Bruker')] as string),
        subDuty: cellText(v[at('Delplikt')] as string),
        event: cellText(v[at('Hendelse')] as string),
        details: String(v[at('Detaljer')] ?? ''),
      };
    });
}
