import { describe, expect, it } from 'vitest';
import {
  describeLast,
  desiredSharing,
  documentationDetails,
  documentFileName,
  documentsFromLog,
  duplicateOf,
  emailsIn,
  generatedDetails,
  logEntriesFromRows,
  parseCaseDocs,
  schoolYear,
  sharingChange,
  TECHNICAL_EVENTS,
  templateFileName,
  textHash,
} from '../../../src/domain/documents/caseDocuments';
import { localDate } from '../../../src/domain/time/localDate';

describe('names', () => {
  it('names files by kind, case number and version, never by a person', () => {
    expect(documentFileName('aktivitetsplan', 'nb', '2026-004', 2)).toBe('Aktivitetsplan 2026-004 v2');
    expect(documentFileName('dokumentasjon', 'nn', '2026-004', 1)).toBe(
      'Dokumentasjon av aktivitetsplikta 2026-004 v1',
    );
    expect(documentFileName('melding-skoleeier', 'nn', '2026-004', 1)).toBe(
      'Melding til skoleeigar 2026-004 v1',
    );
    expect(templateFileName('evaluering', 'nn')).toBe('Mal – Evaluering av aktivitetsplan (nynorsk)');
  });

  it('knows the school year from August to July', () => {
    expect(schoolYear(localDate(2026, 8, 1))).toBe('2026–2027');
    expect(schoolYear(localDate(2027, 6, 30))).toBe('2026–2027');
    expect(schoolYear(localDate(2027, 7, 31))).toBe('2026–2027');
  });

  it('fingerprints a text', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
    expect(textHash('')).toMatch(/^[0-9a-f]{8}:0$/);
  });
});

describe('the log as the documentation’s source', () => {
  const at = new Date('2026-09-14T07:00:00Z');
  it('finds the documents made, by their log event', () => {
    const rows = [
      {
        time: at,
        user: 'r@s.no',
        subDuty: 'tiltak',
        event: 'Aktivitetsplan laget',
        details: generatedDetails(
          'Aktivitetsplan 2026-001 v1',
          'https://docs.google.com/document/d/X/edit',
          'Anonymitetskontroll: ingen navn på andre elever funnet.',
        ),
      },
      { time: at, user: 'r@s.no', subDuty: 'tiltak', event: 'Tiltak lagt til', details: 'Nivå: individ.' },
      {
        time: at,
        user: 'r@s.no',
        subDuty: 'melde',
        event: 'Melding til skoleeier laget',
        details: 'Melding til skoleeier 2026-001 v1: https://docs.google.com/document/d/Y/edit',
      },
    ];
    expect(documentsFromLog(rows)).toEqual([
      {
        type: 'aktivitetsplan',
        date: at,
        title: 'Aktivitetsplan 2026-001 v1',
        url: 'https://docs.google.com/document/d/X/edit',
      },
      {
        type: 'melding-skoleeier',
        date: at,
        title: 'Melding til skoleeier 2026-001 v1',
        url: 'https://docs.google.com/document/d/Y/edit',
      },
    ]);
  });

  it('keeps every event: a typed time is read, an unknown sub-duty is listed under «følge med»', () => {
    expect(
      logEntriesFromRows([
        { time: '12.10.2026 14:30', user: 'a', subDuty: 'Undersøkje', event: 'Samtale', details: '' },
        { time: at, user: 'b', subDuty: '', event: 'Notat', details: 'x' },
        { time: 'ukjent', user: 'c', subDuty: 'melde', event: 'Borte', details: '' },
      ]),
    ).toEqual([
      {
        time: { date: '2026-10-12', time: '14:30' },
        user: 'a',
        subDuty: 'undersøke',
        event: 'Samtale',
        details: '',
      },
      { time: at, user: 'b', subDuty: 'følge med', event: 'Notat', details: 'x' },
    ]);
  });
});

