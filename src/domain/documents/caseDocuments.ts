/**
 * The bookkeeping around generated documents: their names (never personal data: a case number and a
 * version), the log events that record them (and from which the documentation lists them again), the
 * small per-case state kept in document properties, the double-click guard and the folder's sharing.
 */
import { type LocalDate, parseNorwegianOrIso, parts } from '../time/localDate';
import type { DocumentRefInput, LogEntryInput, SubDuty } from './documentData';
import { parseSubDuty } from './documentData';
import type { DocumentKind, Lang } from './placeholders';

const TITLES: Readonly<Record<DocumentKind, Readonly<Record<Lang, string>>>> = {
  aktivitetsplan: { nb: 'Aktivitetsplan', nn: 'Aktivitetsplan' },
  evaluering: { nb: 'Evaluering av aktivitetsplan', nn: 'Evaluering av aktivitetsplan' },
  dokumentasjon: { nb: 'Dokumentasjon av aktivitetsplikten', nn: 'Dokumentasjon av aktivitetsplikta' },
  'melding-skoleeier': { nb: 'Melding til skoleeier', nn: 'Melding til skoleeigar' },
  'evaluering-tiltaksplan': { nb: 'Evaluering av tiltaksplan', nn: 'Evaluering av tiltaksplan' },
  samarbeidsavtale: { nb: 'Samarbeidsavtale', nn: 'Samarbeidsavtale' },
  'sakliste-ressursteam': { nb: 'Sakliste for ressursteamet', nn: 'Sakliste for ressursteamet' },
};

export function documentTitle(kind: DocumentKind, lang: Lang): string {
  return TITLES[kind][lang];
}

/** `Aktivitetsplan 2026-004 v2`, `Evaluering av tiltaksplan 2025–2026 v1`: no name of anyone. */
export function documentFileName(kind: DocumentKind, lang: Lang, key: string, version: number): string {
  return `${documentTitle(kind, lang)} ${key} v${version}`;
}

/** The template Doc's name in the «Maler» folder. */
export function templateFileName(kind: DocumentKind, lang: Lang): string {
  return `Mal – ${documentTitle(kind, lang)}${lang === 'nn' ? ' (nynorsk)' : ''}`;
}

/** The school year a date belongs to (August to July): `2025–2026`. */
export function schoolYear(date: LocalDate): string {
  const { year, month } = parts(date);
  return month >= 8 ? `${year}–${year + 1}` : `${year - 1}–${year}`;
}

/** A short fingerprint of a text (FNV-1a, 32 bits, and the length): a template's text seen before. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}:${text.length}`;
}

// ---------------------------------------------------------------------------------------------
// Log events

/** The `Hendelse` written to `Logg` when a document is made, and the sub-duty it is logged under. */
export const GENERATED: Readonly<
  Record<DocumentKind, { readonly event: string; readonly subDuty: SubDuty | '' }>
> = {
  aktivitetsplan: { event: 'Aktivitetsplan laget', subDuty: 'tiltak' },
  evaluering: { event: 'Evaluering laget', subDuty: 'evaluering' },
  dokumentasjon: { event: 'Dokumentasjon laget', subDuty: '' },
  'melding-skoleeier': { event: 'Melding til skoleeier laget', subDuty: 'melde' },
  'evaluering-tiltaksplan': { event: 'Evaluering av tiltaksplan laget', subDuty: '' },
  samarbeidsavtale: { event: 'Samarbeidsavtale laget', subDuty: 'tiltak' },
  'sakliste-ressursteam': { event: 'Sakliste for ressursteamet laget', subDuty: '' },
};

/** Documents about the school, not about one case: never listed among a case's documents. */
const SCHOOL_DOCUMENTS: readonly DocumentKind[] = ['evaluering-tiltaksplan', 'sakliste-ressursteam'];

