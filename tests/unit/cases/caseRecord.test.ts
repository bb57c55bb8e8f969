import { describe, expect, it } from 'vitest';
import {
  type CaseRecord,
  hasPlan,
  moveStatus,
  REFUSALS,
  withDerivedDates,
} from '../../../src/domain/cases/caseRecord';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../src/domain/cases/deadlines';
import { newCaseRecord } from '../../../src/domain/cases/newCase';
import { parseReport } from '../../../src/domain/intake/report';
import type { LocalDate } from '../../../src/domain/time/localDate';
import { SchoolCalendar } from '../../../src/domain/time/schoolCalendar';

const d = (s: string) => s as LocalDate;
const s = { deadlines: DEFAULT_DEADLINE_SETTINGS, calendar: new SchoolCalendar() };

function reported(on = '2026-09-14', overrides: Partial<CaseRecord> = {}): CaseRecord {
  const { report } = parseReport({ 'Elevens navn': 'Ola', 'Hva har skjedd?': 'x' }, 'a@b.no');
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

describe('withDerivedDates: every date of a case, said once', () => {
  it('gives a new report its deadlines, the Statsforvalteren date and the amber dates', () => {
    const c = reported('2026-09-14'); // Monday
    expect(c.fristUndersokelse).toBe('2026-09-16');
    expect(c.fristAktivitetsplan).toBe('2026-09-21');
    expect(c.statsforvalterFra).toBe('2026-09-21');
    expect(c.varselUndersokelse).toBe('2026-09-14');
    expect(c.varselAktivitetsplan).toBe('2026-09-17');
    expect(c.nesteEvaluering).toBeNull();
  });

  it('makes § 12-5 cases (an employee or a leader) same-day investigations', () => {
    expect(reported('2026-09-14', { ansattInvolvert: true }).fristUndersokelse).toBe('2026-09-14');
    expect(reported('2026-09-14', { ledelseInvolvert: true }).fristUndersokelse).toBe('2026-09-14');
  });

  it('keeps a deadline once its step is done, and follows «Rektor kjent» while it is pending', () => {
    const c = reported('2026-09-14');
    const investigating = withDerivedDates({ ...c, status: 'Undersøkes', rektorKjent: d('2026-09-07') }, s);
    expect(investigating.fristUndersokelse).toBe('2026-09-16'); // history: not moved
    expect(investigating.fristAktivitetsplan).toBe('2026-09-14'); // still pending: moved
  });

  it('sets the first evaluation from the plan date when the plan sets none, and its amber date', () => {
    const c = withDerivedDates(
      { ...reported(), status: 'Aktivitetsplan', planIverksatt: d('2026-09-21'), aktivitetsplan: 'x' },
      s,
    );
    expect(c.nesteEvaluering).toBe('2026-10-19');
    expect(c.varselEvaluering).toBe('2026-10-15');
  });

  it('leaves a closed case as it is', () => {
    const closed = { ...reported(), status: 'Avsluttet' as const, rektorKjent: d('2026-01-05') };
    expect(withDerivedDates(closed, s).fristUndersokelse).toBe('2026-09-16');
  });
});

describe('moveStatus: the law order and its guards, for every path', () => {
  it('stamps the date the documentation needs', () => {
    const r = moveStatus(reported(), 'Undersøkes', d('2026-09-15'));
    expect(r.ok && r.record.undersokelseStartet).toBe('2026-09-15');
  });

  it('refuses «Aktivitetsplan» without a written plan (R4)', () => {
    const investigating = { ...reported(), status: 'Undersøkes' as const };
    expect(moveStatus(investigating, 'Aktivitetsplan', d('2026-09-20'))).toEqual({
      ok: false,
      reason: REFUSALS.noPlan,
      refusal: { kind: 'noPlan' },
    });
    const withPlan = {
      ...investigating,
      aktivitetsplan: { url: 'https://docs/x', label: 'Aktivitetsplan v1' },
    };
    expect(hasPlan(withPlan)).toBe(true);
    expect(moveStatus(withPlan, 'Aktivitetsplan', d('2026-09-20')).ok).toBe(true);
  });

  it('refuses to close without a reason, and keeps the reason it is given', () => {
    expect(moveStatus(reported(), 'Avsluttet', d('2026-09-20'))).toEqual({
      ok: false,
      reason: REFUSALS.noReason,
      refusal: { kind: 'noReason' },
    });
    const r = moveStatus(reported(), 'Avsluttet', d('2026-09-20'), { reason: 'Byttet skole' });
    expect(r.ok && r.record.avslutningsgrunn).toBe('Byttet skole');
    expect(r.ok && r.record.avsluttet).toBe('2026-09-20');
  });

  it('reopens only when asked, clearing the closing date', () => {
    const closed = {
      ...reported(),
      status: 'Avsluttet' as const,
      avsluttet: d('2026-10-01'),
      avslutningsgrunn: 'Trygg',
    };
    expect(moveStatus(closed, 'Undersøkes', d('2026-10-10')).ok).toBe(false);
    const r = moveStatus(closed, 'Undersøkes', d('2026-10-10'), {
      reopen: true,
      reason: 'Det har begynt igjen',
    });
    expect(r.ok && r.record.avsluttet).toBeNull();
    expect(r.ok && r.record.undersokelseStartet).toBe('2026-10-10');
  });
});
