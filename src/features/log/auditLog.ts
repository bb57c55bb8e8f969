import type { SubDuty } from '../../domain/cases/lifecycle';
import { ensureRows, toWritable } from '../../gas/table';
import { LOG_COLUMNS, LOG_SHEET } from './logSheet';

export interface LogEntry {
  saksnr: string;
  subDuty: SubDuty | '';
  event: string;
  details?: string;
  /** Who did it; defaults to the log's user. */
  user?: string;
  /** The operation the row belongs to (journal.ts): a replay never writes it twice. */
  id?: string;
  /** When it happened; defaults to now. */
  at?: Date;
}

/**
 * Collects what a job did and writes it to `Logg` in one batch at the end. Entries are the case's
 * chronology (what Statsforvalteren asks for), so they name what happened, never a student.
 */
export class AuditLog {
  private readonly entries: (LogEntry & { at: Date })[] = [];

  constructor(
    private readonly user: string,
    private readonly now: () => Date,
  ) {}

  add(entry: LogEntry): void {
    this.entries.push({ ...entry, at: entry.at ?? this.now() });
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Writes the entries in the column order of LOG_SHEET (the sheet is the product's own and protected).
   * A job that logs one or two things appends them row by row (one call each, atomic); more go in one write.
   */
  flush(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
    if (this.entries.length === 0) return;
    const sheet = ss.getSheetByName(LOG_SHEET.name);
    if (!sheet) return;
    const rows = this.entries.map((e) =>
      [e.at, e.user ?? this.user, e.saksnr, e.subDuty, e.event, e.details ?? '', e.id ?? ''].map((v) =>
        v instanceof Date ? v : toWritable(v),
      ),
    );
    if (rows.length <= APPEND_ROW_LIMIT) {
      for (const row of rows) sheet.appendRow(row);
    } else {
      const start = sheet.getLastRow() + 1;
      ensureRows(sheet, start + rows.length - 1);
      sheet.getRange(start, 1, rows.length, rows[0]!.length).setValues(rows);
    }
    this.entries.length = 0;
  }

  /** The operation ids of the last `n` log rows: what a dead run may already have written. */
  idsInTail(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, n: number): Set<string> {
    const sheet = ss.getSheetByName(LOG_SHEET.name);
    if (!sheet) return new Set();
    const last = sheet.getLastRow();
    if (last < 2) return new Set();
    const from = Math.max(2, last - n + 1);
    const column = LOG_COLUMNS.indexOf('Id') + 1;
    return new Set(
      sheet
        .getRange(from, column, last - from + 1, 1)
        .getValues()
        .map((r) => String(r[0] ?? ''))
        .filter(Boolean),
    );
  }
}

const APPEND_ROW_LIMIT = 3;
