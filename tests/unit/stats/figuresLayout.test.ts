// The report sheet contract: figures written by the school's script and read back by `report`.
import { describe, expect, it } from 'vitest';
import { anonymisedFigures, type FigureCase } from '../../../src/domain/stats/anonymised';
import {
  FIGURES_LAYOUT_VERSION,
  FIGURES_RANGE,
  FIGURES_ROW_COUNT,
  figuresToRows,
  rowsFromSheet,
  waitingRows,
} from '../../../src/domain/stats/figuresLayout';

const c: FigureCase = {
  reported: '2025-09-01',
  categories: ['Mobbing', 'Vold'],
  status: 'Evalueres',
  serious: true,
  investigation: { due: '2025-09-03', done: '2025-09-02' },
  plan: { due: '2025-09-08', done: '2025-09-12' },
  closed: null,
};
const figures = anonymisedFigures(
  [...Array(9).fill(c), ...Array(3).fill({ ...c, reported: '2025-12-01', serious: false })],
  2025,
  '2026-02-14',
);

describe('figures layout', () => {
  it('writes a fixed number of rows and reads back the same figures', () => {
    const rows = figuresToRows(figures, { version: '0.1.0+abc' });
    expect(rows).toHaveLength(FIGURES_ROW_COUNT);
    expect(rows[0]).toEqual(['skolemiljo-tall', FIGURES_LAYOUT_VERSION, expect.any(String)]);
    expect(FIGURES_RANGE).toBe(`'Tall'!A1:C${FIGURES_ROW_COUNT}`);
    const back = rowsFromSheet(rows);
    expect(back).toEqual({ kind: 'figures', figures, version: '0.1.0+abc' });
  });

  it('holds no date finer than a month, and keys Sheets cannot read as numbers or dates', () => {
    const rows = figuresToRows(figures);
    for (const [key, value, label] of rows) {
      expect(String(key)).toMatch(/^([a-z][a-z0-9_-]*)?$/);
      expect(`${value} ${label}`).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}/);
    }
    expect(rows.find((r) => r[0] === 'per_maaned')).toEqual([
      'per_maaned',
      202602,
      'Tallene gjelder per februar 2026',
    ]);
  });

  it('reads formatted values (strings) as well as numbers', () => {
    const rows = figuresToRows(figures).map((r) => r.map(String));
    expect(rowsFromSheet(rows)).toMatchObject({ kind: 'figures', figures });
  });

  it('knows a sheet that waits for «Sett opp / reparer», and rejects what it cannot trust', () => {
    expect(rowsFromSheet(waitingRows())).toEqual({ kind: 'waiting' });
    expect(rowsFromSheet([])).toMatchObject({ kind: 'invalid' });
    expect(rowsFromSheet([['skolemiljo-tall', 99]])).toMatchObject({
      kind: 'invalid',
      reason: 'ukjent format 99',
    });
    // An exact 1–4 is never passed on, even if a hand-edited sheet holds one.
    const leaky = figuresToRows(figures).map((r) => (r[0] === 'saker' ? (['saker', 3, ''] as typeof r) : r));
    expect(rowsFromSheet(leaky)).toMatchObject({ kind: 'invalid', reason: 'ugyldige verdier: saker' });
  });
});
