import type { Settings } from '../../domain/settings/settings';
import type { Clock } from '../../gas/clock';
import type { AuditLog } from '../log/auditLog';

export interface SetupContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Read after the sheets and settings steps, so later steps see the school's choices. */
  settings: () => Settings;
  clock: Clock;
  log: AuditLog;
}

/**
 * One idempotent piece of setUp. `run` creates or repairs what is missing and returns a short
 * description of each change it made: an empty list means it found everything in place.
 */
export interface SetupStep {
  name: string;
  run(ctx: SetupContext): string[];
}
