import {
  type ChainHead,
  type ChainRow,
  type Finding,
  type Verification,
  verifyChain,
} from '../../domain/log/chain';
import type { DocState } from '../../gas/docState';
import type { Messages } from '../../i18n';
import { chainRows, readHead } from './auditLog';
import { LOG_SHEET } from './logSheet';

export interface LogCheck extends Verification {
  readonly head: ChainHead | null;
  /** Every row of the log as read (for a job that goes on to rewrite it: archive/logRedaction.ts). */
  readonly rows: readonly ChainRow[];
}

/** Every row of «Logg» below the header, in one read. */
export function readLogRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ChainRow[] {
  const sheet = ss.getSheetByName(LOG_SHEET.name);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  return chainRows(values.slice(1), 2);
}

/**
 * «Kontroller loggen» and the daily job: reads the log once and checks the chain and its end against the
 * head kept in document properties (domain/log/chain.ts). Run under the script lock, so no job writes
 * the log while it is read.
 */
export function checkLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, state: DocState): LogCheck {
  const rows = readLogRows(ss);
  const head = readHead(state);
  return { ...verifyChain(rows, head), head, rows };
}

/** One break in words, with the sheet's row numbers. */
export function describeFinding(f: Finding, t: Messages): string {
  const c = t.logCheck;
  switch (f.kind) {
    case 'edited':
      return c.edited(f.row, f.seq);
    case 'removed':
      return c.removed(f.row, f.from, f.to);
    case 'inserted':
      return c.inserted(f.row);
    case 'removedAtEnd':
      return c.removedAtEnd(f.after, f.from, f.to);
    case 'aboveChain':
      return c.aboveChain(f.first, f.found, f.expected);
  }
}

/** What «Kontroller loggen» says: that the log is whole, or its first break and what to do. */
export function checkReport(v: LogCheck, t: Messages): string {
  const c = t.logCheck;
  if (v.ok) return c.intact(v.chained, v.legacy);
  const [first, ...others] = v.findings.map((f) => describeFinding(f, t));
  const shown = others.slice(0, 10);
  return c.broken(first!, shown, others.length - shown.length);
}
