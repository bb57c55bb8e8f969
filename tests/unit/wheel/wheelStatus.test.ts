import { describe, expect, it } from 'vitest';
import { SchoolCalendar } from '../../../src/domain/time/schoolCalendar';
import { type Recurrence, wheelCalendar } from '../../../src/domain/wheel/recurrence';
import {
  markDone,
  WHEEL_STATUSES,
  type WheelRowState,
  wheelStatus,
  wheelStatusLabel,
} from '../../../src/domain/wheel/wheelStatus';
import { d, fakeSchoolDays } from './fakeSchoolDays';

const cal = fakeSchoolDays();
const monthly15: Recurrence = { kind: 'monthly', day: 15 };
const row = (
  next: string | null,
  lastDone: string | null,
  recurrence: Recurrence | null = monthly15,
): WheelRowState => ({
  recurrence,
  next: next === null ? null : d(next),
  lastDone: lastDone === null ? null : d(lastDone),
});
const status = (r: WheelRowState, today: string, dueSoonDays?: number) =>
  wheelStatus(r, d(today), cal, dueSoonDays === undefined ? {} : { dueSoonDays });

describe('wheelStatus', () => {
  it('is forfalt when the next date has passed without being done', () => {
    expect(status(row('2026-09-15', null), '2026-09-16')).toBe('forfalt');
    expect(status(row('2026-09-15', '2026-08-17'), '2026-10-01')).toBe('forfalt');
  });

  it('is gjort when done on or after the next date, even if next has not moved yet', () => {
    expect(status(row('2026-09-15', '2026-09-15'), '2026-09-20')).toBe('gjort');
    expect(status(row('2026-09-15', '2026-09-17'), '2026-09-20')).toBe('gjort');
  });

  it('is denne uken from seven days ahead up to the day itself', () => {
    expect(status(row('2026-09-15', null), '2026-09-15')).toBe('denne uken');
    expect(status(row('2026-09-15', null), '2026-09-08')).toBe('denne uken');
    expect(status(row('2026-09-15', '2026-08-17'), '2026-09-10')).toBe('denne uken');
    expect(status(row('2026-09-15', null), '2026-09-07')).toBe('planlagt');
  });

  it('honours another due-soon window', () => {
    expect(status(row('2026-09-15', null), '2026-09-01', 14)).toBe('denne uken');
    expect(status(row('2026-09-15', null), '2026-09-14', 0)).toBe('planlagt');
  });

  it('is planlagt when far ahead and never done, gjort when done before', () => {
    expect(status(row('2026-10-15', null), '2026-09-16')).toBe('planlagt');
    expect(status(row('2026-10-15', '2026-09-15'), '2026-09-16')).toBe('gjort');
  });

  it('is gjort on the day it was marked, even when the next one is close', () => {
    const weekly: Recurrence = { kind: 'weekly', weekday: 5 };
    expect(status(row('2026-09-25', '2026-09-18', weekly), '2026-09-18')).toBe('gjort');
    expect(status(row('2026-09-25', '2026-09-18', weekly), '2026-09-19')).toBe('denne uken');
  });

  it('takes the next date from the rule when the row has none, from today on', () => {
    expect(status(row(null, null, { kind: 'daily' }), '2026-09-15')).toBe('denne uken');
    expect(status(row(null, null, { kind: 'yearly', months: [4], day: 1 }), '2026-09-15')).toBe('planlagt');
    expect(status(row(null, null, { kind: 'once', date: d('2026-09-01') }), '2026-09-15')).toBe('planlagt');
  });

  it('handles rows with nothing ahead', () => {
    expect(status(row(null, null, null), '2026-09-15')).toBe('planlagt');
    expect(status(row(null, '2026-09-01', { kind: 'once', date: d('2026-09-01') }), '2026-09-15')).toBe(
      'gjort',
    );
  });

  it('labels statuses in both languages', () => {
    expect(WHEEL_STATUSES.map((s) => wheelStatusLabel(s))).toEqual([
      'Forfalt',
      'Denne uken',
      'Planlagt',
      'Gjort',
    ]);
    expect(WHEEL_STATUSES.map((s) => wheelStatusLabel(s, 'nn'))).toEqual([
      'Forfallen',
      'Denne veka',
      'Planlagd',
      'Gjort',
    ]);
  });
});

