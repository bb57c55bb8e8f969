import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, transition } from '../../../src/domain/cases/lifecycle';
import { CATEGORIES, categoriesLabel } from '../../../src/domain/intake/questions';
import { messages } from '../../../src/i18n';
import {
  caseStatusLabel,
  logDetailsLabel,
  logEventLabel,
  measureStatusLabel,
  refusalText,
} from '../../../src/i18n/labels';

const nb = messages('nb');
const nn = messages('nn');

describe('display labels for bokmål values (N12)', () => {
  it('has a label for every case status; bokmål shows the stored value', () => {
    for (const s of CASE_STATUSES) expect(caseStatusLabel(nb, s)).toBe(s);
    expect(CASE_STATUSES.map((s) => caseStatusLabel(nn, s))).toEqual([
      'Meldt',
      'Undersøkjast',
      'Aktivitetsplan',
      'Evaluerast',
      'Avslutta',
    ]);
    expect(caseStatusLabel(nn, 'Noko anna')).toBe('Noko anna');
  });

  it('labels measure statuses', () => {
    expect(['Planlagt', 'Pågår', 'Endret', 'Avsluttet'].map((s) => measureStatusLabel(nn, s))).toEqual([
      'Planlagt',
      'Pågår',
      'Endra',
      'Avslutta',
    ]);
    expect(measureStatusLabel(nb, 'Endret')).toBe('Endret');
  });

  it('prints known log events in nynorsk and unknown ones as stored', () => {
    expect(Object.keys(nn.labels.events)).toEqual(Object.keys(nb.labels.events));
    for (const e of Object.keys(nb.labels.events)) expect(logEventLabel(nb, e)).toBe(e);
    expect(logEventLabel(nn, 'Melding mottatt')).toBe('Melding motteken');
    expect(logEventLabel(nn, 'Aktivitetsplan laget')).toBe('Aktivitetsplan laga');
    expect(logEventLabel(nn, 'Noe skolen skrev')).toBe('Noe skolen skrev');
  });

  it('translates the common detail phrases, and leaves the school’s own text', () => {
    expect(logDetailsLabel(nn, 'Saken avsluttet', 'Evalueres → Avsluttet. Begrunnelse: Byttet skole')).toBe(
      'Evaluerast → Avslutta. Grunngjeving: Byttet skole',
    );
    expect(
      logDetailsLabel(
        nn,
        'Melding mottatt',
        'Meldt av ansatt (a@b.no). Krenkelser, Fravær eller skolevegring. § 12-5: en ansatt er involvert. Må kompletteres (2).',
      ),
    ).toBe(
      'Meldt av tilsett (a@b.no). Krenkingar, Fråvær eller skolevegring. § 12-5: ein tilsett er involvert. Må kompletterast (2).',
    );
    expect(
      logDetailsLabel(
        nn,
        'Tiltak vurdert',
        '3 tiltak vurdert: 1 videreføres, 1 endres, 1 avsluttes. 0 nye tiltak.',
      ),
    ).toBe('3 tiltak vurderte: 1 blir vidareførte, 1 blir endra, 1 blir avslutta. 0 nye tiltak.');
    expect(logDetailsLabel(nb, 'Status endret', 'Meldt → Undersøkes.')).toBe('Meldt → Undersøkes.');
  });

  it('prints the stored categories in nynorsk, free text as typed', () => {
    expect(categoriesLabel(CATEGORIES.join(', '), 'nn')).toBe(
      'Mobbing, Krenkingar (rasisme, seksuell trakassering, hatefulle ytringar), Vald, Utestenging, Digital mobbing, Fråvær eller skolevegring, Psykisk helse og trivsel, Anna',
    );
    expect(categoriesLabel('Annet, noe annet', 'nn')).toBe('Anna, noe annet');
    expect(categoriesLabel(CATEGORIES.join(', '), 'nb')).toBe(CATEGORIES.join(', '));
  });

  it('words refused status changes in the school’s language', () => {
    const skip = transition('Meldt', 'Evalueres');
    if (skip.ok) throw new Error('expected a refusal');
    expect(refusalText(nb, skip.refusal)).toBe(skip.reason);
    expect(refusalText(nn, skip.refusal)).toBe(
      'Saka kan ikkje hoppe over eit steg frå «Meldt» til «Evaluerast». Frå «Meldt» kan saka gå vidare til «Undersøkjast» eller «Avslutta».',
    );
    for (const [from, to, opts] of [
      ['Avsluttet', 'Aktivitetsplan', {}],
      ['Avsluttet', 'Undersøkes', {}],
      ['Aktivitetsplan', 'Meldt', {}],
      ['Evalueres', 'Undersøkes', {}],
    ] as const) {
      const r = transition(from, to, opts);
      if (r.ok) throw new Error('expected a refusal');
      expect(refusalText(nb, r.refusal)).toBe(r.reason);
      expect(refusalText(nn, r.refusal)).not.toBe(r.reason);
    }
    expect(refusalText(nb, { kind: 'noPlan' })).toContain('Tiltak krever en skriftlig plan');
    expect(refusalText(nn, { kind: 'noReason' })).toContain('grunngjeving');
  });
});
