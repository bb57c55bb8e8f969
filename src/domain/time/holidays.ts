/**
 * Norwegian public holidays (helligdager and the two statutory høytidsdager, 1 and 17 May).
 *
 * Every school-day deadline skips these, so they are computed for any year rather than listed.
 */
import { addDays, type LocalDate, localDate, parts } from './localDate';

export interface PublicHoliday {
  readonly date: LocalDate;
  /** Norwegian bokmål name, as on a calendar. */
  readonly name: string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(year, month, day);
}

/**
 * The twelve public holidays of `year`, sorted by date.
 *
 * Two may share a date (Kristi himmelfartsdag fell on 1 May in 2008 and on 17 May in 2012);
 * both are then listed, so a calendar can show both names.
 */
export function norwegianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const list: PublicHoliday[] = [
    { date: localDate(year, 1, 1), name: 'Første nyttårsdag' },
    { date: addDays(easter, -3), name: 'Skjærtorsdag' },
    { date: addDays(easter, -2), name: 'Langfredag' },
    { date: easter, name: 'Første påskedag' },
    { date: addDays(easter, 1), name: 'Andre påskedag' },
    { date: localDate(year, 5, 1), name: 'Arbeidernes dag' },
    { date: localDate(year, 5, 17), name: 'Grunnlovsdag' },
    { date: addDays(easter, 39), name: 'Kristi himmelfartsdag' },
    { date: addDays(easter, 49), name: 'Første pinsedag' },
    { date: addDays(easter, 50), name: 'Andre pinsedag' },
    { date: localDate(year, 12, 25), name: 'Første juledag' },
    { date: localDate(year, 12, 26), name: 'Andre juledag' },
  ];
  // Stable sort: on a shared date the fixed holiday stays before the movable one.
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// Deadline code asks about the same few years thousands of times: build each year's set once.
const holidayDatesByYear = new Map<number, ReadonlySet<string>>();

function holidayDates(year: number): ReadonlySet<string> {
  let set = holidayDatesByYear.get(year);
  if (!set) {
    set = new Set(norwegianPublicHolidays(year).map((h) => h.date));
    holidayDatesByYear.set(year, set);
  }
  return set;
}

export function isNorwegianPublicHoliday(date: LocalDate): boolean {
  return holidayDates(parts(date).year).has(date);
}

/** The holiday's name (names joined with " og " when two fall together), or null on an ordinary day. */
export function norwegianPublicHolidayName(date: LocalDate): string | null {
  if (!isNorwegianPublicHoliday(date)) return null;
  const names = norwegianPublicHolidays(parts(date).year)
    .filter((h) => h.date === date)
    .map((h) => h.name);
  return names.join(' og ');
}
