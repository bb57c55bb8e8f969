import { describe, expect, it } from 'vitest';
import { type CaseRecord, withDerivedDates } from '../../../src/domain/cases/caseRecord';
import { DEFAULT_DEADLINE_SETTINGS, documentationAlert } from '../../../src/domain/cases/deadlines';
import { newCaseRecord } from '../../../src/domain/cases/newCase';
import { nextSteps } from '../../../src/domain/cases/nextSteps';
import { parseReport } from '../../../src/domain/intake/report';
import type { LocalDate } from '../../../src/domain/time/localDate';
import { SchoolCalendar } from '../../../src/domain/time/schoolCalendar';

const d = (s: string) => s as LocalDate;
const calendar = new SchoolCalendar();
const s = { deadlines: DEFAULT_DEADLINE_SETTINGS, calendar };

function reported(overrides: Partial<CaseRecord> = {}): CaseRecord {
  const { report } = parseReport({ 'Elevens navn': 'Ola', 'Hva har skjedd?': 'x' }, 'a@b.no');
  const c = newCaseRecord({
    saksnr: '2026-001',
    report,
    problems: [],
    reportedAt: new Date('2026-09-14T09:00:00+02:00'),
    reportedOn: d('2026-09-14'),
    svarId: 'r1',
  });
  return withDerivedDates({ ...c, ...overrides }, s);
}

describe('the documentation deadline Statsforvalteren sets (§ 12-6)', () => {
  const due = { due: d('2026-10-15'), sent: null }; // a Thursday

  it('is overdue after the day, soon from two school days before, nothing earlier', () => {
    expect(documentationAlert(due, d('2026-10-12'), calendar)).toBeNull(); // Monday
    expect(documentationAlert(due, d('2026-10-13'), calendar)).toEqual({ due: '2026-10-15', state: 'soon' });
    expect(documentationAlert(due, d('2026-10-15'), calendar)).toEqual({ due: '2026-10-15', state: 'soon' });
    expect(documentationAlert(due, d('2026-10-16'), calendar)).toEqual({
      due: '2026-10-15',
      state: 'overdue',
    });
  });

  it('ends when the documentation is sent, and is nothing without a deadline', () => {
    expect(documentationAlert({ ...due, sent: d('2026-10-20') }, d('2026-10-30'), calendar)).toBeNull();
    expect(documentationAlert({ due: null, sent: null }, d('2026-10-30'), calendar)).toBeNull();
  });

  it('gives the register its amber date while pending, whatever the status, a closed case too', () => {
    const open = reported({ fristStatsforvalter: d('2026-10-15') });
    expect(open.varselStatsforvalter).toBe('2026-10-13');
    const closed = withDerivedDates({ ...open, status: 'Avsluttet', avslutningsgrunn: 'x' }, s);
    expect(closed.varselStatsforvalter).toBe('2026-10-13');
    expect(
      withDerivedDates({ ...open, dokumentasjonSendt: d('2026-10-14') }, s).varselStatsforvalter,
    ).toBeNull();
  });

  it('counts school days back over the autumn holiday', () => {
    const holiday = new SchoolCalendar([{ from: d('2026-10-05'), to: d('2026-10-09') }]);
    const c = withDerivedDates(
      { ...reported(), fristStatsforvalter: d('2026-10-12') },
      { deadlines: DEFAULT_DEADLINE_SETTINGS, calendar: holiday },
    );
    expect(c.varselStatsforvalter).toBe('2026-10-01');
  });
});

describe('the sidebar offers «Registrer Statsforvalteren …»', () => {
  const ids = (c: CaseRecord, today?: string) => nextSteps(c, 0, today as LocalDate).map((a) => a.id);

  it('from the day the family may go there, or once something is registered, a closed case too', () => {
    expect(ids(reported(), '2026-09-18')).not.toContain('statsforvalter');
    expect(ids(reported(), '2026-09-21')).toContain('statsforvalter');
    const closed = reported({ status: 'Avsluttet', statsforvalterMeldt: d('2026-11-02') });
    expect(ids(closed)).toContain('statsforvalter');
  });

  it('first, as the primary step, while the documentation is due', () => {
    const c = reported({ statsforvalterMeldt: d('2026-10-01'), fristStatsforvalter: d('2026-10-15') });
    expect(nextSteps(c, 0)[0]).toEqual({ id: 'statsforvalter', primary: true });
  });
});
