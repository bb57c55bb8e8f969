import { describe, expect, it } from 'vitest';
import { parts } from '../../../src/domain/time/localDate';
import { defaultWheel, type WheelRow } from '../../../src/domain/wheel/defaultWheel';
import {
  nextOccurrence,
  parseRecurrence,
  type Recurrence,
  wheelCalendar,
} from '../../../src/domain/wheel/recurrence';
import { d, fakeSchoolDays } from './fakeSchoolDays';

const nb = defaultWheel('nb');
const nn = defaultWheel('nn');
const byKey = (rows: WheelRow[], key: string): WheelRow => {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`missing default row ${key}`);
  return row;
};
const ruleOf = (row: WheelRow): Recurrence => {
  const r = parseRecurrence(row.gjentakelse);
  if (!r.ok) throw new Error(`${row.key}: ${r.error}`);
  return r.value;
};

describe('defaultWheel', () => {
  it('has the same rows, in the same order, in both languages', () => {
    expect(nn.map((r) => r.key)).toEqual(nb.map((r) => r.key));
    expect(new Set(nb.map((r) => r.key)).size).toBe(nb.length);
    expect(nb.length).toBeGreaterThanOrEqual(15);
  });

  it('fills every column', () => {
    for (const row of [...nb, ...nn]) {
      for (const [column, value] of Object.entries(row))
        expect(value.trim(), `${row.key}.${column}`).not.toBe('');
    }
  });

  it('writes recurrences that parse, the same rule in both languages', () => {
    for (const row of nb) {
      const other = byKey(nn, row.key);
      expect(parseRecurrence(other.gjentakelse, 'nn').ok, other.gjentakelse).toBe(true);
      expect(ruleOf(other)).toEqual(ruleOf(row));
    }
  });

  it('covers the activities the school plan requires', () => {
    const required: [string, Recurrence, RegExp][] = [
      ['plan-gjennomgang', { kind: 'schoolStart', offset: -7 }, /kvitterer/],
      ['inspeksjonsplan', { kind: 'schoolStart', offset: -7 }, /inspeksjonsplan/],
      ['skolegard-skolestart', { kind: 'schoolStart', offset: 0 }, /skolegården/],
      ['ringe-foresatte', { kind: 'schoolStart', offset: -7 }, /ringer foresatte/],
      ['overforingsmoter', { kind: 'schoolStart', offset: -7 }, /overføringsmøter/],
      ['ordensreglement', { kind: 'schoolStart', offset: 0 }, /ordensreglementet/],
      ['gripe-inn-kurs', { kind: 'yearly', months: [1], day: 1 }, /FOMA.*griper inn/],
      ['tverrfaglig-mote', { kind: 'yearly', months: [11], day: 1 }, /Tverrfaglig møte/],
      ['forsterket-tilsyn', { kind: 'yearly', months: [8, 9], day: 1 }, /friminutt/],
      ['informere-foresatte', { kind: 'yearly', months: [9], day: 1 }, /foresatte.*aktivitetsplikt/],
      ['elevrad', { kind: 'monthly', day: 1 }, /Elevråd/],
      ['driftsstyre', { kind: 'quarterly', months: [9, 12, 3, 6], day: 1 }, /driftsstyret.*SMU/],
      ['ressursteam', { kind: 'everyNWeeks', weeks: 2, weekday: 2 }, /ressursteam/],
      ['elevundersokelsen', { kind: 'yearly', months: [10, 11], day: 1 }, /Elevundersøkelsen/],
      ['foreldreundersokelsen', { kind: 'yearly', months: [2, 3], day: 1 }, /Foreldreundersøkelsen/],
      ['evaluere-plan', { kind: 'yearly', months: [4], day: 1 }, /Evaluere planen/],
      ['morgenmote', { kind: 'daily' }, /Morgenmøte/],
      ['ukesfremlegg', { kind: 'weekly', weekday: 5 }, /Ukesfremlegg/],
      ['dypdykk', { kind: 'yearly', months: [9, 11, 2, 4], day: 1 }, /Dypdykk i hver enkelt elev/],
    ];
    for (const [key, rule, text] of required) {
      const row = byKey(nb, key);
      expect(ruleOf(row), key).toEqual(rule);
      expect(row.aktivitet, key).toMatch(text);
    }
  });

  it('uses the required role words', () => {
    expect(byKey(nb, 'plan-gjennomgang').ansvarlig).toBe('Rektor');
    expect(byKey(nb, 'ressursteam').ansvarlig).toBe('Rektor og ressursteamet');
    expect(byKey(nb, 'elevundersokelsen').ansvarlig).toBe('Ledelsen og kontaktlærerne');
    expect(byKey(nn, 'elevundersokelsen').ansvarlig).toBe('Leiinga og kontaktlærarane');
    expect(byKey(nb, 'elevsamtaler').ansvarlig).toBe('Kontaktlærer');
    expect(byKey(nn, 'elevsamtaler').ansvarlig).toBe('Kontaktlærar');
  });

  it('writes the nynorsk forms in nynorsk', () => {
    expect(byKey(nn, 'morgenmote').gjentakelse).toBe('dagleg');
    expect(byKey(nn, 'ressursteam').gjentakelse).toBe('kvar 2. veke (tysdag)');
    expect(byKey(nn, 'elevundersokelsen').gjentakelse).toBe('årleg: okt, nov');
    expect(byKey(nn, 'elevundersokelsen').aktivitet).toMatch(/Elevundersøkinga/);
    expect(byKey(nn, 'plan-gjennomgang').aktivitet).toMatch(/tilsette/);
    expect(byKey(nb, 'forsterket-tilsyn').gjentakelse).toBe('årlig: aug, sep');
    expect(byKey(nb, 'evaluere-plan').gjentakelse).toBe('årlig: april');
    expect(byKey(nb, 'skolegard-skolestart').gjentakelse).toBe('ved skolestart');
    expect(byKey(nb, 'plan-gjennomgang').gjentakelse).toBe('uka før skolestart');
    expect(byKey(nn, 'plan-gjennomgang').gjentakelse).toBe('veka før skolestart');
  });

  it('anchors no row to 1 August: school-start rows follow the school’s own start', () => {
    for (const row of nb) expect(ruleOf(row), row.key).not.toEqual({ kind: 'yearly', months: [8], day: 1 });
  });

  it('uses the official short title of the law, and «Statsforvaltaren» in nynorsk', () => {
    const text = JSON.stringify(nb);
    expect(text).not.toContain('opplæringsloven');
    expect(text).toContain('opplæringslova');
    expect(JSON.stringify(nn)).not.toMatch(/statsforvaltaren/);
  });

  it('says the yearly staff confirmation is the school’s own routine', () => {
    expect(byKey(nb, 'plan-gjennomgang').organisering).toMatch(/skolens egen rutine/);
    expect(byKey(nn, 'plan-gjennomgang').organisering).toMatch(/eigen rutine/);
  });

  it('names no particular school, place or person', () => {
    const text = JSON.stringify([nb, nn]);
    for (const name of ['Vestre Aker', 'Oslo', 'Jeriko', 'Alna', 'Majorstua', '08.15'])
      expect(text).not.toContain(name);
  });

  it('gives every row an occurrence in the coming school year, none in July', () => {
    const cal = wheelCalendar(
      fakeSchoolDays('2026-12-21..2027-01-03', '2027-03-22..2027-03-29'),
      d('2026-08-17'),
    );
    for (const row of nb) {
      const date = nextOccurrence(ruleOf(row), d('2026-07-31'), cal);
      expect(date, row.key).not.toBeNull();
      expect(date! < '2027-07-01', row.key).toBe(true);
      expect(parts(date!).month, row.key).not.toBe(7);
    }
  });

  it('returns fresh rows each call', () => {
    expect(defaultWheel('nb')).not.toBe(defaultWheel('nb'));
    expect(defaultWheel('nb')).toEqual(nb);
  });
});
