import { describe, expect, it } from 'vitest';
import {
  type CaseDeadlineRow,
  computeDeadlines,
  DEFAULT_DEADLINE_SETTINGS,
  DeadlineSettingsSchema,
  deadlineAlerts,
  defaultNextEvaluation,
} from '../../../src/domain/cases/deadlines';
import type { LocalDate } from '../../../src/domain/time/localDate';
import { SchoolCalendar } from '../../../src/domain/time/schoolCalendar';

const d = (s: string) => s as LocalDate;
const plain = new SchoolCalendar();
const schoolYear = new SchoolCalendar([
  { from: d('2026-10-05'), to: d('2026-10-09') },
  { from: d('2026-12-21'), to: d('2027-01-01') },
]);

const deadlines = (rektorKnownOn: string, serious = false, calendar = plain) =>
  computeDeadlines({ rektorKnownOn: d(rektorKnownOn), serious, calendar });

describe('DeadlineSettings', () => {
  it('defaults to the deadlines table', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual({
      investigationSchoolDays: 2,
      investigationSchoolDaysSerious: 0,
      planSchoolDays: 5,
      firstEvaluationWeeks: 4,
      statsforvalterCalendarDays: 7,
      soonSchoolDays: 2,
      // Worrying absence: a meeting within a week (domain.md), the agreement within two (Skolemiljø's own).
      absenceMeetingSchoolDays: 5,
      absenceAgreementSchoolDays: 10,
    });
  });

  it('fills missing values and rejects nonsense', () => {
    expect(DeadlineSettingsSchema.parse({ planSchoolDays: 10 })).toEqual({
      ...DEFAULT_DEADLINE_SETTINGS,
      planSchoolDays: 10,
    });
    expect(DeadlineSettingsSchema.safeParse({ planSchoolDays: -1 }).success).toBe(false);
    expect(DeadlineSettingsSchema.safeParse({ planSchoolDays: 2.5 }).success).toBe(false);
    expect(DeadlineSettingsSchema.safeParse({ firstEvaluationWeeks: 0 }).success).toBe(false);
    expect(DeadlineSettingsSchema.safeParse({ soonSchoolDays: '2' }).success).toBe(false);
  });
});

