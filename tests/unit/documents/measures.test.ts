import { describe, expect, it } from 'vitest';
import {
  evaluationEffect,
  isActiveStatus,
  measureUpdate,
  parseLevel,
  parsePeriod,
} from '../../../src/domain/documents/measures';
import { parseEvaluationRequest, parsePlanRequest } from '../../../src/domain/documents/requests';
import { localDate } from '../../../src/domain/time/localDate';

const today = localDate(2026, 9, 14);

describe('measures', () => {
  it('reads levels as people write them', () => {
    expect(parseLevel('Individ')).toBe('individ');
    expect(parseLevel('gruppenivå')).toBe('gruppe');
    expect(parseLevel(' SYSTEM ')).toBe('system');
    expect(parseLevel('klasse')).toBeNull();
  });

  it('reads periods', () => {
    expect(parsePeriod('', today)).toEqual({ fra: today, til: null });
    expect(parsePeriod('21.09.2026–16.10.2026', today)).toEqual({ fra: '2026-09-21', til: '2026-10-16' });
    expect(parsePeriod('21.09.2026 - 16.10.2026', today)).toEqual({ fra: '2026-09-21', til: '2026-10-16' });
    expect(parsePeriod('21.9.2026-16.10.2026', today)).toEqual({ fra: '2026-09-21', til: '2026-10-16' });
    expect(parsePeriod('fra 21.09.2026', today)).toEqual({ fra: '2026-09-21', til: null });
    expect(parsePeriod('2026-09-21 til 2026-10-16', today)).toEqual({ fra: '2026-09-21', til: '2026-10-16' });
    expect(parsePeriod('16.10.2026–21.09.2026', today)).toBeNull();
    expect(parsePeriod('neste uke', today)).toBeNull();
  });

  it('turns a verdict into the row’s status, assessment and dates', () => {
    const next = localDate(2026, 11, 9);
    expect(measureUpdate('videreføre', '', today, next)).toEqual({
      status: 'Pågår',
      vurdering: '14.09.2026: Videreføres.',
      evalueres: next,
      til: null,
    });
    expect(measureUpdate('endre', ' Oftere ', today, next)).toMatchObject({
      status: 'Endret',
      vurdering: '14.09.2026: Endres. Oftere',
    });
    expect(measureUpdate('avslutte', '', today, next)).toEqual({
      status: 'Avsluttet',
      vurdering: '14.09.2026: Avsluttes.',
      evalueres: null,
      til: today,
    });
    expect(isActiveStatus('Avsluttet')).toBe(false);
    expect(isActiveStatus('Pågår')).toBe(true);
  });

  it('closes the case only when the evaluation says so', () => {
    const next = localDate(2026, 11, 9);
    expect(evaluationEffect('avslutte', next)).toEqual({ close: true, nextEvaluation: null });
    expect(evaluationEffect('ny plan', next)).toEqual({ close: false, nextEvaluation: next });
  });
});

describe('dialog requests', () => {
  it('accepts a plan request, fills defaults and refuses the wrong shapes', () => {
    expect(parsePlanRequest({ saksnr: '2026-001', requestId: 'r', problem: 'p' })).toMatchObject({
      problem: 'p',
      elevensBeskrivelse: '',
      evalueringsdato: '',
      pdf: true,
    });
    expect(
      parsePlanRequest({ saksnr: '2026-001', requestId: 'r', evalueringsdato: '12.10.2026' }),
    ).toBeNull();
    expect(parsePlanRequest({ saksnr: '2026-001', requestId: 'r', anonymity: 'maybe' })).toBeNull();
    expect(parsePlanRequest({ saksnr: '', requestId: 'r' })).toBeNull();
    expect(parsePlanRequest({ saksnr: 'x', requestId: 'r', problem: 'x'.repeat(9000) })).toBeNull();
  });

  it('accepts an evaluation request with verdicts and new measures', () => {
    const base = { saksnr: '2026-001', requestId: 'r', problemetLost: 'ja', konklusjon: 'avslutte' };
    expect(
      parseEvaluationRequest({ ...base, decisions: [{ row: 2, tiltak: 'T', verdict: 'endre' }] }),
    ).toMatchObject({
      decisions: [{ row: 2, tiltak: 'T', verdict: 'endre', kommentar: '' }],
      newMeasures: [],
      eksternHjelp: [],
    });
    expect(
      parseEvaluationRequest({ ...base, decisions: [{ row: 1, tiltak: 'T', verdict: 'endre' }] }),
    ).toBeNull();
    expect(parseEvaluationRequest({ ...base, decisions: [], konklusjon: 'kanskje' })).toBeNull();
  });
});
