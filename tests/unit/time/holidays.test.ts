import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  isNorwegianPublicHoliday,
  norwegianPublicHolidayName,
  norwegianPublicHolidays,
} from '../../../src/domain/time/holidays';
import type { LocalDate } from '../../../src/domain/time/localDate';

const d = (s: string) => s as LocalDate;

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [1818, '1818-03-22'], // earliest possible
    [1943, '1943-04-25'], // latest possible
    [2285, '2285-03-22'],
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('norwegianPublicHolidays', () => {
  it('lists all twelve holidays of 2026 with their bokmål names, in date order', () => {
    expect(norwegianPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Første nyttårsdag' },
      { date: '2026-04-02', name: 'Skjærtorsdag' },
      { date: '2026-04-03', name: 'Langfredag' },
      { date: '2026-04-05', name: 'Første påskedag' },
      { date: '2026-04-06', name: 'Andre påskedag' },
      { date: '2026-05-01', name: 'Arbeidernes dag' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag' },
      { date: '2026-05-17', name: 'Grunnlovsdag' },
      { date: '2026-05-24', name: 'Første pinsedag' },
      { date: '2026-05-25', name: 'Andre pinsedag' },
      { date: '2026-12-25', name: 'Første juledag' },
      { date: '2026-12-26', name: 'Andre juledag' },
    ]);
  });

  it('has the movable holidays of 2027 (early Easter)', () => {
    const dates = norwegianPublicHolidays(2027).map((h) => h.date);
    expect(dates).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('keeps both names when Kristi himmelfartsdag falls on 1 May (2008) or 17 May (2012)', () => {
    expect(norwegianPublicHolidayName(d('2008-05-01'))).toBe('Arbeidernes dag og Kristi himmelfartsdag');
    expect(norwegianPublicHolidayName(d('2012-05-17'))).toBe('Grunnlovsdag og Kristi himmelfartsdag');
    expect(norwegianPublicHolidays(2012)).toHaveLength(12);
  });

  it('returns a fresh list each time (callers may not corrupt the cache)', () => {
    const first = norwegianPublicHolidays(2026);
    first.pop();
    expect(norwegianPublicHolidays(2026)).toHaveLength(12);
  });
});

describe('isNorwegianPublicHoliday', () => {
  it('knows holidays and ordinary days', () => {
    for (const h of norwegianPublicHolidays(2026)) expect(isNorwegianPublicHoliday(h.date)).toBe(true);
    expect(isNorwegianPublicHoliday(d('2026-12-24'))).toBe(false); // julaften is not a public holiday
    expect(isNorwegianPublicHoliday(d('2026-12-31'))).toBe(false);
    expect(isNorwegianPublicHoliday(d('2026-04-04'))).toBe(false); // påskeaften
    expect(isNorwegianPublicHoliday(d('2026-05-18'))).toBe(false);
    expect(isNorwegianPublicHoliday(d('2038-04-26'))).toBe(true); // 2. påskedag 2038
  });

  it('names ordinary days null', () => {
    expect(norwegianPublicHolidayName(d('2026-03-10'))).toBeNull();
    expect(norwegianPublicHolidayName(d('2026-05-17'))).toBe('Grunnlovsdag');
  });

  it('is fast over many calls', () => {
    const start = performance.now();
    let n = 0;
    for (let i = 0; i < 10_000; i++) if (isNorwegianPublicHoliday(d(`20${10 + (i % 30)}-05-17`))) n++;
    expect(n).toBe(10_000);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
