import { describe, expect, it } from 'vitest';
import { parts } from '../../../src/domain/time/localDate';
import { SchoolCalendar } from '../../../src/domain/time/schoolCalendar';
import {
  firstOccurrence,
  nextOccurrence,
  occurrencesBetween,
  type Recurrence,
  schoolYearOf,
  schoolYearStart,
  wheelCalendar,
} from '../../../src/domain/wheel/recurrence';
import { d, fakeSchoolDays } from './fakeSchoolDays';

const weekdays = fakeSchoolDays();
const next = (rule: Recurrence, after: string, cal = weekdays, inclusive = false) =>
  nextOccurrence(rule, d(after), cal, { inclusive });

describe('schoolYearOf / schoolYearStart', () => {
  it('starts the school year on 1 August', () => {
    expect(schoolYearOf(d('2026-07-31'))).toBe('2025/2026');
    expect(schoolYearOf(d('2026-08-01'))).toBe('2026/2027');
    expect(schoolYearOf(d('2027-01-15'))).toBe('2026/2027');
    expect(schoolYearOf(d('2027-06-30'))).toBe('2026/2027');
  });

  it('reads the label back to 1 August, leniently', () => {
    expect(schoolYearStart('2026/2027')).toBe('2026-08-01');
    expect(schoolYearStart(' 2026 / 27 ')).toBe('2026-08-01');
    expect(schoolYearStart('2026-2027')).toBe('2026-08-01');
    expect(schoolYearStart('1999/00')).toBe('1999-08-01');
    expect(schoolYearStart(schoolYearOf(d('2030-03-03')))).toBe('2029-08-01');
  });

  it('rejects labels that are not consecutive years', () => {
    expect(schoolYearStart('2026/2028')).toBeNull();
    expect(schoolYearStart('2026/26')).toBeNull();
    expect(schoolYearStart('skoleåret')).toBeNull();
    expect(schoolYearStart('')).toBeNull();
  });
});

describe('nextOccurrence: daily', () => {
  const daily: Recurrence = { kind: 'daily' };

  it('gives the next school day, strictly after by default', () => {
    expect(next(daily, '2026-09-15')).toBe('2026-09-16');
    expect(next(daily, '2026-09-18')).toBe('2026-09-21'); // Friday → Monday
    expect(next(daily, '2026-09-15', weekdays, true)).toBe('2026-09-15');
    expect(next(daily, '2026-09-19', weekdays, true)).toBe('2026-09-21'); // Saturday, inclusive
  });

  it('crosses New Year over the holidays', () => {
    const cal = fakeSchoolDays('2026-12-21..2027-01-03');
    expect(next(daily, '2026-12-18', cal)).toBe('2027-01-04');
    expect(next(daily, '2025-12-31', fakeSchoolDays('2026-01-01'))).toBe('2026-01-02');
  });

  it('never falls in July, even when the calendar has no summer holiday', () => {
    expect(next(daily, '2026-06-30')).toBe('2026-08-03'); // 1 August 2026 is a Saturday
    expect(next(daily, '2026-07-10', weekdays, true)).toBe('2026-08-03');
    expect(next(daily, '2026-06-19', fakeSchoolDays('2026-06-20..2026-08-16'))).toBe('2026-08-17');
  });

  it('gives up with null when the calendar has no school days at all', () => {
    const never = { isSchoolDay: () => false, schoolStart: () => d('2026-08-17') };
    expect(nextOccurrence(daily, d('2026-09-01'), never)).toBeNull();
  });
});

describe('nextOccurrence: weekly', () => {
  const friday: Recurrence = { kind: 'weekly', weekday: 5 };

  it('falls on the weekday', () => {
    expect(next(friday, '2026-09-15')).toBe('2026-09-18');
    expect(next(friday, '2026-09-18')).toBe('2026-09-25');
    expect(next(friday, '2026-09-18', weekdays, true)).toBe('2026-09-18');
  });

  it('skips a week whose day is a holiday instead of moving it', () => {
    const cal = fakeSchoolDays('2026-10-02');
    expect(next(friday, '2026-09-28', cal)).toBe('2026-10-09');
  });

  it('crosses New Year, skipping 1 January', () => {
    const cal = fakeSchoolDays('2026-12-21..2027-01-01');
    expect(next(friday, '2026-12-18', cal)).toBe('2027-01-08');
  });

  it('skips July', () => {
    expect(next({ kind: 'weekly', weekday: 1 }, '2026-06-29')).toBe('2026-08-03');
  });
});

