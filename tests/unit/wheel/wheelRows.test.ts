import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/time/localDate';
import { wheelCalendar } from '../../../src/domain/wheel/recurrence';
import {
  cellDate,
  cellText,
  evaluateWheelRow,
  needsAttention,
  statusLabel,
  statusLabels,
  type WheelRowInput,
} from '../../../src/features/wheel/wheelRows';
import { d, fakeSchoolDays } from './fakeSchoolDays';

const cal = fakeSchoolDays('2026-10-05..2026-10-09');
const row = (over: Partial<WheelRowInput>): WheelRowInput => ({
  aktivitet: 'Elevråd',
  gjentakelse: 'månedlig',
  neste: '',
  sistGjort: '',
  ...over,
});
const evalAt = (r: WheelRowInput, today: string, lang: 'nb' | 'nn' = 'nb') =>
  evaluateWheelRow(r, d(today), cal, lang);

describe('cellDate and cellText', () => {
  it('reads a Date at Oslo midnight as its Oslo day, typed text as a date, anything else as nothing', () => {
    expect(cellDate(startOfLocalDate(d('2026-03-29')))).toBe('2026-03-29');
    expect(cellDate('15.09.2026')).toBe('2026-09-15');
    expect(cellDate('2026-09-15')).toBe('2026-09-15');
    expect(cellDate('snart')).toBeNull();
    expect(cellDate(46000)).toBeNull();
    expect(cellDate(new Date(Number.NaN))).toBeNull();
  });
  it('gives a date typed alone in Gjentakelse back as the date the person typed', () => {
    expect(cellText(startOfLocalDate(d('2026-11-02')))).toBe('02.11.2026');
    expect(cellText(' ukentlig ')).toBe('ukentlig');
  });
});

describe('evaluateWheelRow', () => {
  it('leaves a spacer row alone', () => {
    expect(evalAt(row({ aktivitet: '', gjentakelse: '' }), '2026-09-14')).toMatchObject({
      blank: true,
      status: null,
    });
  });

  it('fills in a missing Neste from today on, skipping holidays', () => {
    const e = evalAt(row({ gjentakelse: 'månedlig (5.)' }), '2026-09-14');
    expect(e).toMatchObject({ next: '2026-10-12', nextChanged: true, status: 'planlagt' });
  });

  it('keeps a given Neste, and says when it is overdue', () => {
    const e = evalAt(row({ neste: startOfLocalDate(d('2026-09-01')) }), '2026-09-14');
    expect(e).toMatchObject({ next: '2026-09-01', nextChanged: false, status: 'forfalt' });
    expect(needsAttention(e)).toBe(true);
  });

  it('rolls a daily routine forward instead of letting it go overdue, and never asks for attention', () => {
    const e = evalAt(row({ gjentakelse: 'daglig', neste: startOfLocalDate(d('2026-09-10')) }), '2026-09-14');
    expect(e).toMatchObject({ routine: true, next: '2026-09-14', nextChanged: true, status: 'denne uken' });
    expect(needsAttention(e)).toBe(false);
  });

  it('treats an empty Gjentakelse with a date as a one-off, which stays done once done', () => {
    const once = evalAt(row({ gjentakelse: '', neste: '20.09.2026' }), '2026-09-14');
    expect(once).toMatchObject({ rule: { kind: 'once', date: '2026-09-20' }, status: 'denne uken' });
    const done = evalAt(row({ gjentakelse: '', neste: '', sistGjort: '20.09.2026' }), '2026-09-25');
    expect(done).toMatchObject({ status: 'gjort', ruleError: null });
  });

  it('marks a rule it cannot read, with the parser’s explanation in the school’s language', () => {
    const e = evalAt(row({ gjentakelse: 'av og til' }), '2026-09-14');
    expect(e.status).toBe('ugyldig');
    expect(e.ruleError).toMatch(/Forstår ikke «av og til»/);
    expect(statusLabel('ugyldig', 'nb')).toBe('Sjekk gjentakelse');
    const nn = evalAt(row({ gjentakelse: '' }), '2026-09-14', 'nn');
    expect(nn.ruleError).toMatch(/Skriv kor ofte/);
  });

  it('reads nynorsk rules and labels', () => {
    const e = evalAt(row({ gjentakelse: 'kvar 2. veke (onsdag)' }), '2026-09-14', 'nn');
    expect(e.rule).toMatchObject({ kind: 'everyNWeeks', weeks: 2, weekday: 3 });
    expect(statusLabels('nn')).toEqual(['Forfallen', 'Denne veka', 'Planlagd', 'Gjort', 'Sjekk gjentakinga']);
  });
});

describe('evaluateWheelRow: «ved skolestart» follows the school start (F1)', () => {
  const withStart = wheelCalendar(fakeSchoolDays(), d('2026-08-19'));
  const evalStart = (gjentakelse: string, today: string, sistGjort = '') =>
    evaluateWheelRow(
      { aktivitet: 'Gjennomgang', gjentakelse, neste: '', sistGjort },
      d(today),
      withStart,
      'nb',
    );

  it('a row set up in August gets this year’s school start', () => {
    const e = evalStart('ved skolestart', '2026-08-17');
    expect(e.next).toBe('2026-08-19');
    expect(e.status).toBe('denne uken');
  });

  it('a row set up just after the school start shows this year’s as overdue, not next year’s', () => {
    const e = evalStart('ved skolestart', '2026-08-24');
    expect(e.next).toBe('2026-08-19');
    expect(e.status).toBe('forfalt');
    expect(evalStart('ved skolestart', '2026-08-24', '2026-08-20').status).toBe('gjort');
  });
});
