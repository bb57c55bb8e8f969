import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  CASE_STATUSES,
  type CaseStatus,
  isCaseStatus,
  isOpenStatus,
  REGISTER_DATE_COLUMNS,
  SUB_DUTIES,
  subDutyForStatus,
  transition,
} from '../../../src/domain/cases/lifecycle';

describe('statuses', () => {
  it('are exactly the register statuses, in order', () => {
    expect(CASE_STATUSES).toEqual(['Meldt', 'Undersøkes', 'Aktivitetsplan', 'Evalueres', 'Avsluttet']);
  });

  it('isCaseStatus checks any value', () => {
    expect(isCaseStatus('Undersøkes')).toBe(true);
    expect(isCaseStatus('undersøkes')).toBe(false);
    expect(isCaseStatus('')).toBe(false);
    expect(isCaseStatus(undefined)).toBe(false);
  });

  it('only Avsluttet is closed', () => {
    expect(CASE_STATUSES.filter((s) => !isOpenStatus(s))).toEqual(['Avsluttet']);
  });
});

describe('transition', () => {
  it.each([
    ['Meldt', 'Undersøkes', ['Undersøkelse startet']],
    ['Undersøkes', 'Aktivitetsplan', ['Plan iverksatt']],
    ['Aktivitetsplan', 'Evalueres', ['Sist evaluert']],
    ['Evalueres', 'Aktivitetsplan', ['Plan iverksatt']],
    ['Meldt', 'Avsluttet', ['Avsluttet']],
    ['Undersøkes', 'Avsluttet', ['Avsluttet']],
    ['Aktivitetsplan', 'Avsluttet', ['Avsluttet']],
    ['Evalueres', 'Avsluttet', ['Avsluttet']],
  ] as const)('allows %s → %s, filling %j', (from, to, fill) => {
    expect(transition(from, to)).toEqual({ ok: true, fill, clear: [] });
  });

  it('accepts the same status as a no-op', () => {
    for (const s of CASE_STATUSES) expect(transition(s, s)).toEqual({ ok: true, fill: [], clear: [] });
  });

  it.each([
    ['Meldt', 'Aktivitetsplan', 'hoppe over'],
    ['Meldt', 'Evalueres', 'hoppe over'],
    ['Undersøkes', 'Evalueres', 'hoppe over'],
    ['Undersøkes', 'Meldt', 'tilbake til «Meldt»'],
    ['Aktivitetsplan', 'Undersøkes', 'gå tilbake'],
    ['Evalueres', 'Undersøkes', 'gå tilbake'],
    ['Evalueres', 'Meldt', 'tilbake til «Meldt»'],
  ] as const)('refuses %s → %s in Norwegian', (from, to, words) => {
    const result = transition(from, to);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(words);
      expect(result.reason).toContain(`«${from}»`);
    }
  });

  it('reopens a closed case only when asked explicitly', () => {
    const silent = transition('Avsluttet', 'Undersøkes');
    expect(silent.ok).toBe(false);
    if (!silent.ok) expect(silent.reason).toContain('avsluttet');
    expect(transition('Avsluttet', 'Undersøkes', { reopen: true })).toEqual({
      ok: true,
      fill: ['Undersøkelse startet'],
      clear: ['Avsluttet'],
    });
  });

  it('reopens only to Undersøkes', () => {
    for (const to of ['Meldt', 'Aktivitetsplan', 'Evalueres'] as const) {
      const result = transition('Avsluttet', to, { reopen: true });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain('«Undersøkes»');
    }
  });

  it('agrees with allowedTransitions', () => {
    for (const from of CASE_STATUSES) {
      const allowed = allowedTransitions(from);
      for (const to of CASE_STATUSES) {
        if (to === from) continue;
        expect(transition(from, to).ok, `${from} → ${to}`).toBe(allowed.includes(to));
      }
    }
    expect(allowedTransitions('Meldt')).toEqual(['Undersøkes', 'Avsluttet']);
    expect(allowedTransitions('Evalueres')).toEqual(['Aktivitetsplan', 'Avsluttet']);
    expect(allowedTransitions('Avsluttet')).toEqual([]);
  });

  it('only fills known register columns', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const result = transition(from, to, { reopen: true });
        if (result.ok)
          for (const col of [...result.fill, ...result.clear]) expect(REGISTER_DATE_COLUMNS).toContain(col);
      }
    }
  });
});

describe('subDutyForStatus', () => {
  it('maps statuses to the sub-duties of §12-4', () => {
    const map: Record<CaseStatus, string> = {
      Meldt: 'melde',
      Undersøkes: 'undersøke',
      Aktivitetsplan: 'tiltak',
      Evalueres: 'evaluering',
      Avsluttet: 'evaluering',
    };
    for (const s of CASE_STATUSES) {
      expect(subDutyForStatus(s)).toBe(map[s]);
      expect(SUB_DUTIES).toContain(subDutyForStatus(s));
    }
    expect(SUB_DUTIES).toEqual(['følge med', 'gripe inn', 'melde', 'undersøke', 'tiltak', 'evaluering']);
  });
});
