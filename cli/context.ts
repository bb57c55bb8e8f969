// What every command runs with: the API clients, the retrying caller, output, and the run's options.
import type { Apis } from './google/apis';
import type { Caller } from './google/retry';
import type { Reporter } from './output/reporter';

export interface Context {
  apis: Apis;
  caller: Caller;
  reporter: Reporter;
  /** Read, plan and report; never write. */
  dryRun: boolean;
  concurrency: number;
  /** Today in Oslo, `YYYY-MM-DD`. */
  today: () => string;
  /** True once the user pressed Ctrl+C: finish the schools in progress, save the registry, stop. */
  stopped: () => boolean;
  /** The registry spreadsheet, when given on the command line; otherwise found by its tag in Drive. */
  registryId?: string;
}

const osloDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function osloToday(now = new Date()): string {
  return osloDay.format(now);
}

const osloMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** Now in Oslo, `YYYY-MM-DD HH:MM`, for the municipality's own sheets. */
export function osloNow(now = new Date()): string {
  return osloMinute.format(now);
}
