import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import { checkLog, describeFinding } from './logCheck';

/** The break last written to the log, so a log that stays broken is logged once, not every night. */
const REPORTED = 'log:reportedBreak';

/**
 * Daily: checks the log's chain (one read) and reports a break in the rektor's digest (row numbers
 * only) every day until it is repaired. The first time a break is seen it is also logged.
 */
export const logCheckTask: DailyTask = {
  name: 'Kontroll av loggen',
  run(ctx) {
    const v = checkLog(ctx.ss, ctx.state);
    if (v.ok) {
      if (ctx.state.get(REPORTED)) ctx.state.delete(REPORTED);
      return;
    }
    const t = messages(ctx.settings.language);
    const first = describeFinding(v.findings[0]!, t);
    ctx.digest.push(t.logCheck.digest(first, v.findings.length - 1));
    const signature = JSON.stringify(v.findings[0]);
    if (ctx.state.get(REPORTED) !== signature) {
      ctx.state.set(REPORTED, signature);
      ctx.log.add({
        saksnr: '',
        subDuty: '',
        event: t.logCheck.event,
        details: t.logCheck.eventBroken(first, v.findings.length),
      });
    }
  },
};