describe('computeDeadlines', () => {
  it('an ordinary Tuesday: 2 and 5 school days, 7 calendar days', () => {
    expect(deadlines('2026-03-10')).toEqual({
      investigation: '2026-03-12',
      plan: '2026-03-17',
      statsforvalterFrom: '2026-03-17',
      skoleeierNotifyBy: null,
    });
  });

  it('a Friday report skips the weekend', () => {
    expect(deadlines('2026-03-06')).toMatchObject({
      investigation: '2026-03-10',
      plan: '2026-03-13',
      statsforvalterFrom: '2026-03-13',
    });
  });

  it('the day before skjærtorsdag skips Easter', () => {
    expect(deadlines('2026-04-01')).toMatchObject({
      investigation: '2026-04-08',
      plan: '2026-04-13',
      statsforvalterFrom: '2026-04-08',
    });
  });

  it('the day before Easter Sunday (a Saturday) counts from the Tuesday after Easter', () => {
    expect(deadlines('2026-04-04')).toMatchObject({ investigation: '2026-04-08', plan: '2026-04-13' });
    expect(deadlines('2026-04-04', true)).toMatchObject({
      investigation: '2026-04-07',
      skoleeierNotifyBy: '2026-04-07',
    });
  });

  it('before 17 May and Kristi himmelfartsdag', () => {
    // 2026: Kristi himmelfartsdag Thursday 14 May; 17 May is a Sunday.
    expect(deadlines('2026-05-13')).toMatchObject({ investigation: '2026-05-18', plan: '2026-05-21' });
    // 2027: 17 May is a Monday and also 2. pinsedag.
    expect(deadlines('2027-05-14')).toMatchObject({
      investigation: '2027-05-19',
      plan: '2027-05-24',
      statsforvalterFrom: '2027-05-21',
    });
  });

  it('across New Year, with and without a Christmas break', () => {
    expect(deadlines('2026-12-23')).toMatchObject({ investigation: '2026-12-28', plan: '2026-12-31' });
    expect(deadlines('2026-12-18', false, schoolYear)).toEqual({
      investigation: '2027-01-05',
      plan: '2027-01-08',
      statsforvalterFrom: '2026-12-25',
      skoleeierNotifyBy: null,
    });
  });

  it("skips the school's autumn break", () => {
    expect(deadlines('2026-10-02', false, schoolYear)).toMatchObject({
      investigation: '2026-10-13',
      plan: '2026-10-16',
    });
  });

  it('§12-5 (employee involved): investigation and skoleeier the same day, plan as usual', () => {
    expect(deadlines('2026-03-10', true)).toEqual({
      investigation: '2026-03-10',
      plan: '2026-03-17',
      statsforvalterFrom: '2026-03-17',
      skoleeierNotifyBy: '2026-03-10',
    });
  });

  it('a Saturday report: same-day deadlines move to Monday, Statsforvalteren stays in calendar days', () => {
    expect(deadlines('2026-03-07')).toEqual({
      investigation: '2026-03-10',
      plan: '2026-03-13',
      statsforvalterFrom: '2026-03-14',
      skoleeierNotifyBy: null,
    });
    expect(deadlines('2026-03-07', true)).toMatchObject({
      investigation: '2026-03-09',
      skoleeierNotifyBy: '2026-03-09',
    });
  });

  it('a §12-5 report in a school holiday waits for the first school day', () => {
    expect(deadlines('2026-10-06', true, schoolYear)).toMatchObject({
      investigation: '2026-10-12',
      skoleeierNotifyBy: '2026-10-12',
      statsforvalterFrom: '2026-10-13',
    });
  });

  it('uses the school settings', () => {
    const settings = DeadlineSettingsSchema.parse({
      investigationSchoolDays: 1,
      planSchoolDays: 10,
      statsforvalterCalendarDays: 14,
    });
    expect(
      computeDeadlines({ rektorKnownOn: d('2026-03-10'), serious: false, calendar: plain, settings }),
    ).toEqual({
      investigation: '2026-03-11',
      plan: '2026-03-24',
      statsforvalterFrom: '2026-03-24',
      skoleeierNotifyBy: null,
    });
  });
});

describe('defaultNextEvaluation', () => {
  it('is four weeks after the plan', () => {
    expect(defaultNextEvaluation(d('2026-03-17'), DEFAULT_DEADLINE_SETTINGS, plain)).toBe('2026-04-14');
  });

  it('moves to the next school day when that day is not one', () => {
    // 9 March + 4 weeks = 6 April 2026, 2. påskedag.
    expect(defaultNextEvaluation(d('2026-03-09'), DEFAULT_DEADLINE_SETTINGS, plain)).toBe('2026-04-07');
    // 7 December + 4 weeks = 4 January, but 28 Dec → Christmas break; 30 Nov + 4 weeks = 28 Dec.
    expect(defaultNextEvaluation(d('2026-11-30'), DEFAULT_DEADLINE_SETTINGS, schoolYear)).toBe('2027-01-04');
  });

  it('follows firstEvaluationWeeks', () => {
    const settings = DeadlineSettingsSchema.parse({ firstEvaluationWeeks: 1 });
    expect(defaultNextEvaluation(d('2026-03-17'), settings, plain)).toBe('2026-03-24');
  });
});

