import { addDays, type LocalDate, localDate, weekday } from '../../../src/domain/time/localDate';
import type { SchoolDays } from '../../../src/domain/wheel/recurrence';

export const d = (iso: string): LocalDate => iso as LocalDate;

/**
 * Weekends off, plus single holidays and inclusive holiday ranges ("2026-12-21..2027-01-03"). The school
 * starts on the first school day from 1 August; `wheelCalendar` is the real one with a «Skolestart».
 */
export function fakeSchoolDays(...holidays: string[]): SchoolDays & { calls: number } {
  const off = new Set<string>();
  for (const h of holidays) {
    const [from, to] = h.split('..') as [string, string | undefined];
    for (let x = d(from); x <= d(to ?? from); x = addDays(x, 1)) off.add(x);
  }
  const cal = {
    calls: 0,
    isSchoolDay(date: LocalDate): boolean {
      cal.calls++;
      return weekday(date) <= 5 && !off.has(date);
    },
    schoolStart(year: number): LocalDate {
      let x = localDate(year, 8, 1);
      while (weekday(x) > 5 || off.has(x)) x = addDays(x, 1);
      return x;
    },
  };
  return cal;
}
