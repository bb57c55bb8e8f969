import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate, startOfLocalDate } from '../../../src/domain/time/localDate';
import { wheelStatus } from '../../../src/domain/wheel/wheelStatus';
import {
  COLORS,
  columnLetters,
  formulaShape,
  type RuleDef,
  tiltaksplanRules,
  wheelRules,
} from '../../../src/features/wheel/formatting';
import { evaluate, isTruthy } from '../../../tools/emulator/spreadsheet/formula';
import { d, fakeSchoolDays } from './fakeSchoolDays';

/** Which rules hold for row 2 of a sheet, given its cells (column → value), on `today`. */
function matching(rules: RuleDef[], cells: Record<number, unknown>, today: LocalDate): string[] {
  const ctx = {
    valueAt: (r: number, c: number) => {
      const v = r === 2 ? cells[c] : undefined;
      if (v instanceof Date) return { date: v.getTime() };
      return (v as string | number | undefined) ?? '';
    },
    nowMs: startOfLocalDate(today).getTime() + 8 * 3600_000,
    timeZone: 'Europe/Oslo',
  };
  return rules.filter((r) => isTruthy(evaluate(r.formula, ctx))).map((r) => r.background);
}

describe('columnLetters', () => {
  it('counts like Sheets', () => {
    expect([1, 8, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'H', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('wheelRules', () => {
  const rules = wheelRules({ neste: 8, sistGjort: 9 });
  const cal = fakeSchoolDays();
  const colourOf = {
    forfalt: [COLORS.red],
    'denne uken': [COLORS.amber],
    gjort: [COLORS.grey],
    planlagt: [],
  };

  it('refers to the columns it is given', () => {
    expect(rules[0]!.formula).toBe('=AND(ISNUMBER($H2),$H2<TODAY(),OR(NOT(ISNUMBER($I2)),$I2<$H2))');
  });

  it('colours exactly as wheelStatus says, one colour at most, for every combination of dates', () => {
    const today = d('2026-09-14');
    const offsets = [-30, -8, -7, -1, 0, 1, 6, 7, 8, 30];
    let checked = 0;
    for (const n of offsets) {
      for (const done of [null, ...offsets]) {
        const next = addDays(today, n);
        const lastDone = done === null ? null : addDays(today, done);
        if (lastDone !== null && lastDone > today) continue;
        const status = wheelStatus({ recurrence: { kind: 'daily' }, next, lastDone }, today, cal);
        const cells = { 8: startOfLocalDate(next), 9: lastDone ? startOfLocalDate(lastDone) : '' };
        expect(matching(rules, cells, today), `next ${next}, done ${lastDone}`).toEqual(colourOf[status]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('colours a row that was done but has no next date grey, and an empty row not at all', () => {
    expect(matching(rules, { 9: startOfLocalDate(d('2026-09-01')) }, d('2026-09-14'))).toEqual([COLORS.grey]);
    expect(matching(rules, {}, d('2026-09-14'))).toEqual([]);
  });
});

describe('tiltaksplanRules', () => {
  const rules = tiltaksplanRules({ maal: 2, tiltak: 3, evaluering: 9 });
  it('is red only after 15 June, for a measure whose evaluation is empty', () => {
    const measure = { 2: 'Mål', 3: 'Tiltak', 9: '' };
    expect(matching(rules, measure, d('2027-06-15'))).toEqual([]);
    expect(matching(rules, measure, d('2027-06-16'))).toEqual([COLORS.red]);
    expect(matching(rules, measure, d('2027-07-31'))).toEqual([COLORS.red]);
    expect(matching(rules, measure, d('2027-08-01'))).toEqual([]);
    expect(matching(rules, measure, d('2027-05-20'))).toEqual([]);
    expect(matching(rules, { ...measure, 9: 'Gjennomført.' }, d('2027-06-20'))).toEqual([]);
    expect(matching(rules, { 2: '', 3: '', 9: '' }, d('2027-06-20'))).toEqual([]);
  });
});

describe('formulaShape', () => {
  it('is the same wherever the columns are, and differs from other formulas', () => {
    const a = wheelRules({ neste: 8, sistGjort: 9 });
    const b = wheelRules({ neste: 10, sistGjort: 12 });
    expect(a.map((r) => formulaShape(r.formula))).toEqual(b.map((r) => formulaShape(r.formula)));
    expect(formulaShape('= and( isnumber($h2), $H2 < today() )')).toBe(
      formulaShape('=AND(ISNUMBER($Z7),$Z7<TODAY())'),
    );
    expect(new Set(a.map((r) => formulaShape(r.formula))).has(formulaShape('=$J2="Forfalt"'))).toBe(false);
  });
});
