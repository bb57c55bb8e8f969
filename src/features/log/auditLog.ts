import type { SubDuty } from '../../domain/cases/lifecycle';
import {
  type ChainHead,
  type ChainRow,
  formatLink,
  type Link,
  linkFor,
  resumeFrom,
  toSecond,
} from '../../domain/log/chain';
import { DocState } from '../../gas/docState';
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

/** Document property: the chain's end as last written (domain/log/chain.ts, ChainHead). */
export const CHAIN_KEY = 'log:chain';

/** How far back the log is read when the sheet does not end where the head says. */
const TAIL_ROWS = 200;

export function readHead(state: DocState): ChainHead | null {
  const head = state.getJson<ChainHead | null>(CHAIN_KEY, null);
  return head && typeof head.seq === 'number' && typeof head.hash === 'string' ? head : null;
}

export function writeHead(state: DocState, head: ChainHead): void {
  state.setJson(CHAIN_KEY, head);
}

/** Log rows as the chain reads them: the seven hashed cells and «Kjede». */
export function chainRows(values: readonly (readonly unknown[])[], firstRow: number): ChainRow[] {
  const width = LOG_COLUMNS.length;
  return values.map((v, i) => ({
    row: firstRow + i,
    cells: v.slice(0, width - 1),
    link: v[width - 1] ?? '',
  }));
}

/**
 * Collects what a job did and writes it to `Logg` in one batch at the end. Entries are the case's
 * chronology (what Statsforvalteren asks for), so they name what happened, never a student.
 *
 * Each row is chained to the one before it (domain/log/chain.ts): its «Kjede» cell holds its number and
 * hash, and the chain's end is kept in document properties (`state`, saved with the job's bookkeeping;
 * a log made without one loads the properties and saves the new end itself).
 */
export class AuditLog {
  private readonly entries: (LogEntry & { at: Date })[] = [];

  constructor(
    private readonly user: string,
    private readonly now: () => Date,
    private readonly state?: DocState,
  ) {}

  add(entry: LogEntry): void {
    // Whole seconds: what the sheet shows and keeps exactly, and so what the hash is made of.
    this.entries.push({ ...entry, at: toSecond(entry.at ?? this.now()) });
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Writes the entries in the column order of LOG_SHEET (the sheet is the product's own and protected).
   * A job that logs one or two things appends them row by row (one call each, atomic); more go in one write.
   * The hashes need no call; knowing where the log ends costs one (getLastRow). Only when the sheet does not
   * end where the head says (a run that died before saving it, a row added or removed by hand) are the
   * last rows read, to go on from the right link (chain.ts, resumeFrom).
   */
  flush(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
    if (this.entries.length === 0) return;
    const sheet = ss.getSheetByName(LOG_SHEET.name);
    if (!sheet) return;
    const state = this.state ?? DocState.load();
    const lastRow = sheet.getLastRow();
    let head = readHead(state);
    if (!head || head.row !== lastRow || head.pending !== undefined)
      head = resumeFrom(tail(sheet, lastRow), head, lastRow);
    let link: Link = head;
    const rows = this.entries.map((e) => {
      const cells = [e.at, e.user ?? this.user, e.saksnr, e.subDuty, e.event, e.details ?? '', e.id ?? ''];
      link = linkFor(link, cells);
      return [...cells, formatLink(link)].map((v) => (v instanceof Date ? v : toWritable(v)));
    });
    if (rows.length <= APPEND_ROW_LIMIT) {
      for (const row of rows) sheet.appendRow(row);
    } else {
      const start = lastRow + 1;
      ensureRows(sheet, start + rows.length - 1);
      sheet.getRange(start, 1, rows.length, rows[0]!.length).setValues(rows);
    }
    writeHead(state, { seq: link.seq, hash: link.hash, row: lastRow + rows.length, legacy: head.legacy });
    if (!this.state) state.save();
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

function tail(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): ChainRow[] {
  if (lastRow < 2) return [];
  const from = Math.max(2, lastRow - TAIL_ROWS + 1);
  return chainRows(sheet.getRange(from, 1, lastRow - from + 1, LOG_COLUMNS.length).getValues(), from);
}

const APPEND_ROW_LIMIT = 3;
