import { reconcileTask } from '../intake/reconcileTask';
import { overviewTask } from '../overview/overviewTask';
import { deadlinesTask } from '../register/deadlinesTask';
import type { DailyTask } from './dailyTask';
import { digestTask } from './digestTask';

/** What the daily trigger does, in order. Each feature adds its own idempotent task; the digest stays last. */
export const DAILY_TASKS: readonly DailyTask[] = [reconcileTask, deadlinesTask, overviewTask, digestTask];
