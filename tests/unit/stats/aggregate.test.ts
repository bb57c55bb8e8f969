// Municipal totals: intervals from the schools' published figures, never more exact than their parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/domain/intake/questions';
import { aggregateFigures, formatInterval, formatShare } from '../../../src/domain/stats/aggregate';
import { anonymisedFigures, type FigureCase } from '../../../src/domain/stats/anonymised';
import { HIDDEN, SMALL } from '../../../src/domain/stats/suppression';

const c: FigureCase = {
  reported: '2025-09-01',
  categories: ['Mobbing'],
  status: 'Avsluttet',
  serious: false,
  investigation: { due: '2025-09-03', done: '2025-09-02' },
  plan: { due: '2025-09-08', done: '2025-09-05' },
  closed: '2025-10-01',
};
const school = (n: number, extra: Partial<FigureCase>[] = []) =>
  anonymisedFigures([...Array(n).fill(c), ...extra.map((e) => ({ ...c, ...e }))], 2025, '2026-03-01');

describe('aggregateFigures', () => {
  it('adds exact figures exactly', () => {
    const m = aggregateFigures(2025, [school(10), school(7)]);
    expect(m.schools).toBe(2);
    expect(m.reported).toEqual({ lo: 17, hi: 17 });
    expect(formatInterval(m.byCategory.Mobbing)).toBe(17);
    expect(formatShare(m.deadlines.plan.sharePercent)).toBe('100 %');
  });

  it('turns a suppressed school count into a range, never an exact total', () => {
    const small = school(10, [{ categories: ['Vold'] }, { categories: ['Vold'] }]);
    expect(small.byCategory.Vold).toBe(SMALL);
    const m = aggregateFigures(2025, [small, school(20, Array(6).fill({ categories: ['Vold'] }))]);
    // 6 exact + 1–4 suppressed.
    expect(m.byCategory.Vold).toEqual({ lo: 7, hi: 10 });
    expect(formatInterval(m.byCategory.Vold)).toBe('7–10');
  });

  it('ignores schools of another school year', () => {
    const other = anonymisedFigures(Array(9).fill(c), 2024, '2025-03-01');
    expect(aggregateFigures(2025, [school(5), other]).schools).toBe(1);
  });

  it('formats intervals without inventing precision', () => {
    expect(formatInterval({ lo: 2, hi: 3 })).toBe(SMALL);
    expect(formatInterval({ lo: 0, hi: Number.POSITIVE_INFINITY })).toBe(HIDDEN);
    expect(formatInterval({ lo: 12, hi: Number.POSITIVE_INFINITY })).toBe('minst 12');
    expect(formatShare(null)).toBe('');
    expect(formatShare({ lo: 80, hi: 90 })).toBe('80–90 %');
  });

  it('never gives an exact municipal figure a suppressed school count could be subtracted from', () => {
    const anySchool = fc
      .array(
        fc.record({
          day: fc.integer({ min: 0, max: 200 }),
          cat: fc.constantFrom(...CATEGORIES),
          serious: fc.boolean(),
        }),
        { maxLength: 25 },
      )
      .map((cs) =>
        anonymisedFigures(
          cs.map((x) => ({
            ...c,
            reported: new Date(Date.UTC(2025, 7, 1) + x.day * 86_400_000).toISOString().slice(0, 10),
            categories: [x.cat],
            serious: x.serious,
          })),
          2025,
          '2026-03-01',
        ),
      );
    fc.assert(
      fc.property(fc.array(anySchool, { minLength: 1, maxLength: 6 }), (schools) => {
        const m = aggregateFigures(2025, schools);
        for (const cat of CATEGORIES) {
          const total = m.byCategory[cat];
          if (schools.some((s) => s.byCategory[cat] === SMALL))
            expect(total.hi - total.lo).toBeGreaterThanOrEqual(3);
        }
        if (schools.some((s) => s.serious === SMALL))
          expect(m.serious.hi - m.serious.lo).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 100 },
    );
  });
});
