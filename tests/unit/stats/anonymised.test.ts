// The school's anonymised figures: what is counted, what is suppressed, and what can never appear.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../src/domain/cases/lifecycle';
import { CATEGORIES } from '../../../src/domain/intake/questions';
import {
  anonymisedFigures,
  type FigureCase,
  figureRelations,
  figureVariables,
  schoolYearMonths,
  schoolYearOf,
} from '../../../src/domain/stats/anonymised';
import { deriveRanges, HIDDEN, leaks, type Shown, SMALL } from '../../../src/domain/stats/suppression';
import { type LocalDate, localDate } from '../../../src/domain/time/localDate';

const base: FigureCase = {
  reported: '2025-09-01',
  categories: ['Mobbing'],
  status: 'Avsluttet',
  serious: false,
  investigation: { due: '2025-09-03', done: '2025-09-02' },
  plan: { due: '2025-09-08', done: '2025-09-05' },
  closed: '2025-10-01',
};
const many = (n: number, c: Partial<FigureCase>): FigureCase[] =>
  Array.from({ length: n }, () => ({ ...base, ...c }));

describe('anonymisedFigures', () => {
  it('counts a large school exactly, by month, status, category and deadline', () => {
    const cases = [
      ...many(10, {}),
      ...many(6, {
        reported: '2025-11-10',
        status: 'Aktivitetsplan',
        closed: null,
        categories: ['Vold', 'Mobbing'],
      }),
      ...many(5, {
        reported: '2026-01-15',
        status: 'Undersøkes',
        closed: null,
        serious: true,
        investigation: { due: '2026-01-15', done: '2026-01-20' },
        plan: { due: '2026-01-22', done: null },
      }),
    ];
    const f = anonymisedFigures(cases, 2025, '2026-02-10');
    expect(f.schoolYear).toBe(2025);
    expect(f.asOfMonth).toBe('2026-02');
    expect(f.reported).toBe(21);
    expect(f.byMonth).toEqual([0, 10, 0, 6, 0, 5, 0, 0, 0, 0, 0, 0]);
    expect(f.byStatus).toEqual({ Meldt: 0, Undersøkes: 5, Aktivitetsplan: 6, Evalueres: 0, Avsluttet: 10 });
    expect(f.byCategory.Mobbing).toBe(21);
    expect(f.byCategory.Vold).toBe(6);
    expect(f.serious).toBe(5);
    expect(f.deadlines.investigation).toEqual({ met: 16, missed: 5, sharePercent: 76 });
    // The January plans are overdue on 10 February: missed although not done.
    expect(f.deadlines.plan).toEqual({ met: 16, missed: 5, sharePercent: 76 });
    expect(f.medianDaysToPlan).toBe(4);
    expect(f.open).toBe(11);
    expect(f.openByAge).toEqual({ '0_7': 0, '8_30': 5, '31_90': 0, '91_180': 6, over_180: 0 });
  });

  it('shows 1–4 as «<5» and hides what would give it away', () => {
    const cases = [...many(12, {}), ...many(2, { reported: '2025-10-02', serious: true })];
    const f = anonymisedFigures(cases, 2025, '2026-03-01');
    expect(f.byMonth[2]).toBe(SMALL);
    expect(f.serious).toBe(SMALL);
    // September would give October back from the year's total: September is hidden, the total kept.
    expect(f.byMonth[1]).toBe(HIDDEN);
    expect(f.reported).toBe(14);
  });

  it('hides the median below five plans: one plan is one case', () => {
    const f = anonymisedFigures(many(4, {}), 2025, '2026-03-01');
    expect(f.medianDaysToPlan).toBe(HIDDEN);
    expect(f.deadlines.plan.sharePercent).toBe(HIDDEN);
  });

  it('counts by school year, 1 August to 31 July, and stops at its end', () => {
    const cases = [
      ...many(5, { reported: '2025-07-31' }),
      ...many(6, { reported: '2025-08-01' }),
      ...many(7, { reported: '2026-08-01' }),
    ];
    const f = anonymisedFigures(cases, 2025, '2026-10-01');
    expect(f.reported).toBe(6);
    expect(f.asOfMonth).toBe('2026-07');
    expect(schoolYearOf('2025-07-31')).toBe(2024);
    expect(schoolYearOf('2025-08-01')).toBe(2025);
    expect(schoolYearMonths(2025)[0]).toBe('2025-08');
    expect(schoolYearMonths(2025)[11]).toBe('2026-07');
  });

  it('carries open cases from earlier years in the open figures only', () => {
    const cases = [...many(6, { reported: '2024-10-01', status: 'Evalueres', closed: null }), ...many(5, {})];
    const f = anonymisedFigures(cases, 2025, '2026-01-10');
    expect(f.reported).toBe(5);
    expect(f.open).toBe(6);
    expect(f.openByAge.over_180).toBe(6);
  });

  it('has no field for a name, a class or free text', () => {
    expectTypeOf<keyof FigureCase>().toEqualTypeOf<
      'reported' | 'categories' | 'status' | 'serious' | 'investigation' | 'plan' | 'closed'
    >();
  });
});

