// A register record as the figures see it, and the dashboard laid out from the exact figures.
import { describe, expect, it } from 'vitest';
import { type CaseRecord, withDerivedDates } from '../../../src/domain/cases/caseRecord';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../src/domain/cases/deadlines';
import { newCaseRecord } from '../../../src/domain/cases/newCase';
import { parseReport } from '../../../src/domain/intake/report';
import { exactFigures } from '../../../src/domain/stats/anonymised';
import { figureCase } from '../../../src/domain/stats/figureCase';
import { statistics } from '../../../src/domain/stats/statistics';
import type { LocalDate } from '../../../src/domain/time/localDate';
import { SchoolCalendar } from '../../../src/domain/time/schoolCalendar';
import { dashboard, ROWS, WIDTH } from '../../../src/features/overview/dashboard';
import { messages } from '../../../src/i18n';

const d = (s: string) => s as LocalDate;
const s = { deadlines: DEFAULT_DEADLINE_SETTINGS, calendar: new SchoolCalendar() };

function record(on: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  const { report } = parseReport(
    {
      'Elevens navn': 'Ola Nordmann',
      Klasse: '5B',
      'Hva gjelder meldingen?':
        'Mobbing, Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer), noe annet',
      'Hva har skjedd?': 'Hemmelig fritekst',
    },
    'larer@skole.no',
  );
  const c = newCaseRecord({
    saksnr: '2026-001',
    report,
    problems: [],
    reportedAt: new Date(`${on}T09:00:00+02:00`),
    reportedOn: d(on),
    svarId: 'r1',
  });
  return withDerivedDates({ ...c, ...overrides }, s);
}

describe('figureCase', () => {
  it('copies dates, status, categories and the § 12-5 flag, and nothing that names anyone', () => {
    const f = figureCase(record('2026-09-14', { ansattInvolvert: true }));
    expect(f).toEqual({
      reported: '2026-09-14',
      categories: ['Mobbing', 'Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)'],
      status: 'Meldt',
      serious: true,
      investigation: { due: '2026-09-14', done: null },
      plan: { due: '2026-09-21', done: null },
      closed: null,
    });
    expect(JSON.stringify(f)).not.toMatch(/Ola|5B|Hemmelig|larer|2026-001|r1/);
  });

  it('a case closed without a plan needed none; closed late without an investigation, it missed that', () => {
    // Closed after the deadlines were set: they are history, kept as they were.
    const closed = (overrides: Partial<CaseRecord>) => figureCase({ ...record('2026-09-14'), ...overrides });
    const closedEarly = closed({
      status: 'Avsluttet',
      undersokelseStartet: d('2026-09-15'),
      avsluttet: d('2026-09-18'),
    });
    expect(closedEarly.plan).toEqual({ due: null, done: null });
    const closedLate = closed({ status: 'Avsluttet', avsluttet: d('2026-10-01') });
    expect(closedLate.investigation).toEqual({ due: '2026-09-16', done: null });
    expect(closedLate.plan).toEqual({ due: null, done: null });
  });

  it('a reopened case is open, whatever date it was once closed on', () => {
    const f = figureCase(record('2026-09-14', { status: 'Undersøkes', avsluttet: d('2026-09-20') }));
    expect(f.closed).toBeNull();
  });
});

describe('the dashboard layout', () => {
  const figures = exactFigures([figureCase(record('2026-09-14'))], 2026, '2026-09-20');
  const stats = statistics([], d('2026-08-01'));
  const layout = dashboard(
    { figures, stats, redirected: 2, today: d('2026-09-20') },
    messages('nb').overview,
  );

  it('is a fixed block, whatever the figures: the charts’ ranges never move', () => {
    expect(layout.values).toHaveLength(ROWS);
    for (const row of layout.values) expect(row).toHaveLength(WIDTH);
    const empty = dashboard(
      { figures: exactFigures([], 2026, '2026-09-20'), stats, redirected: 0, today: d('2026-09-20') },
      messages('nn').overview,
    );
    expect(empty.charts.map((c) => c.range)).toEqual(layout.charts.map((c) => c.range));
    expect(empty.values).toHaveLength(ROWS);
  });

  it('has exact small numbers (the leadership’s own view) and leaves future months empty', () => {
    const at = (label: string) => layout.values.find((r) => r[0] === label);
    expect(at('Meldt dette skoleåret')?.[1]).toBe(1);
    expect(at('Meldinger om ledelsen sendt til skoleeier')?.[1]).toBe(2);
    expect(at('september')?.[1]).toBe(1);
    expect(at('oktober')?.[1]).toBe('');
    expect(at('Krenkelser')?.[1]).toBe(1);
  });
});
