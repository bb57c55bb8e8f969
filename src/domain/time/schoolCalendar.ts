/**
 * The school's calendar: which days count when a deadline is "N school days" away.
 *
 * A school day is Monday–Friday that is neither a Norwegian public holiday nor one of the
 * school's own holidays (autumn, Christmas, winter, Easter and summer breaks, planning days).
 */
import { norwegianPublicHolidays } from './holidays';
import {
  addDays,
  compareDates,
  daysBetween,
  formatNorwegian,
  type LocalDate,
  localDate,
  parseNorwegianOrIso,
  parts,
  weekday,
} from './localDate';

/** A school holiday, inclusive at both ends; a single day has `from === to`. */
export interface SchoolHoliday {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** Optional name typed before a colon in the setting, e.g. "Høstferie". */
  readonly label?: string;
}

export type SchoolHolidayInput =
  | LocalDate
  | { readonly from: LocalDate; readonly to: LocalDate; readonly label?: string };

/**
 * Stepping over more consecutive non-school days than this means the holidays are wrong
 * (no real school is closed for three years); stop instead of looping through the centuries.
 */
const MAX_CLOSED_RUN = 3 * 366;

export class SchoolCalendar {
  readonly holidays: readonly SchoolHoliday[];
  // Non-school weekdays per year (public + school holidays), built once per year on demand.
  private readonly closedByYear = new Map<number, ReadonlySet<string>>();
  // A register holds thousands of cases reported on a few hundred days: remember each answer.
  private readonly sums = new Map<string, LocalDate>();

  /** Reversed ranges are swapped rather than rejected: the parser already reports them to the user. */
  constructor(holidays: readonly SchoolHolidayInput[] = []) {
    // Frozen: the per-year caches below are built from these and must not go stale.
    this.holidays = Object.freeze(
      holidays.map((h) => {
        if (typeof h === 'string') return Object.freeze({ from: h, to: h });
        return Object.freeze(h.from <= h.to ? { ...h } : { ...h, from: h.to, to: h.from });
      }),
    );
  }

  isSchoolDay(date: LocalDate): boolean {
    if (weekday(date) > 5) return false;
    return !this.closedDates(parts(date).year).has(date);
  }

  /** True on the school's own holidays (whatever the weekday); public holidays are not included. */
  isSchoolHoliday(date: LocalDate): boolean {
    return this.holidays.some((h) => h.from <= date && date <= h.to);
  }

  /** The first school day strictly after `date`. */
  nextSchoolDay(date: LocalDate): LocalDate {
    return this.step(date, 1);
  }

  /** The last school day strictly before `date`. */
  previousSchoolDay(date: LocalDate): LocalDate {
    return this.step(date, -1);
  }

  /**
   * - `n = 0`: `date` itself if it is a school day, otherwise the next school day
   *   (a report on a Saturday is handled on Monday).
   * - `n > 0`: the n-th school day after `date`; `date` itself never counts, even on a school day.
   * - `n < 0`: the |n|-th school day before `date`.
   */
  addSchoolDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`addSchoolDays: n must be an integer, got ${n}`);
    const key = `${date}|${n}`;
    const known = this.sums.get(key);
    if (known) return known;
    let current = date;
    if (n === 0) current = this.isSchoolDay(date) ? date : this.step(date, 1);
    else for (let i = 0; i < Math.abs(n); i++) current = this.step(current, n > 0 ? 1 : -1);
    this.sums.set(key, current);
    return current;
  }

  /**
   * School days after `a` up to and including `b`: so `schoolDaysBetween(a, addSchoolDays(a, n)) === n`
   * for n ≥ 1. Zero when a = b; negative (minus the count after `b` up to and including `a`) when b is
   * before a. Neither endpoint has to be a school day.
   */
  schoolDaysBetween(a: LocalDate, b: LocalDate): number {
    if (a === b) return 0;
    if (b < a) return -this.schoolDaysBetween(b, a);
    let count = 0;
    for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (this.isSchoolDay(d)) count++;
    return count;
  }

  private step(date: LocalDate, direction: 1 | -1): LocalDate {
    let current = date;
    for (let i = 0; i < MAX_CLOSED_RUN; i++) {
      current = addDays(current, direction);
      if (this.isSchoolDay(current)) return current;
    }
    throw new RangeError(`No school day within ${MAX_CLOSED_RUN} days of ${date}: check the school holidays`);
  }

  private closedDates(year: number): ReadonlySet<string> {
    let set = this.closedByYear.get(year);
    if (set) return set;
    const closed = new Set<string>(norwegianPublicHolidays(year).map((h) => h.date));
    const first = localDate(year, 1, 1);
    const last = localDate(year, 12, 31);
    for (const h of this.holidays) {
      // Clip the holiday to this year (LocalDate strings compare in date order).
      const from = compareDates(h.from, first) > 0 ? h.from : first;
      const to = compareDates(h.to, last) < 0 ? h.to : last;
      for (let d = from; d <= to; d = addDays(d, 1)) closed.add(d);
    }
    set = closed;
    this.closedByYear.set(year, set);
    return set;
  }
}