// Random schools: dates within two school years, any status and categories.
const day = fc.integer({ min: 0, max: 700 }).map((d) => {
  const t = new Date(Date.UTC(2024, 7, 1) + d * 86_400_000);
  return localDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
});
const figureCase: fc.Arbitrary<FigureCase> = fc
  .record({
    reported: day,
    categories: fc.subarray([...CATEGORIES], { minLength: 1, maxLength: 3 }),
    status: fc.constantFrom<CaseStatus>(...CASE_STATUSES),
    serious: fc.boolean(),
    invDue: fc.integer({ min: 0, max: 5 }),
    invDone: fc.option(fc.integer({ min: 0, max: 10 })),
    planDue: fc.integer({ min: 3, max: 10 }),
    planDone: fc.option(fc.integer({ min: 0, max: 30 })),
    closedAfter: fc.option(fc.integer({ min: 0, max: 200 })),
  })
  .map((r) => {
    const plus = (n: number) => {
      const t = new Date(Date.parse(`${r.reported}T00:00:00Z`) + n * 86_400_000);
      return localDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    };
    const closed = r.status === 'Avsluttet' && r.closedAfter !== null ? plus(r.closedAfter) : null;
    return {
      reported: r.reported,
      categories: r.categories,
      status: r.status,
      serious: r.serious,
      investigation: { due: plus(r.invDue), done: r.invDone === null ? null : plus(r.invDone) },
      plan: { due: plus(r.planDue), done: r.planDone === null ? null : plus(r.planDone) },
      closed,
    };
  });

function counts(f: ReturnType<typeof anonymisedFigures>): Shown[] {
  return [
    f.reported,
    ...f.byMonth,
    ...Object.values(f.byStatus),
    ...Object.values(f.byCategory),
    f.serious,
    f.deadlines.investigation.met,
    f.deadlines.investigation.missed,
    f.deadlines.plan.met,
    f.deadlines.plan.missed,
    f.open,
    ...Object.values(f.openByAge),
  ];
}

describe('anonymisedFigures, any school', () => {
  it('never shows an exact 1–4, and no relation narrows a «<5»', () => {
    fc.assert(
      fc.property(fc.array(figureCase, { maxLength: 60 }), day, (cases, today) => {
        const f = anonymisedFigures(cases, 2025, today);
        for (const c of counts(f)) expect(typeof c === 'number' && c >= 1 && c <= 4).toBe(false);
        // Audit again from the published figures, with everything a reader may know.
        const shown = figureVariables(f);
        const asOf = (today < '2026-07-31' ? today : '2026-07-31') as LocalDate;
        const relations = figureRelations(schoolYearMonths(2025), asOf, '2025-08-01' as LocalDate);
        // Relations the data breaks are not knowledge; the rest must leave every «<5» at 1–4.
        const ranges = deriveRanges(shown, relations);
        if (ranges) expect(leaks(shown, relations)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
