import { uiAction } from '../menu/uiAction';
import { isStaleTriggerRun } from '../setup/ownership';
import { runDaily } from './runDailyJobs';
import { DAILY_TASKS } from './tasks';

/** The installable daily trigger: deadlines, digest, reminders, repair. */
export function runDailyJobs(): void {
  if (isStaleTriggerRun()) return;
  runDaily(DAILY_TASKS);
}

/** Menu: run the daily jobs now (idempotent: mails already sent today are not sent again). */
export function menuRunDailyJobs(): void {
  uiAction((t, ui) => {
    const ctx = runDaily(DAILY_TASKS);
    ui.alert(t.daily.ranNow(ctx.mails.length));
  });
}