describe('nextOccurrence: every N weeks', () => {
  const tuesdays: Recurrence = { kind: 'everyNWeeks', weeks: 2, weekday: 2 };

  it('counts from the first such weekday on or after 1 August by default', () => {
    expect(occurrencesBetween(tuesdays, d('2026-08-01'), d('2026-10-01'), weekdays)).toEqual([
      '2026-08-04',
      '2026-08-18',
      '2026-09-01',
      '2026-09-15',
      '2026-09-29',
    ]);
  });

  it('keeps the cycle across New Year', () => {
    // 4 August 2026 + 22 weeks = 5 January 2027.
    expect(next(tuesdays, '2026-12-31')).toBe('2027-01-05');
    expect(next(tuesdays, '2026-12-15', fakeSchoolDays('2026-12-21..2027-01-03'))).toBe('2027-01-05');
  });

  it('moves a holiday to the next school day of the same week, and keeps the cycle', () => {
    const cal = fakeSchoolDays('2026-09-15');
    expect(next(tuesdays, '2026-09-02', cal)).toBe('2026-09-16');
    expect(next(tuesdays, '2026-09-16', cal)).toBe('2026-09-29');
  });

  it('skips the occurrence when the whole week is a holiday', () => {
    const autumnBreak = fakeSchoolDays('2026-09-28..2026-10-02');
    expect(next(tuesdays, '2026-09-16', autumnBreak)).toBe('2026-10-13');
  });

  it('follows an explicit anchor: the first weekday on or after it, then every N weeks', () => {
    const anchored: Recurrence = { kind: 'everyNWeeks', weeks: 2, weekday: 2, anchor: d('2026-08-19') };
    expect(next(anchored, '2026-08-01')).toBe('2026-08-25');
    expect(next(anchored, '2026-08-25')).toBe('2026-09-08');
    const mondays: Recurrence = { kind: 'everyNWeeks', weeks: 2, weekday: 1, anchor: d('2026-08-17') };
    // 17 August + 20 weeks = 4 January; the week of 21 December is Christmas.
    expect(next(mondays, '2026-12-15', fakeSchoolDays('2026-12-21..2027-01-03'))).toBe('2027-01-04');
  });

  it('restarts the default count in a new school year and skips July', () => {
    const after = next(tuesdays, '2027-06-30');
    expect(after).toBe('2027-08-03'); // 1 August 2027 is a Sunday
  });

  it('supports three-week cycles', () => {
    const rule: Recurrence = { kind: 'everyNWeeks', weeks: 3, weekday: 3, anchor: d('2026-09-02') };
    expect(occurrencesBetween(rule, d('2026-09-01'), d('2026-10-15'), weekdays)).toEqual([
      '2026-09-02',
      '2026-09-23',
      '2026-10-14',
    ]);
  });
});

describe('nextOccurrence: monthly', () => {
  const fifteenth: Recurrence = { kind: 'monthly', day: 15 };

  it('falls on the day of the month', () => {
    expect(next(fifteenth, '2026-09-01')).toBe('2026-09-15');
    expect(next(fifteenth, '2026-09-15')).toBe('2026-10-15');
  });

  it('moves a weekend or holiday to the next school day, also when `after` lies between', () => {
    // 15 November 2026 is a Sunday.
    expect(next(fifteenth, '2026-11-01')).toBe('2026-11-16');
    expect(next(fifteenth, '2026-11-15')).toBe('2026-11-16');
    expect(next(fifteenth, '2026-11-16')).toBe('2026-12-15');
  });

  it('crosses New Year', () => {
    const cal = fakeSchoolDays('2026-12-21..2027-01-03');
    expect(next({ kind: 'monthly', day: 1 }, '2026-12-01', cal)).toBe('2027-01-04');
    expect(next(fifteenth, '2026-12-15', cal)).toBe('2027-01-15');
  });

  it('clamps a late day to the end of a short month', () => {
    const last: Recurrence = { kind: 'monthly', day: 31 };
    expect(next(last, '2026-09-01')).toBe('2026-09-30');
    expect(next(last, '2027-02-01')).toBe('2027-03-01'); // 28 Feb 2027 is a Sunday
  });

  it('has no July occurrence', () => {
    expect(next({ kind: 'monthly', day: 1 }, '2026-06-01')).toBe('2026-08-03');
  });

  it('does not push a June date into July or across the summer', () => {
    const summer = fakeSchoolDays('2026-06-20..2026-08-16');
    expect(next({ kind: 'monthly', day: 25 }, '2026-06-01', summer)).toBe('2026-08-25');
  });
});

