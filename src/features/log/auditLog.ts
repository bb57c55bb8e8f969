import type { SubDuty } from '../../domain/cases/lifecycle';
import { appendRecords } from '../../gas/rows';
import { LOG_SHEET } from './logSheet';

export interface LogEntry {
  saksnr: string;
  subDuty: SubDuty | '';
  event: string;
  details?: string;
  /** Who did it; defaults to the log's user. */
  user?: string;
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
    this.entries.push({ ...entry, at: this.now() });
  }

  get size(): number {
    return this.entries.length;
  }

  flush(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
    if (this.entries.length === 0) return;
    const sheet = ss.getSheetByName(LOG_SHEET.name);
    if (!sheet) return;
    appendRecords(
      sheet,
      this.entries.map((e) => ({
        Tid: e.at,
        Bruker: e.user ?? this.user,
        Saksnr: e.saksnr,
        Delplikt: e.subDuty,
        Hendelse: e.event,
        Detaljer: e.details ?? '',
      })),
    );
    this.entries.length = 0;
  }
}