// ---------------------------------------------------------------------------------------------
// The setting "Skolens ferier og fridager", as typed in a cell.

export interface SchoolHolidayParseResult {
  readonly holidays: SchoolHoliday[];
  /** One Norwegian message per bad entry, naming it; empty when everything was understood. */
  readonly errors: string[];
}

const DATE = String.raw`(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})`;
const SINGLE = new RegExp(`^${DATE}$`);
// Hyphen, en dash, em dash, minus sign or the word "til", with or without spaces.
const RANGE = new RegExp(String.raw`^${DATE}\s*(?:-|–|—|−|\btil\b)\s*${DATE}$`, 'i');
const LABEL = /^([^:]*[^\s:])\s*:\s*(.*)$/;
const LONGEST_HOLIDAY_DAYS = 366;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
const FORMAT_HINT = 'Skriv dd.mm.åååå eller dd.mm.åååå–dd.mm.åååå, for eksempel 05.10.2026–09.10.2026.';

/**
 * Parses entries separated by line breaks, commas or semicolons. Each entry is a date
 * (`dd.mm.yyyy`, `d.m.yyyy` or `yyyy-mm-dd`) or a range of two dates joined by `-`, `–` or `til`,
 * optionally preceded by a label and a colon (`Høstferie: 05.10.2026–09.10.2026`).
 * Good entries are kept even when others are bad. Never throws.
 */
export function parseSchoolHolidays(text: string): SchoolHolidayParseResult {
  const holidays: SchoolHoliday[] = [];
  const errors: string[] = [];
  const source = typeof text === 'string' ? text : text == null ? '' : String(text);
  for (const raw of source.split(/[\r\n,;]+/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const result = parseEntry(entry);
    if (typeof result === 'string') errors.push(result);
    else holidays.push(result);
  }
  return { holidays, errors };
}

function parseEntry(entry: string): SchoolHoliday | string {
  const quoted = `«${entry.length > 60 ? `${entry.slice(0, 59)}…` : entry}»`;
  const labelled = LABEL.exec(entry);
  const label = labelled ? labelled[1] : undefined;
  const body = labelled ? (labelled[2] ?? '') : entry;

  const single = SINGLE.exec(body);
  const range = single ? null : RANGE.exec(body);
  const tokens = single ? [single[1] ?? ''] : range ? [range[1] ?? '', range[2] ?? ''] : null;
  if (!tokens) return `${quoted} er verken en dato eller en periode. ${FORMAT_HINT}`;

  const dates: LocalDate[] = [];
  for (const token of tokens) {
    const date = parseNorwegianOrIso(token);
    if (!date)
      return tokens.length === 1
        ? `${quoted} er ikke en gyldig dato.`
        : `${quoted}: ${token} er ikke en gyldig dato.`;
    const { year } = parts(date);
    if (year < FIRST_YEAR || year > LAST_YEAR) return `${quoted}: årstallet ${year} ser feil ut.`;
    dates.push(date);
  }
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  if (to < from)
    return `${quoted}: perioden slutter (${formatNorwegian(to)}) før den begynner (${formatNorwegian(from)}).`;
  if (daysBetween(from, to) + 1 > LONGEST_HOLIDAY_DAYS)
    return `${quoted}: perioden er lengre enn ett år. Sjekk årstallene.`;
  return label === undefined ? { from, to } : { from, to, label };
}