describe('markDone', () => {
  const monthlyRow = (next: string | null, lastDone: string | null = null) => ({
    recurrence: monthly15,
    next: next === null ? null : d(next),
    lastDone: lastDone === null ? null : d(lastDone),
  });

  it('records today and moves to the following occurrence', () => {
    expect(markDone(monthlyRow('2026-09-15'), d('2026-09-15'), cal)).toEqual({
      lastDone: '2026-09-15',
      next: '2026-10-15',
    });
  });

  it('counts an early completion for the pending occurrence', () => {
    expect(markDone(monthlyRow('2026-09-15'), d('2026-09-10'), cal)).toEqual({
      lastDone: '2026-09-10',
      next: '2026-10-15',
    });
  });

  it('does not replay missed occurrences when done late', () => {
    // 15 November 2026 is a Sunday.
    expect(markDone(monthlyRow('2026-09-15'), d('2026-10-20'), cal)).toEqual({
      lastDone: '2026-10-20',
      next: '2026-11-16',
    });
  });

  it('is idempotent on the same day', () => {
    const once = markDone(monthlyRow('2026-09-15'), d('2026-09-15'), cal);
    const twice = markDone({ recurrence: monthly15, ...once }, d('2026-09-15'), cal);
    expect(twice).toEqual(once);
  });

  it('advances again on a later day', () => {
    const first = markDone(monthlyRow('2026-09-15'), d('2026-09-15'), cal);
    expect(markDone({ recurrence: monthly15, ...first }, d('2026-10-15'), cal).next).toBe('2026-11-16');
  });

  it('starts from today when the row has no next date', () => {
    expect(markDone(monthlyRow(null), d('2026-09-20'), cal).next).toBe('2026-10-15');
  });

  it('ends a once rule with no next date', () => {
    const r = {
      recurrence: { kind: 'once', date: d('2026-09-15') } as Recurrence,
      next: d('2026-09-15'),
      lastDone: null,
    };
    expect(markDone(r, d('2026-09-15'), cal)).toEqual({ lastDone: '2026-09-15', next: null });
  });

  it('skips holidays and July for the new next date', () => {
    const weekly: Recurrence = { kind: 'weekly', weekday: 5 };
    const r = { recurrence: weekly, next: d('2027-06-25'), lastDone: null };
    expect(markDone(r, d('2027-06-25'), fakeSchoolDays('2027-06-19..2027-08-15')).next).toBe('2027-08-20');
  });

  it('leaves the row gjort on the day, then due again as the next one nears', () => {
    const weekly: Recurrence = { kind: 'weekly', weekday: 5 };
    const done = markDone(
      { recurrence: weekly, next: d('2026-09-18'), lastDone: null },
      d('2026-09-18'),
      cal,
    );
    const after = { recurrence: weekly, ...done };
    expect(wheelStatus(after, d('2026-09-18'), cal)).toBe('gjort');
    expect(wheelStatus(after, d('2026-09-21'), cal)).toBe('denne uken');
    expect(wheelStatus(after, d('2026-09-26'), cal)).toBe('forfalt');
  });
});

describe('school-start activities (F1)', () => {
  const cal = wheelCalendar(new SchoolCalendar(), d('2026-08-19'));
  const atStart: Recurrence = { kind: 'schoolStart', offset: 0 };

  it('a new row in August is due for this year’s school start', () => {
    const fresh = { recurrence: atStart, next: null, lastDone: null };
    expect(wheelStatus(fresh, d('2026-08-17'), cal)).toBe('denne uken');
    expect(wheelStatus(fresh, d('2026-09-04'), cal)).toBe('forfalt');
  });

  it('done late counts for this school year, and next year’s school start comes next', () => {
    const r = { recurrence: atStart, next: d('2026-08-19'), lastDone: null };
    expect(markDone(r, d('2026-09-04'), cal)).toEqual({ lastDone: '2026-09-04', next: '2027-08-18' });
  });

  it('done late after the row had already moved on to next year: next year is not skipped', () => {
    const r = { recurrence: atStart, next: d('2027-08-18'), lastDone: null };
    expect(markDone(r, d('2026-09-04'), cal)).toEqual({ lastDone: '2026-09-04', next: '2027-08-18' });
  });

  it('done twice in one school year: the second counts for the same year', () => {
    const yearly: Recurrence = { kind: 'yearly', months: [9], day: 1 };
    const first = markDone(
      { recurrence: yearly, next: d('2026-09-01'), lastDone: null },
      d('2026-09-01'),
      cal,
    );
    expect(first.next).toBe('2027-09-01');
    expect(markDone({ recurrence: yearly, ...first }, d('2026-11-10'), cal).next).toBe('2027-09-01');
  });

  it('done in June for an activity due after the summer counts for the year that ends', () => {
    const weekly: Recurrence = { kind: 'weekly', weekday: 1 };
    const r = { recurrence: weekly, next: d('2026-08-24'), lastDone: d('2026-06-15') };
    expect(markDone(r, d('2026-06-19'), cal).next).toBe('2026-08-24');
  });
});