describe('the documentation leaves the technical audit out (D2, D10)', () => {
  const at = new Date('2026-09-14T07:00:00Z');
  const row = (event: string, details: string) => ({
    time: at,
    user: 'r@s.no',
    subDuty: 'tiltak',
    event,
    details,
  });

  it('drops sharing changes, which stay in «Logg»', () => {
    expect(TECHNICAL_EVENTS.has('Deling av saksmappen endret')).toBe(true);
    const entries = logEntriesFromRows([
      row('Deling av saksmappen endret', 'Kan lese: larer@skole.no.'),
      row('Tiltak lagt til', 'Nivå: individ.'),
    ]);
    expect(entries.map((e) => e.event)).toEqual(['Tiltak lagt til']);
  });

  it('keeps the document’s name, drops its Drive link and the anonymity note', () => {
    const details = generatedDetails(
      'Aktivitetsplan 2026-001 v1',
      'https://docs.google.com/document/d/X/edit',
      'Anonymitetskontroll: 2 navn på andre elever erstattet med «elev A», «elev B». Status: Undersøkes → Aktivitetsplan.',
    );
    expect(documentationDetails(details)).toBe(
      'Aktivitetsplan 2026-001 v1. Status: Undersøkes → Aktivitetsplan.',
    );
    expect(documentationDetails('Anonymitetskontroll: ingen navn på andre elever funnet.')).toBe('');
    expect(documentationDetails('Begrunnelse: eleven har byttet skole.')).toBe(
      'Begrunnelse: eleven har byttet skole.',
    );
    const [entry] = logEntriesFromRows([row('Aktivitetsplan laget', details)]);
    expect(entry!.details).not.toMatch(/https:|Anonymitetskontroll/);
  });
});

describe('per-case state', () => {
  it('reads what it wrote, and survives garbage', () => {
    expect(parseCaseDocs(null)).toEqual({ versions: {} });
    expect(parseCaseDocs('{oops')).toEqual({ versions: {} });
    expect(parseCaseDocs(JSON.stringify({ folder: 'f', versions: { aktivitetsplan: 2 } }))).toEqual({
      folder: 'f',
      versions: { aktivitetsplan: 2 },
    });
  });

  it('takes a second click within a minute, or the same dialog twice, for the same request', () => {
    const last = { kind: 'dokumentasjon' as const, at: 1_000_000, id: 'X', version: 2 };
    const docs = { versions: {}, last };
    expect(duplicateOf(docs, 'dokumentasjon', 1_000_000 + 59_000)).toBe(last);
    expect(duplicateOf(docs, 'dokumentasjon', 1_000_000 + 60_000)).toBeNull();
    expect(duplicateOf(docs, 'aktivitetsplan', 1_000_001)).toBeNull();
    const fromDialog = { versions: {}, last: { ...last, kind: 'aktivitetsplan' as const, request: 'r1' } };
    expect(duplicateOf(fromDialog, 'aktivitetsplan', 9e12, 'r1')).toBe(fromDialog.last);
    expect(duplicateOf(fromDialog, 'aktivitetsplan', 1_000_001, 'r2')).toBeNull();
    expect(describeLast(last, '2026-004', 'nb')).toEqual({
      title: 'Dokumentasjon av aktivitetsplikten 2026-004 v2',
      url: 'https://docs.google.com/document/d/X/edit',
    });
  });
});

describe('sharing', () => {
  it('reads e-mail addresses from what people type', () => {
    expect(emailsIn('Kari Lærer <Kari@Skole.no>, per@skole.no; Rita')).toEqual([
      'kari@skole.no',
      'per@skole.no',
    ]);
  });

  it('shares with the responsible person (edit) and the measures’ people (read), not the owner', () => {
    expect(
      desiredSharing(
        'kari@skole.no',
        ['per@skole.no', 'Rita Rektor', 'kari@skole.no', 'rektor@skole.no'],
        'rektor@skole.no',
      ),
    ).toEqual({
      editors: ['kari@skole.no'],
      viewers: ['per@skole.no'],
    });
  });

  it('changes only what changed', () => {
    expect(
      sharingChange(
        { editors: ['a@s.no'], viewers: ['b@s.no', 'c@s.no'] },
        { editors: ['b@s.no'], viewers: ['a@s.no'] },
      ),
    ).toEqual({
      addEditors: ['b@s.no'],
      addViewers: ['a@s.no'],
      removeEditors: ['a@s.no'],
      removeViewers: ['c@s.no'],
    });
  });
});
