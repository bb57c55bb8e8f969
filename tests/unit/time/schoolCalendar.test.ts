import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../../../src/domain/time/localDate';
import { parseSchoolHolidays, SchoolCalendar } from '../../../src/domain/time/schoolCalendar';

const d = (s: string) => s as LocalDate;

/** A 2026/27 school year: autumn, Christmas and winter breaks and a planning day. */
const schoolYear = new SchoolCalendar([
  { from: d('2026-10-05'), to: d('2026-10-09'), label: 'Høstferie' },
  { from: d('2026-12-21'), to: d('2027-01-01') },
  { from: d('2027-02-22'), to: d('2027-02-26') },
  d('2026-11-13'),
]);
const plain = new SchoolCalendar();

describe('SchoolCalendar.isSchoolDay', () => {
  it('is Monday to Friday', () => {
    expect(plain.isSchoolDay(d('2026-03-09'))).toBe(true); // Monday
    expect(plain.isSchoolDay(d('2026-03-13'))).toBe(true); // Friday
    expect(plain.isSchoolDay(d('2026-03-14'))).toBe(false); // Saturday
    expect(plain.isSchoolDay(d('2026-03-15'))).toBe(false); // Sunday
  });

  it('skips public holidays on weekdays', () => {
    for (const day of ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14']) {
      expect(plain.isSchoolDay(d(day)), day).toBe(false);
    }
    expect(plain.isSchoolDay(d('2026-05-25'))).toBe(false); // 2. pinsedag
    expect(plain.isSchoolDay(d('2026-12-25'))).toBe(false);
    expect(plain.isSchoolDay(d('2026-12-24'))).toBe(true); // a weekday without a school holiday
  });

  it("skips the school's own holidays, ranges inclusive and single days", () => {
    expect(schoolYear.isSchoolDay(d('2026-10-02'))).toBe(true);
    expect(schoolYear.isSchoolDay(d('2026-10-05'))).toBe(false);
    expect(schoolYear.isSchoolDay(d('2026-10-09'))).toBe(false);
    expect(schoolYear.isSchoolDay(d('2026-10-12'))).toBe(true);
    expect(schoolYear.isSchoolDay(d('2026-11-13'))).toBe(false);
    expect(schoolYear.isSchoolDay(d('2026-12-31'))).toBe(false);
    expect(schoolYear.isSchoolDay(d('2027-01-01'))).toBe(false);
    expect(schoolYear.isSchoolDay(d('2027-01-04'))).toBe(true);
    expect(schoolYear.isSchoolHoliday(d('2026-12-27'))).toBe(true); // a Sunday inside the break
    expect(schoolYear.isSchoolHoliday(d('2026-05-17'))).toBe(false); // public, not the school's
  });

  it('accepts reversed and overlapping ranges', () => {
    const cal = new SchoolCalendar([
      { from: d('2026-10-09'), to: d('2026-10-05') },
      { from: d('2026-10-08'), to: d('2026-10-12') },
    ]);
    expect(cal.holidays[0]).toEqual({ from: '2026-10-05', to: '2026-10-09' });
    expect(cal.isSchoolDay(d('2026-10-05'))).toBe(false);
    expect(cal.isSchoolDay(d('2026-10-12'))).toBe(false);
    expect(cal.isSchoolDay(d('2026-10-13'))).toBe(true);
  });
});