describe('deadlineAlerts', () => {
  // Tuesday 10 March 2026; "soon" runs to Thursday 12 March.
  const today = d('2026-03-10');
  const row = (status: CaseDeadlineRow['status'], due: Partial<Omit<CaseDeadlineRow, 'status'>> = {}) => ({
    status,
    investigationDue: d('2026-03-09'),
    planDue: d('2026-03-12'),
    nextEvaluation: d('2026-03-11'),
    ...due,
  });

  it('Meldt: investigation and plan, not evaluation', () => {
    expect(deadlineAlerts(row('Meldt'), today, plain)).toEqual([
      { step: 'undersøkelse', due: '2026-03-09', state: 'overdue' },
      { step: 'aktivitetsplan', due: '2026-03-12', state: 'soon' },
    ]);
  });

  it('Undersøkes: only the plan', () => {
    expect(deadlineAlerts(row('Undersøkes'), today, plain)).toEqual([
      { step: 'aktivitetsplan', due: '2026-03-12', state: 'soon' },
    ]);
  });

  it('Aktivitetsplan and Evalueres: only the evaluation', () => {
    for (const status of ['Aktivitetsplan', 'Evalueres'] as const) {
      expect(deadlineAlerts(row(status), today, plain)).toEqual([
        { step: 'evaluering', due: '2026-03-11', state: 'soon' },
      ]);
    }
  });

  it('Avsluttet: nothing', () => {
    expect(deadlineAlerts(row('Avsluttet', { planDue: d('2026-01-01') }), today, plain)).toEqual([]);
  });

  it('due today is soon, not overdue; beyond the window is nothing', () => {
    expect(deadlineAlerts(row('Undersøkes', { planDue: today }), today, plain)).toEqual([
      { step: 'aktivitetsplan', due: today, state: 'soon' },
    ]);
    expect(deadlineAlerts(row('Undersøkes', { planDue: d('2026-03-13') }), today, plain)).toEqual([]);
    expect(deadlineAlerts(row('Meldt', { planDue: d('2026-02-01') }), today, plain)).toEqual([
      { step: 'undersøkelse', due: '2026-03-09', state: 'overdue' },
      { step: 'aktivitetsplan', due: '2026-02-01', state: 'overdue' },
    ]);
  });

  it('counts the window in school days', () => {
    // Friday 13 March: soon runs to Tuesday 17 March.
    const friday = d('2026-03-13');
    const plan = (planDue: string) =>
      deadlineAlerts(row('Undersøkes', { planDue: d(planDue) }), friday, plain);
    expect(plan('2026-03-16')).toHaveLength(1);
    expect(plan('2026-03-17')).toHaveLength(1);
    expect(plan('2026-03-18')).toEqual([]);
    // Wednesday before Easter: soon runs to Wednesday 8 April.
    const beforeEaster = (due: string) =>
      deadlineAlerts(row('Undersøkes', { planDue: d(due) }), d('2026-04-01'), plain);
    expect(beforeEaster('2026-04-08')).toEqual([
      { step: 'aktivitetsplan', due: '2026-04-08', state: 'soon' },
    ]);
    expect(beforeEaster('2026-04-09')).toEqual([]);
  });

  it('follows soonSchoolDays', () => {
    const settings = DeadlineSettingsSchema.parse({ soonSchoolDays: 0 });
    const r = row('Undersøkes', { planDue: d('2026-03-11') });
    expect(deadlineAlerts(r, today, plain, settings)).toEqual([]);
    expect(deadlineAlerts(r, d('2026-03-11'), plain, settings)).toEqual([
      { step: 'aktivitetsplan', due: '2026-03-11', state: 'soon' },
    ]);
  });

  it('ignores missing dates', () => {
    const r = { status: 'Meldt' as const, investigationDue: null, planDue: undefined, nextEvaluation: null };
    expect(deadlineAlerts(r, today, plain)).toEqual([]);
  });

  it('agrees with computeDeadlines on a fresh case', () => {
    const due = deadlines('2026-03-10');
    const fresh = {
      status: 'Meldt' as const,
      investigationDue: due.investigation,
      planDue: due.plan,
      nextEvaluation: null,
    };
    expect(deadlineAlerts(fresh, d('2026-03-10'), plain)).toEqual([
      { step: 'undersøkelse', due: '2026-03-12', state: 'soon' },
    ]);
    expect(deadlineAlerts(fresh, d('2026-03-13'), plain)).toEqual([
      { step: 'undersøkelse', due: '2026-03-12', state: 'overdue' },
      { step: 'aktivitetsplan', due: '2026-03-17', state: 'soon' },
    ]);
  });
});
