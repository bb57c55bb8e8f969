import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../../src/domain/time/localDate';
import { wheelActivities, wheelDialogModel } from '../../../src/features/wheel/wheelDialog';
import type { CellValue } from '../../../src/gas/table';
import { d, fakeSchoolDays } from './fakeSchoolDays';

const cal = fakeSchoolDays('2026-10-05..2026-10-09');
const HEADER = ['Tid', 'Aktivitet', 'Ansvarlig', 'Gjentakelse', 'Neste', 'Sist gjort', 'Status'];
const row = (aktivitet: string, gjentakelse: string, neste: CellValue = '', sistGjort: CellValue = '') => [
  '',
  aktivitet,
  'Rektor',
  gjentakelse,
  neste,
  sistGjort,
  '',
];
const date = (iso: string) => startOfLocalDate(d(iso));

describe('wheelActivities', () => {
  it('reads each activity row once, with this school year’s dates and how each stands today', () => {
    const values: CellValue[][] = [
      HEADER,
      row('Elevundersøkelsen.', 'årlig: okt, nov', date('2026-10-01')),
      row('', ''),
      row('Klasseråd.', 'ukentlig (torsdag)', date('2026-09-17'), date('2026-09-10')),
      row('Noe rart.', 'av og til'),
    ];
    const activities = wheelActivities(values, d('2026-10-02'), cal, 'nb');
    expect(activities.map((a) => a.name)).toEqual(['Elevundersøkelsen.', 'Klasseråd.', 'Noe rart.']);
    expect(activities[0]!.occurrences).toEqual([
      { date: '2026-10-01', state: 'overdue' },
      { date: '2026-11-02', state: 'planned' },
    ]);
    const klasserad = activities[1]!.occurrences;
    expect(klasserad[0]).toEqual({ date: '2026-08-06', state: 'done' });
    expect(klasserad.find((o) => o.date === '2026-09-17')?.state).toBe('overdue');
    expect(klasserad.find((o) => o.date === '2026-10-01')?.state).toBe('overdue');
    expect(klasserad.find((o) => o.date === '2026-10-15')?.state).toBe('planned');
    // The autumn holiday week has no class council.
    expect(klasserad.some((o) => o.date === '2026-10-08')).toBe(false);
    expect(activities[2]).toEqual({
      name: 'Noe rart.',
      responsible: 'Rektor',
      occurrences: [],
      problem: 'Sjekk gjentakelse',
    });
  });

  it('finds its columns by header, wherever the school moved them', () => {
    const values: CellValue[][] = [
      ['Gjentakelse', 'Merknad', 'Aktivitet'],
      ['årlig: mai', 'egen kolonne', 'Åpen dag.'],
    ];
    const [a] = wheelActivities(values, d('2026-10-02'), cal, 'nb');
    expect(a).toMatchObject({ name: 'Åpen dag.', responsible: '' });
    expect(a!.occurrences.map((o) => o.date)).toEqual(['2027-05-03']);
  });
});

describe('wheelDialogModel', () => {
  const values: CellValue[][] = [
    HEADER,
    row('Elevundersøkelsen.', 'årlig: okt, nov', date('2026-10-01')),
    row('Morgenmøte.', 'daglig', date('2026-10-02')),
    row('Gammel dato.', 'dato: 01.06.2026'),
  ];

  it('lists the activities month by month, the whole-year ones last, the undated apart', () => {
    const model = wheelDialogModel(
      values,
      { language: 'nb', schoolName: 'Bakkeby skole', calendar: cal },
      d('2026-10-02'),
    );
    expect(model.title).toBe('Årshjulet 2026/2027');
    expect(model.groups.map((g) => g.title)).toEqual(['Oktober', 'November', 'Hele skoleåret']);
    expect(model.groups[0]!.entries).toEqual([
      {
        number: 1,
        name: 'Elevundersøkelsen.',
        responsible: 'Rektor',
        state: 'overdue',
        stateText: 'forfalt',
        sign: '!',
      },
    ]);
    expect(model.groups[1]!.entries[0]).toMatchObject({
      number: 1,
      state: 'planned',
      stateText: '',
      sign: '',
    });
    expect(model.groups[2]!.entries[0]).toMatchObject({ number: 2, name: 'Morgenmøte.' });
    expect(model.undated).toEqual([
      { name: 'Gammel dato.', responsible: 'Rektor', problem: 'ingen dato mellom 1. august og 31. juli' },
    ]);
    expect(model.overdue).toBe(1);
    expect(model.svg).toContain('Årshjulet til Bakkeby skole, skoleåret 2026/2027');
  });

  it('speaks nynorsk', () => {
    const model = wheelDialogModel(
      values,
      { language: 'nn', schoolName: 'Bakkeby skule', calendar: cal },
      d('2026-10-02'),
    );
    expect(model.groups.map((g) => g.title)).toEqual(['Oktober', 'November', 'Heile skoleåret']);
    expect(model.groups[0]!.entries[0]!.stateText).toBe('forfallen');
    expect(model.w.listTitle).toBe('Aktivitetane månad for månad');
    expect(model.svg).toContain('>Planlagd</text>');
  });
});