describe('nextOccurrence: quarterly and yearly', () => {
  it('quarterly defaults to September, December, March and June', () => {
    const q: Recurrence = { kind: 'quarterly', months: [9, 12, 3, 6], day: 1 };
    expect(next(q, '2026-08-01')).toBe('2026-09-01');
    expect(next(q, '2026-09-01')).toBe('2026-12-01');
    expect(next(q, '2026-12-01')).toBe('2027-03-01');
    expect(next(q, '2027-03-01')).toBe('2027-06-01');
    expect(next(q, '2027-06-01')).toBe('2027-09-01');
  });

  it('quarterly in given months and on a given day, across New Year', () => {
    const q: Recurrence = { kind: 'quarterly', months: [10, 1, 4], day: 15 };
    expect(next(q, '2026-10-15')).toBe('2027-01-15');
  });

  it('yearly in several months, moved to the next school day', () => {
    const augSep: Recurrence = { kind: 'yearly', months: [8, 9], day: 1 };
    expect(next(augSep, '2026-06-15')).toBe('2026-08-03');
    expect(next(augSep, '2026-08-03')).toBe('2026-09-01');
    expect(next(augSep, '2026-09-01')).toBe('2027-08-02');
  });

  it('yearly in April moves past the Easter holiday', () => {
    const april: Recurrence = { kind: 'yearly', months: [4], day: 1 };
    expect(next(april, '2026-03-01', fakeSchoolDays('2026-03-30..2026-04-06'))).toBe('2026-04-07');
    expect(next(april, '2026-04-07')).toBe('2027-04-01');
  });

  it('yearly in August waits for school start when the calendar knows the summer holiday', () => {
    const summer = fakeSchoolDays('2026-06-20..2026-08-16');
    expect(next({ kind: 'yearly', months: [8], day: 1 }, '2026-06-01', summer)).toBe('2026-08-17');
  });
});

describe('nextOccurrence: once', () => {
  const once: Recurrence = { kind: 'once', date: d('2026-09-15') };

  it('gives the date while it is ahead, then null', () => {
    expect(next(once, '2026-09-01')).toBe('2026-09-15');
    expect(next(once, '2026-09-15')).toBeNull();
    expect(next(once, '2026-09-15', weekdays, true)).toBe('2026-09-15');
    expect(next(once, '2026-10-01')).toBeNull();
  });

  it('keeps an explicit date even on a weekend or in July', () => {
    expect(next({ kind: 'once', date: d('2026-09-19') }, '2026-09-01')).toBe('2026-09-19');
    expect(next({ kind: 'once', date: d('2026-07-15') }, '2026-06-01')).toBe('2026-07-15');
  });
});

describe('occurrencesBetween', () => {
  it('lists a school year of a yearly rule, inclusive at both ends', () => {
    const start = schoolYearStart('2026/2027')!;
    const rule: Recurrence = { kind: 'yearly', months: [9, 11, 2, 4], day: 1 };
    expect(occurrencesBetween(rule, start, d('2027-06-30'), weekdays)).toEqual([
      '2026-09-01',
      '2026-11-02',
      '2027-02-01',
      '2027-04-01',
    ]);
    expect(occurrencesBetween(rule, d('2026-09-01'), d('2026-09-01'), weekdays)).toEqual(['2026-09-01']);
  });

  it('has no July date for any repeating rule over a whole year', () => {
    const rules: Recurrence[] = [
      { kind: 'daily' },
      { kind: 'weekly', weekday: 3 },
      { kind: 'everyNWeeks', weeks: 2, weekday: 4 },
      { kind: 'monthly', day: 28 },
      { kind: 'quarterly', months: [9, 12, 3, 6], day: 30 },
      { kind: 'yearly', months: [6, 8], day: 30 },
    ];
    for (const rule of rules) {
      const dates = occurrencesBetween(rule, d('2026-06-01'), d('2027-08-31'), weekdays);
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.filter((x) => parts(x).month === 7)).toEqual([]);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
    }
  });

  it('is cheap on the calendar', () => {
    const cal = fakeSchoolDays();
    nextOccurrence({ kind: 'yearly', months: [4], day: 1 }, d('2026-04-02'), cal);
    expect(cal.calls).toBeLessThan(50);
  });
});