/** `Aktivitetsplan 2026-004 v2: https://…` and what else is worth keeping (never a student's name). */
export function generatedDetails(title: string, url: string, extra = ''): string {
  return `${title}: ${url}${extra ? ` ${extra}` : ''}`;
}

const DETAILS = /^(.+?): (https:\/\/\S+)/;

/**
 * Audit events that record how the tool worked, not what the school did for the student: they stay in
 * «Logg» but are left out of «Dokumentasjon av aktivitetsplikten».
 */
export const TECHNICAL_EVENTS: ReadonlySet<string> = new Set([
  'Deling av dokumenter endret',
  'Deling av saksmappen endret',
]);

/**
 * A log row's details as the documentation shows them: without links into the school's Drive (which
 * Statsforvalteren cannot open; the documents are attached as PDF instead) and without the anonymity
 * check's note.
 */
export function documentationDetails(details: string): string {
  return details
    .replace(/^(.+?): https:\/\/\S+/, '$1.')
    .replace(/\s*Anonymitetskontroll:[^.]*\./g, '')
    .replace(/\s*https:\/\/docs\.google\.com\/\S+/g, '')
    .trim();
}

/** A log row as read from `Logg`. */
export interface LogRow {
  readonly time: Date | string;
  readonly user: string;
  readonly subDuty: string;
  readonly event: string;
  readonly details: string;
}

/** The documents made for a case, from its log rows (oldest first). */
export function documentsFromLog(rows: readonly LogRow[]): DocumentRefInput[] {
  const refs: DocumentRefInput[] = [];
  for (const row of rows) {
    const kind = (Object.keys(GENERATED) as DocumentKind[]).find((k) => GENERATED[k].event === row.event);
    if (!kind || SCHOOL_DOCUMENTS.includes(kind)) continue;
    const m = DETAILS.exec(row.details);
    if (!m) continue;
    refs.push({
      type: kind as DocumentRefInput['type'],
      date: row.time instanceof Date ? row.time : String(row.time),
      title: m[1]!,
      url: m[2]!,
    });
  }
  return refs;
}

/**
 * Log rows as the documentation's chronology. A row whose sub-duty cannot be read (typed by hand) is
 * still listed, under «følge med», the duty everyone has: every event of the case is shown, except the
 * technical ones (`TECHNICAL_EVENTS`), and details lose links and the anonymity note.
 */
export function logEntriesFromRows(rows: readonly LogRow[]): LogEntryInput[] {
  const out: LogEntryInput[] = [];
  for (const r of rows) {
    if (TECHNICAL_EVENTS.has(r.event.trim())) continue;
    const time = logTime(r.time);
    if (!time) continue;
    out.push({
      time,
      user: r.user,
      subDuty: parseSubDuty(r.subDuty) ?? 'følge med',
      event: r.event,
      details: documentationDetails(r.details),
    });
  }
  return out;
}

const TYPED_TIME = /(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?:\D+(\d{1,2}[:.]\d{2}))?/;

/** A `Tid` cell: a date-time, or text a person typed (`12.10.2026 14:30`). */
function logTime(value: Date | string): LogEntryInput['time'] | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const m = TYPED_TIME.exec(String(value));
  const date = m ? parseNorwegianOrIso(m[1]!) : null;
  if (!date) return null;
  return m?.[2] ? { date, time: m[2] } : { date };
}

// ---------------------------------------------------------------------------------------------
// Per-case state (document properties: one small JSON value per case with documents)

export interface Sharing {
  readonly editors: readonly string[];
  readonly viewers: readonly string[];
}

export interface LastDocument {
  readonly kind: DocumentKind;
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** The Doc's id and version: its name and link are derived from them (kept small: one entry per case). */
  readonly id: string;
  readonly version: number;
  /** The dialog's request id, when the document came from a dialog. */
  readonly request?: string;
}

/** `https://docs.google.com/document/d/<id>/edit`. */
export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** The name and link of a document remembered as `last`; `key` is the case number or school year. */
export function describeLast(last: LastDocument, key: string, lang: Lang): { title: string; url: string } {
  return { title: documentFileName(last.kind, lang, key, last.version), url: docUrl(last.id) };
}

