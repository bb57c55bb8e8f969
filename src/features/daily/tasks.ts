import { followUpTask } from '../absence/followUpTask';
import { confirmationsDigestTask } from '../confirmations/digestTask';
import { reconcileTask } from '../intake/reconcileTask';
import { logCheckTask } from '../log/logCheckTask';
import { overviewTask } from '../overview/overviewTask';
import { reportSheetTask } from '../overview/steps';
import { deadlinesTask } from '../register/deadlinesTask';
import { retentionTask } from '../register/retentionTask';
import { remindersTask, wheelStatusTask } from '../wheel/dailyTasks';
import type { DailyTask } from './dailyTask';
import { digestTask } from './digestTask';

/** What the daily trigger does, in order. Each feature adds its own idempotent task; the digest stays last. */
export const DAILY_TASKS: readonly DailyTask[] = [
  reconcileTask,
  deadlinesTask,
  followUpTask,
  retentionTask,
  logCheckTask,
  overviewTask,
  reportSheetTask,
  wheelStatusTask,
  remindersTask,
  confirmationsDigestTask,
  digestTask,
];
