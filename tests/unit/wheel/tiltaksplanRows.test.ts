import { describe, expect, it } from 'vitest';
import { defaultTiltaksplan } from '../../../src/domain/plans/defaultTiltaksplan';
import {
  groupByLevel,
  normaliseNiva,
  tiltaksplanEntries,
} from '../../../src/features/tiltaksplan/tiltaksplanRows';
import { TILTAKSPLAN_SHEET } from '../../../src/features/tiltaksplan/tiltaksplanSheet';

const header = TILTAKSPLAN_SHEET.columns.map((c) => c.header);

describe('normaliseNiva', () => {
  it('reads the level however it is written', () => {
    expect(
      ['Universelt', 'universell', ' SELEKTERT nivå', 'Indikert', 'annet', ''].map(normaliseNiva),
    ).toEqual(['Universelt', 'Universelt', 'Selektert', 'Indikert', null, null]);
  });
});

describe('tiltaksplanEntries and groupByLevel', () => {
  it('reads rows by header (whatever the column order), skips empty rows, keeps sheet row numbers', () => {
    const reordered = [...header].reverse();
    const row = (values: Record<string, string>) => reordered.map((h) => values[h] ?? '');
    const entries = tiltaksplanEntries([
      [...reordered, 'Skolens egen kolonne'],
      row({ Nivå: 'Indikert', Mål: 'M1', Tiltak: 'T1', Evaluering: 'Bra' }),
      row({}),
      row({ Nivå: 'Universelt', Tiltak: 'T2', 'Ansvarlig (e-post)': 'a@skole.no' }),
      row({ Nivå: 'ukjent', Mål: 'M3' }),
    ]);
    expect(entries.map((e) => [e.row, e.niva, e.tiltak, e.evaluering, e.ansvarligEpost])).toEqual([
      [2, 'Indikert', 'T1', 'Bra', ''],
      [4, 'Universelt', 'T2', '', 'a@skole.no'],
      [5, null, '', '', ''],
    ]);
    expect(groupByLevel(entries).map((g) => [g.niva, g.entries.map((e) => e.row)])).toEqual([
      ['Universelt', [4]],
      ['Selektert', []],
      ['Indikert', [2]],
      [null, [5]],
    ]);
  });

  it('reads the default plan back with every row under its level', () => {
    const rows = defaultTiltaksplan('nb');
    const values = [
      header,
      ...rows.map((r) => [
        r.niva,
        r.maal,
        r.tiltak,
        r.ansvarlig,
        '',
        r.kritiskSuksessfaktor,
        r.oppstartTid,
        r.resultatmaalJuni,
        '',
        '',
      ]),
    ];
    const groups = groupByLevel(tiltaksplanEntries(values));
    expect(groups.map((g) => g.entries.length)).toEqual(
      ['Universelt', 'Selektert', 'Indikert'].map((n) => rows.filter((r) => r.niva === n).length),
    );
  });
});
