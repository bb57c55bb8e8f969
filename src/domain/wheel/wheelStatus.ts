/**
 * Where an årshjul row stands today, for the sheet's status column and the daily reminders.
 *
 * The row keeps two dates: `next`, the occurrence still to be done, and `lastDone`. `next` moves on
 * only when the row is marked done (`markDone`), so a missed occurrence stays visible as overdue
 * instead of silently rolling forward.
 */
import { daysBetween, type LocalDate } from '../time/localDate';
import {
  firstOccurrence,
  type Language,
  nextOccurrence,
  type Recurrence,
  type SchoolDays,
  wheelYearOf,
} from './recurrence';

export type WheelStatus = 'forfalt' | 'denne uken' | 'gjort' | 'planlagt';

/** In the order a reminder lists them: most urgent first. */
export const WHEEL_STATUSES: readonly WheelStatus[] = ['forfalt', 'denne uken', 'planlagt', 'gjort'];

export interface WheelRowState {
  /** Null when the row's recurrence text does not parse. */
  readonly recurrence: Recurrence | null;
  readonly next: LocalDate | null;
  readonly lastDone: LocalDate | null;
}

export interface WheelStatusOptions {
  /** How many days ahead counts as "denne uken" (default 7). */
  readonly dueSoonDays?: number;
}

/**
 * - `forfalt`: the next date has passed and the row was not done on or after it;
 * - `gjort`: done for the current occurrence (done on or after `next`, or done today), or done before
 *   and the next occurrence is not yet near;
 * - `denne uken`: due today or within `dueSoonDays` days;
 * - `planlagt`: not yet near and never done.
 *
 * A row without `next` takes its first occurrence from today on (a new row is not overdue from the past),
 * except a school-start activity in the weeks after this year's school start (see `firstOccurrence`).
 */
export function wheelStatus(
  row: WheelRowState,
  today: LocalDate,
  calendar: SchoolDays,
  opts: WheelStatusOptions = {},
): WheelStatus {
  const due = row.next ?? (row.recurrence ? firstOccurrence(row.recurrence, today, calendar) : null);
  const done = row.lastDone;
  if (due === null) return done !== null ? 'gjort' : 'planlagt';
  if (done !== null && done >= due) return 'gjort';
  if (due < today) return 'forfalt';
  if (done === today) return 'gjort';
  if (daysBetween(today, due) <= (opts.dueSoonDays ?? 7)) return 'denne uken';
  return done !== null ? 'gjort' : 'planlagt';
}

export interface MarkedDone {
  readonly lastDone: LocalDate;
  /** Null when nothing more is to come (a `once` rule). */
  readonly next: LocalDate | null;
}

/**
 * Records that the activity was done today and moves `next` to the following occurrence.
 *
 * - Done on time or late: counts for the pending occurrence; missed ones are not replayed.
 * - Done early, in the same school year as the pending occurrence: counts for it, so the new `next` comes
 *   after both today and the old `next`.
 * - Done while the pending occurrence is in a later school year (a school-start activity done late, after
 *   the row had already moved on; or a second time in one year): counts for this school year, and `next`
 *   stays. Next year's occurrence is never skipped.
 *
 * Marking the same row twice on one day changes nothing, so a repeated click or trigger run does not skip
 * an occurrence.
 */
export function markDone(
  row: {
    readonly recurrence: Recurrence;
    readonly next: LocalDate | null;
    readonly lastDone: LocalDate | null;
  },
  today: LocalDate,
  calendar: SchoolDays,
): MarkedDone {
  if (row.lastDone === today && (row.next === null || row.next > today))
    return { lastDone: today, next: row.next };
  if (row.next !== null && row.next > today && wheelYearOf(row.next) > wheelYearOf(today))
    return { lastDone: today, next: row.next };
  const from = row.next !== null && row.next > today ? row.next : today;
  return { lastDone: today, next: nextOccurrence(row.recurrence, from, calendar) };
}

const LABELS: Record<Language, Record<WheelStatus, string>> = {
  nb: { forfalt: 'Forfalt', 'denne uken': 'Denne uken', gjort: 'Gjort', planlagt: 'Planlagt' },
  nn: { forfalt: 'Forfallen', 'denne uken': 'Denne veka', gjort: 'Gjort', planlagt: 'Planlagd' },
};

/** The status as shown in the sheet, in the school's language. */
export function wheelStatusLabel(status: WheelStatus, language: Language = 'nb'): string {
  return LABELS[language][status];
}