describe('SchoolCalendar.addSchoolDays', () => {
  it('n = 0 keeps a school day and moves a non-school day forward', () => {
    expect(plain.addSchoolDays(d('2026-03-10'), 0)).toBe('2026-03-10');
    expect(plain.addSchoolDays(d('2026-03-14'), 0)).toBe('2026-03-16'); // Saturday → Monday
    expect(plain.addSchoolDays(d('2026-04-02'), 0)).toBe('2026-04-07'); // skjærtorsdag → Tuesday after Easter
  });

  it('n > 0 does not count the start day', () => {
    expect(plain.addSchoolDays(d('2026-03-10'), 1)).toBe('2026-03-11');
    expect(plain.addSchoolDays(d('2026-03-13'), 1)).toBe('2026-03-16'); // Friday → Monday
    expect(plain.addSchoolDays(d('2026-03-13'), 2)).toBe('2026-03-17');
    expect(plain.addSchoolDays(d('2026-03-14'), 1)).toBe('2026-03-16'); // from a Saturday
    expect(plain.addSchoolDays(d('2026-03-09'), 10)).toBe('2026-03-23');
  });

  it('skips Easter', () => {
    expect(plain.addSchoolDays(d('2026-04-01'), 1)).toBe('2026-04-07');
    expect(plain.addSchoolDays(d('2026-04-01'), 2)).toBe('2026-04-08');
  });

  it('crosses New Year and the Christmas break', () => {
    expect(plain.addSchoolDays(d('2026-12-31'), 1)).toBe('2027-01-04'); // 1 Jan is a Friday holiday
    expect(schoolYear.addSchoolDays(d('2026-12-18'), 1)).toBe('2027-01-04');
    expect(schoolYear.addSchoolDays(d('2026-12-18'), 5)).toBe('2027-01-08');
  });

  it('n < 0 goes back', () => {
    expect(plain.addSchoolDays(d('2026-03-16'), -1)).toBe('2026-03-13');
    expect(plain.addSchoolDays(d('2026-04-07'), -1)).toBe('2026-04-01');
    expect(schoolYear.addSchoolDays(d('2027-01-04'), -1)).toBe('2026-12-18');
  });

  it('rejects a fractional n', () => {
    expect(() => plain.addSchoolDays(d('2026-03-10'), 1.5)).toThrow(RangeError);
  });

  it('stops instead of looping through absurd holidays', () => {
    const closed = new SchoolCalendar([
      { from: d('2026-01-01'), to: d('2026-12-31') },
      { from: d('2027-01-01'), to: d('2027-12-31') },
      { from: d('2028-01-01'), to: d('2028-12-31') },
      { from: d('2029-01-01'), to: d('2029-12-31') },
    ]);
    expect(() => closed.addSchoolDays(d('2026-01-01'), 1)).toThrow(RangeError);
  });
});

describe('SchoolCalendar.nextSchoolDay / previousSchoolDay', () => {
  it('is strictly after / before', () => {
    expect(plain.nextSchoolDay(d('2026-03-10'))).toBe('2026-03-11');
    expect(plain.nextSchoolDay(d('2026-05-13'))).toBe('2026-05-15'); // over Kristi himmelfartsdag
    expect(schoolYear.nextSchoolDay(d('2026-10-02'))).toBe('2026-10-12');
    expect(plain.previousSchoolDay(d('2026-03-16'))).toBe('2026-03-13');
  });
});

describe('SchoolCalendar.schoolDaysBetween', () => {
  it('counts school days after a up to and including b', () => {
    expect(plain.schoolDaysBetween(d('2026-03-09'), d('2026-03-09'))).toBe(0);
    expect(plain.schoolDaysBetween(d('2026-03-09'), d('2026-03-10'))).toBe(1);
    expect(plain.schoolDaysBetween(d('2026-03-13'), d('2026-03-16'))).toBe(1);
    expect(plain.schoolDaysBetween(d('2026-03-13'), d('2026-03-15'))).toBe(0); // only the weekend
    expect(plain.schoolDaysBetween(d('2026-04-01'), d('2026-04-08'))).toBe(2);
    expect(schoolYear.schoolDaysBetween(d('2026-12-18'), d('2027-01-08'))).toBe(5);
  });

  it('is negative when b is before a', () => {
    expect(plain.schoolDaysBetween(d('2026-03-16'), d('2026-03-13'))).toBe(-1);
    expect(plain.schoolDaysBetween(d('2026-04-08'), d('2026-04-01'))).toBe(-2);
  });

  it('inverts addSchoolDays', () => {
    for (let i = 0; i < 60; i++) {
      const start = addDays(d('2026-12-01'), i);
      for (const n of [1, 2, 5, 20]) {
        expect(schoolYear.schoolDaysBetween(start, schoolYear.addSchoolDays(start, n))).toBe(n);
      }
    }
  });
});

