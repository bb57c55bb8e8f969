import type { DigestLine, Mail } from '../../domain/notices/notices';
import type { Settings } from '../../domain/settings/settings';
import type { Clock } from '../../gas/clock';
import type { DocState } from '../../gas/docState';
import type { Table } from '../../gas/table';
import type { AuditLog } from '../log/auditLog';
import type { CaseRow, OddRow } from '../register/register';
import type { Work } from '../register/work';

export interface DailyContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  clock: Clock;
  /** Document-property bookkeeping, saved once at the end of the run. */
  state: DocState;
  log: AuditLog;
  /** Mails to send; the job sends them all at the end, within the quota (queued past it). */
  mails: Mail[];
  /** The run's work (work.ts): the register, the journal. */
  work: Work;
  /** Extra lines for the rektor's daily digest (no personal data). */
  digest: string[];
  /** Deadlines passed or near, by case number, for the digest. */
  alerts: DigestLine[];
  /** Every case of the register, read once per run; changes go through `work.register().update`. */
  register(): { cases: CaseRow[]; odd: OddRow[] };
  /**
   * A sheet read once per run and shared by the tasks (null when the sheet is missing). A task that
   * changes it calls `flush()`; later tasks see the changes in memory.
   */
  table(sheetName: string): Table | null;
  /** Link to a sheet (and optionally a row): cached URLs, no service call. */
  link(sheetName: string, row?: number): string;
}

/**
 * One part of the daily trigger (runDailyJobs). A task must be idempotent: the trigger can fire twice
 * on a day, so anything that must happen once a day (an e-mail) checks and records it in `state`
 * (for example `daily:<name>` = today's date).
 */
export interface DailyTask {
  name: string;
  run(ctx: DailyContext): void;
}

/** True once per day per key: records today's date under `key`. */
export function firstTimeToday(ctx: DailyContext, key: string): boolean {
  if (ctx.state.get(key) === ctx.clock.today) return false;
  ctx.state.set(key, ctx.clock.today);
  return true;
}
