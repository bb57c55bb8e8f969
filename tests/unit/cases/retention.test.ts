import { describe, expect, it } from 'vitest';
import { newCaseRecord } from '../../../src/domain/cases/newCase';
import {
  ARCHIVE_BLANKED,
  archivedRecord,
  dueForArchive,
  isArchived,
  pastRetention,
} from '../../../src/domain/cases/retention';
import { parseReport } from '../../../src/domain/intake/report';
import type { LocalDate } from '../../../src/domain/time/localDate';

const d = (s: string) => s as LocalDate;

describe('pastRetention', () => {
  it('flags a closed case once the retention period has run out', () => {
    expect(pastRetention(d('2024-06-20'), d('2026-06-19'), 24)).toBe(false);
    expect(pastRetention(d('2024-06-20'), d('2026-06-20'), 24)).toBe(true);
  });
  it('never flags an open case', () => {
    expect(pastRetention(null, d('2030-01-01'), 1)).toBe(false);
  });
  it('handles month ends', () => {
    expect(pastRetention(d('2025-01-31'), d('2025-02-28'), 1)).toBe(true);
  });
});

describe('archiving a case', () => {
  const closed = {
    ...newCaseRecord({
      saksnr: '2024-003',
      report: parseReport(
        {
          'Din rolle': 'Foresatt',
          'Elevens navn': 'Ola Nordmann',
          Klasse: '7Q',
          'Hva gjelder meldingen?': 'Mobbing, Vold, Ola slo meg',
          'Gjelder det en ansatt som krenker en elev?': 'Ja',
          'Hva har skjedd?': 'Noe som skjedde.',
          'Hvor skjedde det?': 'Gymsalen',
        },
        'mor@example.com',
      ).report,
      problems: [],
      reportedAt: new Date('2024-09-09T07:00:00Z'),
      reportedOn: d('2024-09-09'),
      svarId: 'svar-1',
    }),
    status: 'Avsluttet' as const,
    avsluttet: d('2024-10-07'),
    avslutningsgrunn: 'Ola trives.',
    ansvarlig: 'kontaktlarer@skole.no',
  };

  it('is due once closed for the retention period, and never again once archived', () => {
    expect(dueForArchive(closed, d('2026-10-06'), 24)).toBe(false);
    expect(dueForArchive(closed, d('2026-10-07'), 24)).toBe(true);
    expect(dueForArchive({ ...closed, status: 'Evalueres' }, d('2030-01-01'), 24)).toBe(false);
    const archived = archivedRecord(closed, 'Arkivert 07.10.2026.');
    expect(isArchived(archived)).toBe(true);
    expect(dueForArchive(archived, d('2030-01-01'), 24)).toBe(false);
    // A closing reason a person wrote that happens to start with «Arkivert» does not hide a case.
    expect(isArchived({ ...closed, avslutningsgrunn: 'Arkivert i perm.' })).toBe(false);
  });

  it('keeps what the statistics count and empties everything that names or describes someone', () => {
    const a = archivedRecord(closed, 'Arkivert 07.10.2026.');
    for (const k of ARCHIVE_BLANKED) expect(a[k], k).toBe('');
    expect(a).toMatchObject({
      saksnr: '2024-003',
      rolle: 'Foresatt',
      kanal: 'Meldeskjema',
      status: 'Avsluttet',
      ansattInvolvert: true,
      rektorKjent: '2024-09-09',
      avsluttet: '2024-10-07',
      svarId: 'svar-1',
      avslutningsgrunn: 'Arkivert 07.10.2026.',
      // Only the form's own categories: the free «other» answer is the reporter's text.
      kategori: 'Mobbing, Vold',
    });
    expect(a.meldt).toEqual(closed.meldt);
    expect(JSON.stringify(a)).not.toMatch(/Ola|Nordmann|7Q|Gymsalen|mor@example|kontaktlarer/);
  });
});
