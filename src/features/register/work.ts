import type { CaseRecord } from '../../domain/cases/caseRecord';
import type { Mail } from '../../domain/notices/notices';
import type { Settings } from '../../domain/settings/settings';
import { parseLocalDate } from '../../domain/time/localDate';
import { cellDate, dateCell } from '../../gas/cellValues';
import { type Clock, systemClock } from '../../gas/clock';
import { DocState } from '../../gas/docState';
import { withScriptLock } from '../../gas/lock';
import { sendAll } from '../../gas/mailer';
import { type CellValue, Table } from '../../gas/table';
import { type Messages, messages } from '../../i18n';
import { AuditLog, type LogEntry } from '../log/auditLog';
import { MEASURE_COL, MEASURES_SHEET } from '../measures/measuresSheet';
import { readSettings } from '../settings/settingsSheet';
import { applyChanges, encodeChanges, Journal, type JournalEntry } from './journal';
import { type CaseRow, Register } from './register';

/**
 * One job that changes cases, under the script lock. It completes what an earlier, dead job left in
 * the journal, then runs `fn`, then writes everything once: the register's changed cells, the new
 * measures, the log, the e-mails, and the bookkeeping (which also ends the journal entries). Changes
 * are made with `commit`, which records them in the journal before anything is written.
 */
export interface Work {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly state: DocState;
  readonly settings: Settings;
  readonly t: Messages;
  readonly clock: Clock;
  readonly user: string;
  readonly log: AuditLog;
  readonly mails: Mail[];
  /** The register, opened on first use. */
  register(): Register;
  /** Records operations in the journal (one save), then applies them in memory. */
  commit(ops: readonly Operation[]): void;
}

/** A change to one case: the fields it sets, a measure row, log rows and e-mails. */
export interface Operation {
  readonly saksnr: string;
  readonly row?: CaseRow;
  /** The case as it should be: its changed fields are what the journal records. */
  readonly record?: CaseRecord;
  readonly measures?: readonly Readonly<Record<string, string>>[];
  /** A new case: its log rows and notice count only if the case reached the register. */
  readonly requireCase?: boolean;
  readonly log?: readonly Omit<LogEntry, 'saksnr'>[];
  readonly mails?: readonly Mail[];
}

export function withWork<T>(user: string, fn: (w: Work) => T, lockMs = 30_000): T {
  return withScriptLock(lockMs, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const state = DocState.load();
    const settings = readSettings(ss);
    const clock = systemClock();
    const journal = new Journal(state);
    const log = new AuditLog(user, () => clock.now, state);
    const opened: { register: Register | null } = { register: null };
    const measures: Record<string, string>[] = [];
    const done: string[] = [];
    const w: Work = {
      ss,
      state,
      settings,
      t: messages(settings.language),
      clock,
      user,
      log,
      mails: [],
      register: () => {
        opened.register ??= Register.open(ss, settings);
        return opened.register;
      },
      commit(ops) {
        const entries = ops.map((op) => toEntry(op, clock.now.getTime()));
        journal.begin(entries);
        for (const e of entries) apply(w, e, measures);
        done.push(...entries.map((e) => e.id));
      },
    };

    const pending = journal.pending();
    if (pending.length > 0) {
      // A dead run's log rows may already be there: each carries its operation's id.
      const logged = log.idsInTail(ss, 200);
      for (const e of pending) apply(w, e, measures, logged);
      done.push(...pending.map((e) => e.id));
    }

    const result = fn(w);

    opened.register?.flush();
    appendMeasures(ss, measures);
    log.flush(ss);
    // Mails queued by an earlier run (a passing error) go with any job, not only one with mails of its own.
    const { queued } = sendAll(w.mails, state);
    if (queued > 0 && w.mails.length > 0)
      log.add({ saksnr: '', subDuty: 'melde', event: 'E-post i kø', details: w.t.log.mailQueued(queued) });
    log.flush(ss);
    journal.end(done);
    state.save();
    return result;
  });
}

function toEntry(op: Operation, at: number): JournalEntry {
  const id = Utilities.getUuid();
  return {
    id,
    saksnr: op.saksnr,
    ...(op.row ? { row: op.row.sheetRow } : {}),
    ...(op.row && op.record ? { changes: encodeChanges(op.row.record, op.record) } : {}),
    ...(op.measures?.length ? { measures: op.measures } : {}),
    ...(op.requireCase ? { requireCase: true } : {}),
    log: (op.log ?? []).map((l) => ({ ...l, saksnr: op.saksnr })),
    mails: op.mails ?? [],
    at,
  };
}

/** Applies a journal entry in memory: idempotent, so a replay after a partial run is harmless. */
function apply(w: Work, e: JournalEntry, measures: Record<string, string>[], logged?: Set<string>): void {
  // On a replay, a new case that never reached the sheet is taken in again by the reconciliation.
  if (logged && e.requireCase && !w.register().find(e.saksnr)) return;
  if (e.changes && Object.keys(e.changes).length > 0) {
    const register = w.register();
    const row = register.find(e.saksnr, e.row);
    if (row) register.update(row, (c) => applyChanges(c, e.changes!));
  }
  for (const m of e.measures ?? []) measures.push({ ...m });
  if (!logged?.has(e.id)) for (const l of e.log) w.log.add({ ...l, id: e.id, at: new Date(e.at) });
  w.mails.push(...e.mails);
}

const MEASURE_DATES: readonly string[] = [
  MEASURE_COL.fra,
  MEASURE_COL.til,
  MEASURE_COL.evalueres,
  MEASURE_COL.samtykke,
];
const MEASURE_KEY: readonly string[] = [
  MEASURE_COL.saksnr,
  MEASURE_COL.tiltak,
  MEASURE_COL.niva,
  MEASURE_COL.hvem,
  ...MEASURE_DATES,
];

/**
 * New measures in one write. A measure already there (the same case, text, level, people and dates) is
 * not added twice: a replay, or a person repeating an action whose success they did not see.
 */
function appendMeasures(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: Record<string, string>[]): void {
  if (rows.length === 0) return;
  const sheet = ss.getSheetByName(MEASURES_SHEET.name);
  if (!sheet) return;
  const table = Table.read(sheet, { formulas: false });
  const existing = new Set<string>();
  for (let i = 0; i < table.rowCount; i++) {
    existing.add(
      JSON.stringify(
        MEASURE_KEY.map((h) =>
          MEASURE_DATES.includes(h) ? (cellDate(table.get(i, h)) ?? '') : String(table.get(i, h)),
        ),
      ),
    );
  }
  const fresh: Record<string, CellValue>[] = [];
  for (const r of rows) {
    const k = JSON.stringify(MEASURE_KEY.map((h) => r[h] ?? ''));
    if (existing.has(k)) continue;
    existing.add(k);
    const row: Record<string, CellValue> = {};
    for (const [h, v] of Object.entries(r))
      row[h] = MEASURE_DATES.includes(h) ? dateCell(parseLocalDate(v)) : v;
    fresh.push(row);
  }
  table.append(fresh);
}
