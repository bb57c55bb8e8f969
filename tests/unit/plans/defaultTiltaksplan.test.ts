import { describe, expect, it } from 'vitest';
import {
  defaultTiltaksplan,
  LEVEL_GOALS,
  TILTAKS_NIVAER,
} from '../../../src/domain/plans/defaultTiltaksplan';

const nb = defaultTiltaksplan('nb');
const nn = defaultTiltaksplan('nn');

describe('defaultTiltaksplan', () => {
  it('has 10 to 30 rows covering all three levels, in level order', () => {
    expect(nb.length).toBeGreaterThanOrEqual(10);
    expect(nb.length).toBeLessThanOrEqual(30);
    for (const level of TILTAKS_NIVAER)
      expect(nb.filter((r) => r.niva === level).length, level).toBeGreaterThan(1);
    const order = nb.map((r) => TILTAKS_NIVAER.indexOf(r.niva));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has the same rows and levels in both languages', () => {
    expect(nn.map((r) => [r.key, r.niva])).toEqual(nb.map((r) => [r.key, r.niva]));
    expect(new Set(nb.map((r) => r.key)).size).toBe(nb.length);
  });

  it('fills the plan columns and leaves evaluering and videre arbeid to the school', () => {
    for (const row of [...nb, ...nn]) {
      const { evaluering, videreArbeid, ...filled } = row;
      expect(evaluering).toBe('');
      expect(videreArbeid).toBe('');
      for (const [column, value] of Object.entries(filled))
        expect(value.trim(), `${row.key}.${column}`).not.toBe('');
    }
  });

  it('is written in each language', () => {
    const nbText = JSON.stringify(nb);
    const nnText = JSON.stringify(nn);
    expect(nbText).not.toBe(nnText);
    expect(nnText).toMatch(/helsesjukepleiar/);
    expect(nnText).not.toMatch(/\bikke\b|\bhvordan\b|\bansatte\b/);
    expect(nbText).not.toMatch(/\bikkje\b|\bkorleis\b|\btilsette\b/);
  });

  it('covers the themes of the source plan', () => {
    const text = JSON.stringify(nb);
    for (const theme of [
      'psykisk helse',
      'mobb',
      'fravær',
      'skolevegring',
      'PPT',
      'BUP',
      'barnevern',
      'ressursteam',
    ]) {
      expect(text, theme).toContain(theme);
    }
  });

  it('has the report to barnevernet (opplysningsplikt), with the rektor responsible (F5)', () => {
    const row = nb.find((r) => r.key === 's-melding-barnevern');
    expect(row?.niva).toBe('Selektert');
    expect(row?.tiltak).toMatch(/bekymringsmelding til barnevernstjenesten/);
    expect(row?.tiltak).toMatch(/opplysningsplikten/);
    expect(row?.ansvarlig).toMatch(/^Rektor/);
    expect(nn.find((r) => r.key === 's-melding-barnevern')?.tiltak).toMatch(/opplysningsplikta/);
    expect(JSON.stringify(nb)).not.toMatch(/meldeplikten til barnevernet/);
  });

  it('has the source plan rows on 7th grade, barnevern and rights, SMU and referral (F6)', () => {
    const keyed = (key: string) => nb.find((r) => r.key === key);
    expect(keyed('u-overgang-ungdomsskole')?.tiltak).toMatch(/7\. trinn.*negativ sosial kontroll/);
    expect(keyed('u-barnevern-rettigheter')?.tiltak).toMatch(
      /barnevernets rolle.*barns rettigheter på 4\. trinn/,
    );
    expect(keyed('u-smu-elevundersokelsen')?.tiltak).toMatch(/SMU.*Elevundersøkelsen/);
    expect(keyed('s-henvisning-fravaer')?.tiltak).toMatch(/fagsenteret, BUP eller barnevernstjenesten/);
  });

  it('follows the source plan’s absence routine and marks what Skolemiljø adds (F7)', () => {
    const row = nb.find((r) => r.key === 's-fravaer')!;
    expect(row.tiltak).toMatch(/assisterende rektor/);
    expect(row.tiltak).toMatch(/minst to samtaler/);
    expect(row.tiltak).toMatch(/PPT/);
    expect(row.tiltak).toMatch(/Forslag fra Skolemiljø: møte med foresatte og elev innen en uke/);
  });

  it('keeps the source plan’s roles (F8)', () => {
    const roles = (key: string) => nb.find((r) => r.key === key)?.ansvarlig;
    expect(roles('u-kompetanse-personalet')).toBe(
      'Ledelsen, helsesykepleier, sosiallærer, AKS/SFO, eksterne foredragsholdere',
    );
    expect(roles('u-nye-elever')).toBe('Lærerne, assisterende rektor, helsesykepleier, sosiallærer');
    expect(roles('s-fravaer')).toBe('Ledelsen, beredskapsgruppen, sosiallærer, PPT, helsesykepleier');
    expect(roles('s-trivselsskapere')).toBe('Lærerne på 7. trinn, ledelsen, helsesykepleier, sosiallærer');
    expect(roles('i-ppt-og-akutt')).toBe('Ledelsen, sosiallærer, kontaktlærer, ressursteamet, PPT');
  });

  it('refers «Mål» to the numbered goals of the level (F9)', () => {
    for (const lang of ['nb', 'nn'] as const) {
      for (const row of defaultTiltaksplan(lang)) {
        const m = /^Mål ([\d, og]+):/.exec(row.maal);
        if (!m) continue;
        const max = LEVEL_GOALS[lang][row.niva].length;
        for (const n of m[1]!.match(/\d+/g)!) expect(Number(n), row.key).toBeLessThanOrEqual(max);
      }
    }
    expect(nb.filter((r) => /^Mål \d/.test(r.maal)).length).toBeGreaterThan(nb.length - 3);
    expect(LEVEL_GOALS.nb.Selektert).toHaveLength(4);
  });

  it('writes Språkrådet-correct nynorsk (N4–N6)', () => {
    const text = JSON.stringify(nn);
    expect(text).not.toMatch(/skule|Zippys vener|uroande|melder uro|Uroa/);
    expect(text).toMatch(/bekymringsfullt fråvær/);
    expect(text).toMatch(/Zippys venner/);
  });

  it('names no particular school, place or phone number', () => {
    const text = JSON.stringify([nb, nn]);
    for (const name of ['Jeriko', 'Alna', 'Lindeberg', 'Vestre Aker', 'Hellerud', 'Oslo'])
      expect(text).not.toContain(name);
    expect(text).not.toMatch(/\d{2} \d{2} \d{2} \d{2}|116 111/);
  });
});