export interface CaseDocs {
  folder?: string;
  versions: Partial<Record<DocumentKind, number>>;
  /** Date of the latest aktivitetsplan, for «Denne planen erstatter …». */
  lastPlanDate?: string;
  /** The folder's own shares, from versions that shared the whole case folder: removed on next use. */
  shared?: Sharing;
  /** The plans and evaluations (and their PDFs): the files shared with the people on the case. */
  homeFiles?: string[];
  /** Who those files are shared with. */
  fileShares?: Sharing;
  last?: LastDocument;
}

export function caseDocsKey(saksnr: string): string {
  return `docs:case:${saksnr}`;
}

export function parseCaseDocs(raw: string | null): CaseDocs {
  if (!raw) return { versions: {} };
  try {
    const v = JSON.parse(raw) as Partial<CaseDocs>;
    return { ...v, versions: { ...(v.versions ?? {}) } };
  } catch {
    return { versions: {} };
  }
}

/** A click or a trigger that fires twice within this time makes one document, not two. */
export const DUPLICATE_WINDOW_MS = 60_000;

/**
 * The document already made for this very request: the same dialog submitted twice (same request id),
 * or, without a dialog, the same kind made for the case less than a minute ago.
 */
export function duplicateOf(
  docs: CaseDocs,
  kind: DocumentKind,
  nowMs: number,
  request?: string,
): LastDocument | null {
  const last = docs.last;
  if (!last?.id || last.kind !== kind) return null;
  if (request !== undefined) return last.request === request ? last : null;
  return nowMs - last.at >= 0 && nowMs - last.at < DUPLICATE_WINDOW_MS ? last : null;
}

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/** The e-mail addresses in a cell (`kari@skole.no`, `Kari <kari@skole.no>`, several separated by commas). */
export function emailsIn(text: string): string[] {
  return (text.match(/[^@\s,;<>()"]+@[^@\s,;<>()"]+/g) ?? [])
    .map((e) => e.toLowerCase())
    .filter((e) => EMAIL.test(e));
}

/**
 * Who the case's plans and evaluations are shared with: the case's responsible person may edit, the
 * people carrying out a measure (when written as an e-mail address) may read. Nobody else: not the whole
 * staff. A case about someone who works at the school (§ 12-5) is shared with no one automatically: the
 * leadership decides who may know.
 */
export function desiredSharing(
  responsible: string,
  measureOwners: readonly string[],
  owner: string,
  aboutStaff = false,
): Sharing {
  if (aboutStaff) return { editors: [], viewers: [] };
  const me = owner.toLowerCase();
  const editors = [...new Set(emailsIn(responsible))].filter((e) => e !== me);
  const viewers = [...new Set(measureOwners.flatMap(emailsIn))].filter(
    (e) => e !== me && !editors.includes(e),
  );
  return { editors: editors.sort(), viewers: viewers.sort() };
}

export interface SharingChange {
  readonly addEditors: string[];
  readonly addViewers: string[];
  readonly removeEditors: string[];
  readonly removeViewers: string[];
}

export function sharingChange(current: Sharing | undefined, desired: Sharing): SharingChange {
  const cur = current ?? { editors: [], viewers: [] };
  return {
    addEditors: desired.editors.filter((e) => !cur.editors.includes(e)),
    addViewers: desired.viewers.filter((e) => !cur.viewers.includes(e)),
    removeEditors: cur.editors.filter((e) => !desired.editors.includes(e)),
    removeViewers: cur.viewers.filter((e) => !desired.viewers.includes(e) && !desired.editors.includes(e)),
  };
}

export function isNoChange(c: SharingChange): boolean {
  return c.addEditors.length + c.addViewers.length + c.removeEditors.length + c.removeViewers.length === 0;
}