describe('performance', () => {
  it('handles 10,000 deadline computations quickly', () => {
    const cal = new SchoolCalendar([
      { from: d('2026-10-05'), to: d('2026-10-09') },
      { from: d('2026-12-21'), to: d('2027-01-01') },
    ]);
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) {
      const day = addDays(d('2026-01-01'), i % 730);
      cal.addSchoolDays(day, 2);
      cal.addSchoolDays(day, 5);
      cal.isSchoolDay(day);
    }
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('parseSchoolHolidays', () => {
  it('reads dates and ranges separated by lines, commas and semicolons', () => {
    const text = '05.10.2026-09.10.2026\n13.11.2026; 21.12.2026 – 01.01.2027, 2027-02-22–2027-02-26\r\n';
    expect(parseSchoolHolidays(text)).toEqual({
      holidays: [
        { from: '2026-10-05', to: '2026-10-09' },
        { from: '2026-11-13', to: '2026-11-13' },
        { from: '2026-12-21', to: '2027-01-01' },
        { from: '2027-02-22', to: '2027-02-26' },
      ],
      errors: [],
    });
  });

  it('accepts ISO with a hyphen, short dates, dashes with spaces, "til" and labels', () => {
    const { holidays, errors } = parseSchoolHolidays(
      [
        '2026-10-05-2026-10-09',
        '5.1.2027',
        '22.02.2027 - 26.02.2027',
        '29.03.2027 — 31.03.2027',
        '01.06.2027 til 02.06.2027',
        'Høstferie: 05.10.2026 – 09.10.2026',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(holidays).toEqual([
      { from: '2026-10-05', to: '2026-10-09' },
      { from: '2027-01-05', to: '2027-01-05' },
      { from: '2027-02-22', to: '2027-02-26' },
      { from: '2027-03-29', to: '2027-03-31' },
      { from: '2027-06-01', to: '2027-06-02' },
      { from: '2026-10-05', to: '2026-10-09', label: 'Høstferie' },
    ]);
  });

  it('gives nothing for an empty setting', () => {
    expect(parseSchoolHolidays('')).toEqual({ holidays: [], errors: [] });
    expect(parseSchoolHolidays(' \n ; , ')).toEqual({ holidays: [], errors: [] });
  });

  it('keeps the good entries and names each bad one in Norwegian', () => {
    const { holidays, errors } = parseSchoolHolidays(
      '05.10.2026-09.10.2026\nhøstferie\n31.02.2027\n01.10.2026-32.10.2026\n09.10.2026-05.10.2026\n01.01.2026-01.06.2027\n05.10.0226\n13.11.2026',
    );
    expect(holidays).toEqual([
      { from: '2026-10-05', to: '2026-10-09' },
      { from: '2026-11-13', to: '2026-11-13' },
    ]);
    expect(errors).toEqual([
      '«høstferie» er verken en dato eller en periode. Skriv dd.mm.åååå eller dd.mm.åååå–dd.mm.åååå, for eksempel 05.10.2026–09.10.2026.',
      '«31.02.2027» er ikke en gyldig dato.',
      '«01.10.2026-32.10.2026»: 32.10.2026 er ikke en gyldig dato.',
      '«09.10.2026-05.10.2026»: perioden slutter (05.10.2026) før den begynner (09.10.2026).',
      '«01.01.2026-01.06.2027»: perioden er lengre enn ett år. Sjekk årstallene.',
      '«05.10.0226»: årstallet 226 ser feil ut.',
    ]);
  });

  it('rejects two-digit years and American order', () => {
    const { holidays, errors } = parseSchoolHolidays('05.10.26, 10/05/2026, 2026-13-01');
    expect(holidays).toEqual([]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('«05.10.26»');
    expect(errors[1]).toContain('«10/05/2026»');
    expect(errors[2]).toBe('«2026-13-01» er ikke en gyldig dato.');
  });

  it('shortens a very long bad entry in the message', () => {
    const { errors } = parseSchoolHolidays('x'.repeat(500));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.length).toBeLessThan(200);
  });

  it('never throws, whatever the cell holds', () => {
    for (const value of [null, undefined, 42, new Date(), {}, '\u0000', '::::', '-', '–––']) {
      expect(() => parseSchoolHolidays(value as unknown as string)).not.toThrow();
    }
    expect(parseSchoolHolidays(null as unknown as string)).toEqual({ holidays: [], errors: [] });
  });

  it('feeds a SchoolCalendar', () => {
    const cal = new SchoolCalendar(parseSchoolHolidays('Vinterferie: 22.02.2027–26.02.2027').holidays);
    expect(cal.addSchoolDays(d('2027-02-19'), 1)).toBe('2027-03-01');
  });
});
