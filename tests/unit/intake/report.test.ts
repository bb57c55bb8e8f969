import { describe, expect, it } from 'vitest';
import { CELL_LIMIT, parseReport } from '../../../src/domain/intake/report';

const full = {
  'Din rolle': 'Ansatt',
  'Elevens navn': 'Ola',
  Klasse: '5B',
  'Hva gjelder meldingen?': 'Mobbing, Utestenging',
  'Gjelder det en ansatt som krenker en elev?': 'Nei',
  'Hva har skjedd?': 'Holdt utenfor.',
};

describe('parseReport: no report waits on a field', () => {
  it('takes a complete report with no problems', () => {
    const r = parseReport(full, 'larer@skole.no');
    expect(r.problems).toEqual([]);
    expect(r.report.categories).toEqual(['Mobbing', 'Utestenging']);
  });

  it('keeps a long class name exactly and names nothing as a problem', () => {
    const r = parseReport({ ...full, Klasse: 'Gruppe 5 (Lilleskogen)' }, 'larer@skole.no');
    expect(r.report.className).toBe('Gruppe 5 (Lilleskogen)');
    expect(r.problems).toEqual([]);
  });

  it('names each missing or odd answer, and still gives a report', () => {
    const r = parseReport({ 'Din rolle': 'Vaktmester', 'Hva har skjedd?': '' }, '');
    expect(r.report.role).toBe('Vaktmester');
    expect(r.problems).toEqual([
      'Skjemaet samlet ikke inn e-postadressen til den som meldte.',
      'Svaret på «Din rolle» er ikke et av valgene i skjemaet («Vaktmester»).',
      'Svaret på «Elevens navn» mangler.',
      'Svaret på «Klasse» mangler.',
      'Svaret på «Hva gjelder meldingen?» mangler.',
      'Svaret på «Hva har skjedd?» mangler.',
    ]);
  });

  it('keeps text exactly as typed, spaces and all', () => {
    const r = parseReport({ ...full, 'Hva har skjedd?': '  1e5 \r\n =SUM(A1) ' }, 'larer@skole.no');
    expect(r.report.what).toBe('  1e5 \r\n =SUM(A1) ');
  });

  it('cuts only what a cell cannot hold, and says so', () => {
    const long = 'a'.repeat(CELL_LIMIT + 10);
    const r = parseReport({ ...full, 'Hva har skjedd?': long }, 'larer@skole.no');
    expect(r.report.what).toHaveLength(CELL_LIMIT);
    expect(r.problems[0]).toContain('for langt for et felt i regnearket');
  });
});
