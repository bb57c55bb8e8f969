import { splitCategories } from '../intake/report';
import { addMonths, type LocalDate } from '../time/localDate';
import type { CaseRecord } from './caseRecord';

/**
 * Sheets is a working tool, not the archive: a closed case is kept for the school's retention period,
 * then listed in the digest until «Arkiver og slett …» has exported its documentation to «Arkiv» and
 * removed its personal data (features/archive).
 */
export function pastRetention(
  closedOn: LocalDate | null,
  today: LocalDate,
  retentionMonths: number,
): boolean {
  return closedOn !== null && addMonths(closedOn, retentionMonths) <= today;
}

/**
 * What «Arkiver og slett …» keeps of a case in «Saker», for the statistics («Oversikt», the figures for
 * skoleeier): the case number, when it was reported and by what channel and role, the categories (the
 * form's own choices only), whether an employee or the leadership was involved, the status and every
 * date. Everything that names or describes someone is emptied: the student, the class, the reporter,
 * the people receiving and responsible, what happened, when and where (as written), who intervened,
 * what the student said, the closing reason (free text), the plan's link and the notes to complete.
 */
export const ARCHIVE_BLANKED = [
  'meldtAv',
  'mottattAv',
  'elev',
  'klasse',
  'ansvarlig',
  'aktivitetsplan',
  'hvaSkjedde',
  'naar',
  'hvor',
  'grepetInn',
  'elevenSagtFra',
  'kompletteres',
  // Which services the family consented to (PPT, BUP …) says something about the student's health.
  'samtykke',
  'samarbeidsavtale',
] as const satisfies readonly (keyof CaseRecord)[];

/** «Avslutningsgrunn» of an archived case starts with this (the same in bokmål and nynorsk). */
export const ARCHIVED_PREFIX = 'Arkivert ';

/** A case whose personal data was removed by «Arkiver og slett …»: its row stays for the statistics. */
export function isArchived(c: Pick<CaseRecord, 'avslutningsgrunn' | 'elev'>): boolean {
  return c.avslutningsgrunn.startsWith(ARCHIVED_PREFIX) && c.elev === '';
}

/** Closed, past the retention period and not archived yet. */
export function dueForArchive(c: CaseRecord, today: LocalDate, retentionMonths: number): boolean {
  return c.status === 'Avsluttet' && !isArchived(c) && pastRetention(c.avsluttet, today, retentionMonths);
}

/** The case as it stays in «Saker» after archiving; `note` starts with ARCHIVED_PREFIX. */
export function archivedRecord(c: CaseRecord, note: string): CaseRecord {
  const blank = Object.fromEntries(ARCHIVE_BLANKED.map((k) => [k, ''])) as Pick<
    CaseRecord,
    (typeof ARCHIVE_BLANKED)[number]
  >;
  return {
    ...c,
    ...blank,
    // Only the form's own categories: a free «other» answer is the reporter's text.
    kategori: splitCategories(c.kategori).categories.join(', '),
    avslutningsgrunn: note,
  };
}
