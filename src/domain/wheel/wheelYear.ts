/**
 * The årshjul of one school year, laid out for a picture: which activity falls in which month, and how
 * each month of it stands (overdue, done, planned). Pure: the wheel dialog reads the sheet and hands the
 * rows' occurrences in; `wheelSvg.ts` draws what this module lays out, and the dialog's list shows the
 * same entries in words.
 *
 * Months are indexed in school-year order: 0 = August … 11 = July.
 */
import { addDays, type LocalDate, localDate, parts } from '../time/localDate';

export type OccurrenceState = 'overdue' | 'done' | 'planned';

/** In the order the legend and the list explain them. */
export const OCCURRENCE_STATES: readonly OccurrenceState[] = ['overdue', 'done', 'planned'];

export interface Occurrence {
  readonly date: LocalDate;
  readonly state: OccurrenceState;
}

/** One row of the årshjul with its occurrences this school year. */
export interface WheelActivity {
  readonly name: string;
  /** The role or person in `Ansvarlig` (may be empty). */
  readonly responsible: string;
  readonly occurrences: readonly Occurrence[];
  /** Why the activity has no date this year, for the person reading the list (a rule that does not parse). */
  readonly problem?: string;
}

/**
 * How one occurrence stands, from the row's two dates (see `wheelStatus.ts`): `next` is the occurrence
 * still to be done, and it moves on only when the row is marked done.
 * - on or before `lastDone`, or before `next` once the row has been marked done at all: done (marking done
 *   covers the pending occurrence and does not replay missed ones);
 * - before `next` on a row never marked done (a row added mid-year, a routine rolled forward): planned,
 *   as the sheet's status says; nothing was missed that the school was asked to record;
 * - from `next` on, before today: overdue; today and later: planned.
 */
export function occurrenceState(
  date: LocalDate,
  row: { readonly next: LocalDate | null; readonly lastDone: LocalDate | null },
  today: LocalDate,
): OccurrenceState {
  if (row.lastDone !== null && date <= row.lastDone) return 'done';
  if (row.next !== null && date < row.next) return row.lastDone !== null ? 'done' : 'planned';
  if (row.next === null && row.lastDone !== null) return 'done';
  return date < today ? 'overdue' : 'planned';
}

/** 1 August of the school year `date` belongs to. */
export function schoolYearStartOf(date: LocalDate): LocalDate {
  const { year, month } = parts(date);
  return localDate(month >= 8 ? year : year - 1, 8, 1);
}

/** 31 July at the end of the school year that starts on `start`. */
export function schoolYearEnd(start: LocalDate): LocalDate {
  return addDays(localDate(parts(start).year + 1, 8, 1), -1);
}

/** August = 0 … July = 11. */
export function schoolMonthIndex(date: LocalDate): number {
  return (parts(date).month + 4) % 12;
}

/** The calendar month (1–12) of a school-year month index. */
export function calendarMonth(index: number): number {
  return ((index + 7) % 12) + 1;
}

/** The months of the school year that hold lessons: August to June. */
const TEACHING_MONTHS = 11;

export interface MonthEntry {
  /** The activity's number on the wheel and in the list. */
  readonly number: number;
  readonly name: string;
  readonly responsible: string;
  readonly state: OccurrenceState;
}

/** An activity that runs the whole school year: drawn as a ring, one segment per month. */
export interface RingEntry {
  readonly number: number;
  readonly name: string;
  readonly responsible: string;
  /** By school-year month index; null where the activity has no date (July). */
  readonly states: readonly (OccurrenceState | null)[];
}

export interface UndatedEntry {
  readonly name: string;
  readonly responsible: string;
  readonly problem: string | null;
}

export interface WheelLayout {
  readonly yearStart: LocalDate;
  readonly today: LocalDate;
  /** Twelve months in school-year order, each with its activities by number (rings not included). */
  readonly months: readonly { readonly month: number; readonly entries: readonly MonthEntry[] }[];
  readonly rings: readonly RingEntry[];
  /** Activities with no date this school year. */
  readonly undated: readonly UndatedEntry[];
  /** Today's position, in months from the start of the year (0 = 1 August, 12 = the next 1 August). */
  readonly todayPosition: number;
}

/** A month's state for one activity: overdue if any occurrence is, done when all are, else planned. */
export function monthState(states: readonly OccurrenceState[]): OccurrenceState {
  if (states.includes('overdue')) return 'overdue';
  return states.length > 0 && states.every((s) => s === 'done') ? 'done' : 'planned';
}

/**
 * Numbers the activities and places them in their months.
 * - An activity with a date in every month from August to June is a ring (it would otherwise fill every
 *   month with the same marker); the others are markers in their months.
 * - Markers are numbered first, by their first date (the sheet's order breaks ties), then the rings in
 *   the sheet's order: reading the numbers follows the school year.
 * - Occurrences outside the school year that starts on `yearStart` are ignored.
 */
export function layoutWheel(
  activities: readonly WheelActivity[],
  yearStart: LocalDate,
  today: LocalDate,
): WheelLayout {
  const yearEnd = schoolYearEnd(yearStart);
  const placed: { a: WheelActivity; order: number; first: LocalDate; byMonth: OccurrenceState[][] }[] = [];
  const undated: UndatedEntry[] = [];
  activities.forEach((a, order) => {
    const inYear = a.occurrences.filter((o) => o.date >= yearStart && o.date <= yearEnd);
    if (inYear.length === 0) {
      undated.push({ name: a.name, responsible: a.responsible, problem: a.problem ?? null });
      return;
    }
    const byMonth: OccurrenceState[][] = Array.from({ length: 12 }, () => []);
    let first = inYear[0]!.date;
    for (const o of inYear) {
      byMonth[schoolMonthIndex(o.date)]!.push(o.state);
      if (o.date < first) first = o.date;
    }
    placed.push({ a, order, first, byMonth });
  });

  const isRing = (p: (typeof placed)[number]) =>
    p.byMonth.slice(0, TEACHING_MONTHS).every((states) => states.length > 0);
  const markers = placed
    .filter((p) => !isRing(p))
    .sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : x.order - y.order));
  const ringed = placed.filter(isRing);

  const months = Array.from({ length: 12 }, (_, i) => ({
    month: calendarMonth(i),
    entries: [] as MonthEntry[],
  }));
  markers.forEach((p, k) => {
    p.byMonth.forEach((states, i) => {
      if (states.length === 0) return;
      months[i]!.entries.push({
        number: k + 1,
        name: p.a.name,
        responsible: p.a.responsible,
        state: monthState(states),
      });
    });
  });
  const rings = ringed.map((p, k) => ({
    number: markers.length + k + 1,
    name: p.a.name,
    responsible: p.a.responsible,
    states: p.byMonth.map((states) => (states.length > 0 ? monthState(states) : null)),
  }));

  return { yearStart, today, months, rings, undated, todayPosition: yearPosition(yearStart, today) };
}

/** Where a date falls on the wheel, in months from 1 August (the middle of the 15th is 0.5 into a month). */
export function yearPosition(yearStart: LocalDate, date: LocalDate): number {
  if (date < yearStart) return 0;
  if (date > schoolYearEnd(yearStart)) return 12;
  const { year, month, day } = parts(date);
  const days = parts(addDays(localDate(year, month + 1, 1), -1)).day;
  return schoolMonthIndex(date) + (day - 0.5) / days;
}
