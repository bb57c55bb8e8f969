import { describe, expect, it } from 'vitest';
import { defaultTiltaksplan, TILTAKS_NIVAER } from '../../../src/domain/plans/defaultTiltaksplan';

const nb = defaultTiltaksplan('nb');
const nn = defaultTiltaksplan('nn');

describe('defaultTiltaksplan', () => {
  it('has 10 to 20 rows covering all three levels, in level order', () => {
    expect(nb.length).toBeGreaterThanOrEqual(10);
    expect(nb.length).toBeLessThanOrEqual(20);
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

  it('names no particular school, place or phone number', () => {
    const text = JSON.stringify([nb, nn]);
    for (const name of ['Jeriko', 'Alna', 'Lindeberg', 'Vestre Aker', 'Hellerud', 'Oslo'])
      expect(text).not.toContain(name);
    expect(text).not.toMatch(/\d{2} \d{2} \d{2} \d{2}|116 111/);
  });
});
