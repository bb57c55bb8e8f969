// The interval auditor: primary suppression, secondary cells, and what a reader can derive.
import { describe, expect, it } from 'vitest';
import {
  deriveRanges,
  HIDDEN,
  leaks,
  type Relation,
  SMALL,
  suppress,
} from '../../../src/domain/stats/suppression';

const sum = (cells: string[], total: string): Relation => ({ plus: cells, minus: [total], kind: 'eq' });

describe('suppress', () => {
  it('shows 1–4 as «<5» and leaves 0 and 5+ exact when nothing links them', () => {
    const shown = suppress(
      new Map([
        ['a', 0],
        ['b', 1],
        ['c', 4],
        ['d', 5],
      ]),
      [],
    );
    expect([...shown.values()]).toEqual([0, SMALL, SMALL, 5]);
  });

  it('hides the total when asked to prefer it and it would give the one small cell away', () => {
    const values = new Map([
      ['a', 3],
      ['b', 10],
      ['c', 12],
      ['t', 25],
    ]);
    const shown = suppress(values, [sum(['a', 'b', 'c'], 't')], ['t']);
    expect(shown.get('a')).toBe(SMALL);
    expect(shown.get('t')).toBe(HIDDEN);
    expect(shown.get('b')).toBe(10);
  });

  it('otherwise hides the smallest complement, keeping the total', () => {
    const values = new Map([
      ['a', 3],
      ['b', 10],
      ['c', 12],
      ['t', 25],
    ]);
    const shown = suppress(values, [sum(['a', 'b', 'c'], 't')]);
    expect(Object.fromEntries(shown)).toEqual({ a: SMALL, b: HIDDEN, c: 12, t: 25 });
  });

  it('hides the complement when the total can be recomputed from another split', () => {
    // t = months (a small one among them) = statuses (all large): hiding t alone is not enough, since
    // the statuses give it back; hiding the other month is, and keeps the year's total exact.
    const values = new Map([
      ['m1', 2],
      ['m2', 20],
      ['s1', 7],
      ['s2', 15],
      ['t', 22],
    ]);
    const rel = [sum(['m1', 'm2'], 't'), sum(['s1', 's2'], 't')];
    const shown = suppress(values, rel, ['t']);
    expect(Object.fromEntries(shown)).toEqual({ m1: SMALL, m2: HIDDEN, s1: 7, s2: 15, t: 22 });
    expect(leaks(shown, rel)).toEqual([]);
  });

  it('keeps the total exact when several small cells share it', () => {
    const values = new Map([
      ['a', 2],
      ['b', 3],
      ['c', 1],
      ['d', 4],
      ['t', 10],
    ]);
    const rel = [sum(['a', 'b', 'c', 'd'], 't')];
    const shown = suppress(values, rel, ['t']);
    expect(shown.get('t')).toBe(10);
    expect(leaks(shown, rel)).toEqual([]);
  });

  it('protects two small cells whose known sum would pin both', () => {
    // a + b = t − c; with t and c exact, a = b = 1 would be certain.
    const values = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 30],
      ['t', 32],
    ]);
    const rel = [sum(['a', 'b', 'c'], 't')];
    const shown = suppress(values, rel, ['t']);
    expect(shown.get('t')).toBe(HIDDEN);
    expect(leaks(shown, rel)).toEqual([]);
  });

  it('treats an «at most» relation as knowledge too', () => {
    // x ≤ t and t = a + b with a small: when x equals t, t is known from x.
    const values = new Map([
      ['a', 4],
      ['b', 16],
      ['t', 20],
      ['x', 20],
    ]);
    const rel: Relation[] = [sum(['a', 'b'], 't'), { plus: ['x'], minus: ['t'], kind: 'le' }];
    const shown = suppress(values, rel, ['t']);
    expect(leaks(shown, rel)).toEqual([]);
  });

  it('ignores relations that do not hold for the true values', () => {
    const values = new Map([
      ['a', 2],
      ['t', 9],
    ]);
    const shown = suppress(values, [sum(['a'], 't')]);
    expect(shown.get('t')).toBe(9);
  });
});

describe('deriveRanges', () => {
  it('narrows a small cell when everything else is exact', () => {
    const r = deriveRanges(
      new Map<string, number | '<5' | 'skjult'>([
        ['a', SMALL],
        ['b', 7],
        ['t', 10],
      ]),
      [sum(['a', 'b'], 't')],
    );
    expect(r?.get('a')).toEqual({ lo: 3, hi: 3 });
  });

  it('reports contradictions as null', () => {
    const r = deriveRanges(
      new Map<string, number | '<5' | 'skjult'>([
        ['a', 5],
        ['t', 4],
      ]),
      [sum(['a'], 't')],
    );
    expect(r).toBeNull();
  });
});
