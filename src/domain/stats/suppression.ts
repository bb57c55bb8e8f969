/**
 * Small-count suppression with an interval auditor: counts 1–4 are shown as «<5», and further cells are
 * hidden («skjult») until no published relation between the figures narrows a «<5» below 1–4.
 *
 * Why an auditor instead of fixed rules: the same total is split several ways (months and statuses both
 * add up to the year's cases), so «hide the total when a cell is hidden» is not enough: the total can be
 * recomputed from the other split, and then subtracted. The reader is modelled as knowing every relation
 * the figures obey (sums and «at most») and each cell's domain: an exact number, 1–4 for «<5», and
 * anything ≥ 0 for «skjult» (a secondarily hidden cell says nothing about its size). Bounds are propagated
 * through the relations; if a «<5» can be narrowed (say to exactly 4), one more cell is hidden, the one that
 * repairs it at the smallest cost, and the audit runs again. Hiding only widens ranges, so this ends.
 */

export const SMALL = '<5';
export const HIDDEN = 'skjult';
/** A published count: exact, «<5» (1–4), or «skjult» (hidden to protect a «<5»; any size). */
export type Shown = number | typeof SMALL | typeof HIDDEN;

/** Σ plus − Σ minus, equal to 0 ('eq') or at most 0 ('le'). Names are the figures' variables. */
export interface Relation {
  plus: readonly string[];
  minus: readonly string[];
  kind: 'eq' | 'le';
}

interface Range {
  lo: number;
  hi: number;
}

export function isSmall(n: number): boolean {
  return n >= 1 && n <= 4;
}

function domain(shown: Shown): Range {
  if (shown === SMALL) return { lo: 1, hi: 4 };
  if (shown === HIDDEN) return { lo: 0, hi: Number.POSITIVE_INFINITY };
  return { lo: shown, hi: shown };
}

/** Whether the true values satisfy the relation (only true relations are audited). */
export function holds(r: Relation, values: ReadonlyMap<string, number>): boolean {
  const sum = (names: readonly string[]) => names.reduce((s, n) => s + (values.get(n) ?? 0), 0);
  const d = sum(r.plus) - sum(r.minus);
  return r.kind === 'eq' ? d === 0 : d <= 0;
}

/** Narrowest ranges a reader can derive; `null` when the shown figures contradict the relations. */
export function deriveRanges(
  shown: ReadonlyMap<string, Shown>,
  relations: readonly Relation[],
): Map<string, Range> | null {
  const ranges = new Map<string, Range>();
  for (const [name, s] of shown) ranges.set(name, domain(s));
  const terms = relations.map((r) => [
    ...r.plus.filter((n) => ranges.has(n)).map((n) => ({ n, a: 1 })),
    ...r.minus.filter((n) => ranges.has(n)).map((n) => ({ n, a: -1 })),
  ]);
  // Bounds propagation to a fixpoint; the iteration cap only guards against pathological inputs.
  for (let round = 0; round < 200; round++) {
    let changed = false;
    relations.forEach((r, ri) => {
      const t = terms[ri]!;
      // Each term's contribution a·x lies in [min, max].
      const mins = t.map(({ n, a }) => {
        const g = ranges.get(n)!;
        return a > 0 ? g.lo : -g.hi;
      });
      const maxs = t.map(({ n, a }) => {
        const g = ranges.get(n)!;
        return a > 0 ? g.hi : -g.lo;
      });
      const sumMin = mins.reduce((s, v) => s + v, 0);
      const sumMax = maxs.reduce((s, v) => s + v, 0);
      t.forEach(({ n, a }, k) => {
        // a·x = −(others): others lie in [sumMin − min_k, sumMax − max_k] (infinite sums stay infinite).
        const othersMin = Number.isFinite(sumMin) ? sumMin - mins[k]! : otherSum(mins, k);
        const othersMax = Number.isFinite(sumMax) ? sumMax - maxs[k]! : otherSum(maxs, k);
        const g = ranges.get(n)!;
        let lo = g.lo;
        let hi = g.hi;
        if (a > 0) {
          hi = Math.min(hi, -othersMin);
          if (r.kind === 'eq') lo = Math.max(lo, -othersMax);
        } else {
          lo = Math.max(lo, othersMin);
          if (r.kind === 'eq') hi = Math.min(hi, othersMax);
        }
        if (lo !== g.lo || hi !== g.hi) {
          ranges.set(n, { lo, hi });
          changed = true;
        }
      });
    });
    for (const g of ranges.values()) if (g.lo > g.hi) return null;
    if (!changed) break;
  }
  return ranges;
}

function otherSum(values: readonly number[], skip: number): number {
  let s = 0;
  values.forEach((v, i) => {
    if (i !== skip) s += v;
  });
  return s;
}

/** «<5» cells a reader can narrow below 1–4 (all of them when the figures contradict each other). */
export function leaks(shown: ReadonlyMap<string, Shown>, relations: readonly Relation[]): string[] {
  const small = [...shown].filter(([, s]) => s === SMALL).map(([n]) => n);
  const ranges = deriveRanges(shown, relations);
  if (!ranges) return small;
  return small.filter((n) => {
    const g = ranges.get(n)!;
    return g.lo > 1 || g.hi < 4;
  });
}

/**
 * Shows `values` with primary suppression (1–4 → «<5») and as many secondary «skjult» cells as the audit
 * needs. Relations that do not hold for the true values are dropped (they would not be true knowledge).
 * `prefer` lists cells to hide first when they repair a leak (totals: hiding them costs the least).
 */
export function suppress(
  values: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  prefer: readonly string[] = [],
): Map<string, Shown> {
  const rel = relations.filter((r) => holds(r, values));
  const shown = new Map<string, Shown>();
  for (const [n, v] of values) shown.set(n, isSmall(v) ? SMALL : v);
  for (;;) {
    const leaking = leaks(shown, rel);
    if (leaking.length === 0) return shown;
    const target = leaking[0]!;
    const candidates = [...shown]
      .filter(([, s]) => typeof s === 'number')
      .map(([n, s]) => ({ n, v: s as number }))
      .sort((a, b) => rank(a, prefer) - rank(b, prefer) || a.v - b.v || a.n.localeCompare(b.n));
    let best: { n: string; width: number } | null = null;
    for (const c of candidates) {
      const trial = new Map(shown).set(c.n, HIDDEN);
      const ranges = deriveRanges(trial, rel);
      const g = ranges?.get(target);
      if (g && g.lo <= 1 && g.hi >= 4) {
        best = { n: c.n, width: Number.POSITIVE_INFINITY };
        break;
      }
      const width = g ? g.hi - g.lo : -1;
      if (!best || width > best.width) best = { n: c.n, width };
    }
    // No exact cell left to hide (the figures contradict the relations): hide the leaking cells themselves.
    if (!best) {
      for (const n of leaking) shown.set(n, HIDDEN);
      continue;
    }
    shown.set(best.n, HIDDEN);
  }
}

function rank(c: { n: string; v: number }, prefer: readonly string[]): number {
  const i = prefer.indexOf(c.n);
  if (i >= 0) return i - prefer.length; // preferred first, in the given order
  return c.v === 0 ? 1 : 0; // hiding a zero rarely helps: try the non-zero cells first
}
