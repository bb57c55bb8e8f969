import { describe, expect, it } from 'vitest';
import { parseSettings, SETTINGS } from '../../src/domain/settings/settings';

const fallback = { email: () => 'eier@skole.no', schoolName: () => 'Regnearkets navn' };
const read = (values: Record<string, string>) => parseSettings(new Map(Object.entries(values)), fallback);

describe('settings', () => {
  it('uses the defaults, and the owner and spreadsheet name when the school typed nothing', () => {
    const s = read({});
    expect(s.rektorEmail).toBe('eier@skole.no');
    expect(s.schoolName).toBe('Regnearkets navn');
    expect(s.language).toBe('nb');
    expect(s.deadlines).toMatchObject({
      investigationSchoolDays: 2,
      investigationSchoolDaysSerious: 0,
      planSchoolDays: 5,
    });
    expect(s.retentionMonths).toBe(24);
    // Only what the school must give: skoleeier's channel for reports about the leadership (§ 12-5).
    expect(s.problems).toEqual([
      expect.stringContaining('«Skoleeier (kanal for meldinger om ledelsen)» mangler'),
    ]);
    expect(
      read({ 'Skoleeier (kanal for meldinger om ledelsen)': 'https://kommune.no/skjema' }).problems,
    ).toEqual([]);
  });

  it('reads what the school typed', () => {
    const s = read({
      'Skolens navn': 'Bakkeby skole',
      Språk: 'Nynorsk',
      'Rektor (e-post)': 'Rektor@Bakkeby.no',
      'Rektors navn': 'Randi Rektorsen',
      'Ledelsen (e-post)': 'a@bakkeby.no, b@bakkeby.no; c@bakkeby.no',
      'Frist for aktivitetsplan (skoledager)': '3',
      'Skolens ferier og fridager': 'Høstferie: 05.10.2026–09.10.2026',
      Skolestart: '17.08.2026',
    });
    expect(s.schoolName).toBe('Bakkeby skole');
    expect(s.language).toBe('nn');
    expect(s.rektorEmail).toBe('rektor@bakkeby.no');
    expect(s.rektorName).toBe('Randi Rektorsen');
    expect(s.leadership).toEqual(['a@bakkeby.no', 'b@bakkeby.no', 'c@bakkeby.no']);
    expect(s.deadlines.planSchoolDays).toBe(3);
    expect(s.calendar.isSchoolDay('2026-10-07' as never)).toBe(false);
    expect(s.schoolStart).toBe('2026-08-17');
  });

  it('falls back to the default with a Norwegian message for what it cannot read, and never throws', () => {
    const s = read({
      'Rektor (e-post)': 'ikke en adresse',
      'Ledelsen (e-post)': 'ok@skole.no, feil',
      'Frist for aktivitetsplan (skoledager)': 'fem',
      'Skolens ferier og fridager': '31.02.2026',
      Skolestart: 'august',
    });
    expect(s.rektorEmail).toBe('eier@skole.no');
    expect(s.leadership).toEqual(['ok@skole.no']);
    expect(s.deadlines.planSchoolDays).toBe(5);
    expect(s.problems).toHaveLength(6);
    expect(s.problems.join('\n')).toContain(
      '«Frist for aktivitetsplan (skoledager)» må være et helt tall fra 0 til 60, ikke «fem». Bruker 5.',
    );
  });

  it('words its problems in nynorsk for a nynorsk school (the digest, «Sjekk oppsettet»)', () => {
    const s = read({ Språk: 'nynorsk', 'Frist for aktivitetsplan (skoledager)': 'fem' });
    expect(s.language).toBe('nn');
    expect(s.problems).toContain(
      '«Frist for aktivitetsplan (skoledager)» må vere eit heilt tal frå 0 til 60, ikkje «fem». Brukar 5.',
    );
    expect(s.problems.join('\n')).toContain('manglar');
    expect(s.problems.join('\n')).not.toMatch(/må være|mangler/);
  });

  it('has a unique label and a help text for every setting', () => {
    expect(new Set(SETTINGS.map((s) => s.label)).size).toBe(SETTINGS.length);
    for (const s of SETTINGS) expect(s.help.length).toBeGreaterThan(5);
  });
});
