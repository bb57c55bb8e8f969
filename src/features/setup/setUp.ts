import type { Settings } from '../../domain/settings/settings';
import { systemClock } from '../../gas/clock';
import { withScriptLock } from '../../gas/lock';
import { AuditLog } from '../log/auditLog';
import { readSettings } from '../settings/settingsSheet';
import type { SetupStep } from './setupStep';

export interface SetUpResult {
  changes: string[];
}

/**
 * Creates or repairs everything the product needs. Idempotent: the second run finds everything in
 * place and changes nothing. Holds the script lock so it cannot race an intake.
 */
export function runSetUp(steps: readonly SetupStep[]): SetUpResult {
  return withScriptLock(30_000, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const clock = systemClock();
    const log = new AuditLog(Session.getActiveUser().getEmail(), () => new Date());
    let settings: Settings | null = null;
    const ctx = {
      ss,
      clock,
      log,
      settings: () => {
        settings ??= readSettings(ss);
        return settings;
      },
    };
    const changes: string[] = [];
    for (const step of steps) changes.push(...step.run(ctx));
    if (changes.length > 0)
      log.add({ saksnr: '', subDuty: '', event: 'Oppsett', details: changes.join(' ') });
    log.flush(ss);
    return { changes };
  });
}