describe('school start (F1): «ved skolestart» is the school’s first school day', () => {
  const plain = new SchoolCalendar();
  const atStart: Recurrence = { kind: 'schoolStart', offset: 0 };
  const weekBefore: Recurrence = { kind: 'schoolStart', offset: -7 };

  it('takes the «Skolestart» setting for its own school year', () => {
    const cal = wheelCalendar(plain, d('2026-08-19'));
    expect(cal.schoolStart(2026)).toBe('2026-08-19');
    expect(nextOccurrence(atStart, d('2026-06-20'), cal)).toBe('2026-08-19');
    expect(nextOccurrence(weekBefore, d('2026-06-20'), cal)).toBe('2026-08-12');
  });

  it('estimates other years from the setting: the same weekday nearest the same date', () => {
    const cal = wheelCalendar(plain, d('2026-08-17')); // a Monday
    expect(cal.schoolStart(2027)).toBe('2027-08-16');
    expect(cal.schoolStart(2025)).toBe('2025-08-18');
    expect(nextOccurrence(atStart, d('2026-08-17'), cal)).toBe('2027-08-16');
  });

  it('without a setting, assumes the Monday nearest 18 August', () => {
    const cal = wheelCalendar(plain, null);
    expect(cal.schoolStart(2025)).toBe('2025-08-18');
    expect(cal.schoolStart(2026)).toBe('2026-08-17');
    expect(cal.schoolStart(2027)).toBe('2027-08-16');
    expect(cal.schoolStart(2024)).toBe('2024-08-19');
  });

  it('treats July up to the school start as summer holiday', () => {
    const cal = wheelCalendar(plain, d('2026-08-19'));
    expect(cal.isSchoolDay(d('2026-08-03'))).toBe(false);
    expect(cal.isSchoolDay(d('2026-08-18'))).toBe(false);
    expect(cal.isSchoolDay(d('2026-08-19'))).toBe(true);
    expect(cal.isSchoolDay(d('2026-06-19'))).toBe(true);
    // An old «årlig: august» row and a daily routine wait for the school start too.
    expect(nextOccurrence({ kind: 'yearly', months: [8], day: 1 }, d('2026-06-20'), cal)).toBe('2026-08-19');
    expect(nextOccurrence({ kind: 'daily' }, d('2026-06-30'), cal)).toBe('2026-08-19');
  });

  it('keeps the school’s own holidays', () => {
    const autumn = new SchoolCalendar([{ from: d('2026-10-05'), to: d('2026-10-09') }]);
    const cal = wheelCalendar(autumn, d('2026-08-17'));
    expect(cal.isSchoolDay(d('2026-10-06'))).toBe(false);
    expect(nextOccurrence({ kind: 'schoolStart', offset: 49 }, d('2026-08-17'), cal)).toBe('2026-10-12');
  });

  it('puts a day before the school start on a weekday', () => {
    const cal = wheelCalendar(plain, d('2026-08-17')); // Monday
    expect(nextOccurrence({ kind: 'schoolStart', offset: -2 }, d('2026-06-20'), cal)).toBe('2026-08-14');
    expect(nextOccurrence({ kind: 'schoolStart', offset: -3 }, d('2026-06-20'), cal)).toBe('2026-08-14');
  });

  it('counts «hver 2. uke» from the school start', () => {
    const cal = wheelCalendar(plain, d('2026-08-19')); // Wednesday
    const tuesdays: Recurrence = { kind: 'everyNWeeks', weeks: 2, weekday: 2 };
    expect(occurrencesBetween(tuesdays, d('2026-08-01'), d('2026-09-10'), cal)).toEqual([
      '2026-08-25',
      '2026-09-08',
    ]);
  });

  it('a row set up in August gets this year’s school start, not next year’s', () => {
    const cal = wheelCalendar(plain, d('2026-08-19'));
    expect(firstOccurrence(atStart, d('2026-08-17'), cal)).toBe('2026-08-19');
    // Set up in the first three weeks: this year's is still the one to do (it shows as overdue).
    expect(firstOccurrence(atStart, d('2026-09-04'), cal)).toBe('2026-08-19');
    expect(firstOccurrence(weekBefore, d('2026-09-04'), cal)).toBe('2026-08-12');
    expect(firstOccurrence(atStart, d('2026-09-09'), cal)).toBe('2026-08-19');
    // Later, next year's.
    expect(firstOccurrence(atStart, d('2026-09-10'), cal)).toBe('2027-08-18');
    expect(firstOccurrence(atStart, d('2026-11-20'), cal)).toBe('2027-08-18');
    // Other rules still start from today.
    expect(firstOccurrence({ kind: 'yearly', months: [8], day: 1 }, d('2026-09-04'), cal)).toBe('2027-08-18');
  });
});
