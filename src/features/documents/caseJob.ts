import { subDutyForStatus } from '../../domain/cases/lifecycle';
import { anonymise, findOtherStudentNames, type NameFinding } from '../../domain/documents/anonymity';
import {
  type CaseDocs,
  describeLast,
  desiredSharing,
  documentFileName,
  duplicateOf,
  GENERATED,
  generatedDetails,
} from '../../domain/documents/caseDocuments';
import type { CaseInput, DocumentValues } from '../../domain/documents/documentData';
import type { DocumentKind, Lang } from '../../domain/documents/placeholders';
import type { DialogResult } from '../../domain/documents/requests';
import type { Settings } from '../../domain/settings/settings';
import type { LocalDate } from '../../domain/time/localDate';
import { cellDate, cellText } from '../../gas/cellValues';
import { DocState } from '../../gas/docState';
import { LockBusyError } from '../../gas/lock';
import { type Messages, messages } from '../../i18n';
import { AuditLog } from '../log/auditLog';
import { UserError } from '../menu/userError';
import { COL } from '../register/registerSheet';
import type { SelectedCase } from '../register/selectedCase';
import { caseFolder, loadCaseDocs, shareCaseFolder, storeCaseDocs } from './drive';
import { type Generated, generateDocument } from './generate';

/** The register row as the document builders take it; `lang` labels the lines of the description. */
export function caseInput(c: SelectedCase, lang: Lang = 'nb'): CaseInput {
  const text = (h: string) => cellText(c.table.get(c.i, h));
  const date = (h: string) => cellDate(c.table.get(c.i, h));
  return {
    saksnr: c.saksnr,
    elev: text(COL.elev),
    klasse: text(COL.klasse),
    kategori: text(COL.kategori),
    meldt:
      c.table.get(c.i, COL.meldt) instanceof Date ? (c.table.get(c.i, COL.meldt) as Date) : text(COL.meldt),
    meldtAv: text(COL.meldtAv),
    rektorKjent: date(COL.rektorKjent),
    ansvarlig: text(COL.ansvarlig),
    beskrivelse: caseDescription(c, lang),
    status: c.status,
    ansattInvolvert: text(COL.ansattInvolvert) === 'Ja',
    ledelseInvolvert: text(COL.ledelseInvolvert) === 'Ja',
    frister: {
      undersøkelse: date(COL.fristUndersokelse),
      aktivitetsplan: date(COL.fristAktivitetsplan),
      nesteEvaluering: date(COL.nesteEvaluering),
      statsforvalterFra: date(COL.statsforvalterFra),
    },
    avsluttet: date(COL.avsluttet),
  };
}

const DESCRIPTION_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['', 'Når: ', 'Hvor: ', 'Grep inn: '],
  nn: ['', 'Når: ', 'Kvar: ', 'Greip inn: '],
};

/**
 * What the report said, for the documentation and as the source of names for the anonymity check: what
 * happened, then «Når: …», «Hvor: …» and «Grep inn: …» on lines of their own.
 */
export function caseDescription(c: SelectedCase, lang: Lang = 'nb'): string {
  return [COL.hvaSkjedde, COL.naar, COL.hvor, COL.grepetInn]
    .map((h, k) => {
      const value = cellText(c.table.get(c.i, h));
      return value === '' ? '' : `${DESCRIPTION_LABELS[lang][k]}${value}`;
    })
    .filter((s) => s !== '')
    .join('\n');
}

/**
 * Names of other students in `texts` (see anonymity.ts). `subject` is the student the document is
 * about; '' when the document must name no student at all (the notice to skoleeier).
 */
export function findNames(
  c: SelectedCase,
  texts: readonly string[],
  subject: string,
  ignore: readonly string[],
): NameFinding[] {
  const own = cellText(c.table.get(c.i, COL.elev));
  const registerNames = c.table.columnValues(COL.elev).map((v) => cellText(v));
  return findOtherStudentNames({
    text: texts.filter((s) => s.trim() !== '').join('\n\n'),
    subject,
    registerNames: subject === '' ? [own, ...registerNames] : registerNames,
    description: caseDescription(c),
    ignore,
  });
}

export function replaceNames(text: string, findings: readonly NameFinding[]): string {
  return findings.length === 0 ? text : anonymise(text, findings);
}

/** The log's account of the anonymity check: how many names and what they became, never the names. */
export function anonymityNote(
  findings: readonly NameFinding[],
  choice: 'replace' | 'keep' | undefined,
): string {
  if (findings.length === 0) return 'Anonymitetskontroll: ingen navn på andre elever funnet.';
  if (choice === 'keep')
    return `Anonymitetskontroll: ${findings.length} mulige navn på andre elever beholdt etter bevisst valg.`;
  const labels = [...new Set(findings.map((f) => `«${f.suggestion}»`))].join(', ');
  return `Anonymitetskontroll: ${findings.length} navn på andre elever erstattet med ${labels}.`;
}

/** The user's language, as setUp remembered it, from state already read (no extra call). */
export function messagesOf(state: DocState): Messages {
  return messages(state.get('language') === 'nn' ? 'nn' : 'nb');
}

/** One run that makes a document for a case: everything it needs, read inside the script lock. */
export interface CaseJob {
  readonly c: SelectedCase;
  readonly settings: Settings;
  readonly state: DocState;
  readonly docs: CaseDocs;
  readonly log: AuditLog;
  readonly t: Messages;
  readonly today: LocalDate;
  readonly user: string;
}

export function caseJob(
  c: SelectedCase,
  settings: Settings,
  t: Messages,
  today: LocalDate,
  state: DocState = DocState.load(),
): CaseJob {
  const user = Session.getActiveUser().getEmail();
  return {
    c,
    settings,
    state,
    docs: loadCaseDocs(state, c.saksnr),
    log: new AuditLog(user, () => new Date()),
    t,
    today,
    user,
  };
}

/**
 * Makes the next version of a document in the case folder, shares the folder with the people on the
 * case, remembers the version at once (a failure later never reuses the number) and logs it.
 */
export function makeCaseDocument(
  job: CaseJob,
  kind: DocumentKind,
  values: DocumentValues,
  options: { pdf: boolean; measureOwners: readonly string[]; request?: string; note?: string },
): Generated {
  const { c, docs, state, t } = job;
  const lang = job.settings.language;
  const version = (docs.versions[kind] ?? 0) + 1;
  const name = documentFileName(kind, lang, c.saksnr, version);
  const subDuty = GENERATED[kind].subDuty || subDutyForStatus(c.status);
  const folder = caseFolder(state, docs, c.saksnr, t);
  const generated = generateDocument({ kind, lang, name, folder, values, pdf: options.pdf, state, t });
  shareCaseFolder(
    folder,
    docs,
    desiredSharing(cellText(c.table.get(c.i, COL.ansvarlig)), options.measureOwners, job.user),
    { log: job.log, saksnr: c.saksnr, subDuty },
  );
  docs.versions[kind] = version;
  docs.last = {
    kind,
    at: Date.now(),
    id: generated.id,
    version,
    ...(options.request ? { request: options.request } : {}),
  };
  storeCaseDocs(state, c.saksnr, docs);
  state.save();
  job.log.add({
    saksnr: c.saksnr,
    subDuty,
    event: GENERATED[kind].event,
    details: generatedDetails(name, generated.url, options.note ?? ''),
  });
  return generated;
}

/** The answer to a dialog sent twice: the document its first sending made. */
export function alreadyDone(job: CaseJob, kind: DocumentKind, request: string): DialogResult | null {
  const last = duplicateOf(job.docs, kind, Date.now(), request);
  if (!last) return null;
  const { title, url } = describeLast(last, job.c.saksnr, job.settings.language);
  return { status: 'done', message: job.t.documents.made(title, url), url, title };
}

/** The message for a click fired twice: the document made by the first, or null. */
export function recentlyMade(job: CaseJob, kind: DocumentKind): string | null {
  const last = duplicateOf(job.docs, kind, Date.now());
  if (!last) return null;
  const { title, url } = describeLast(last, job.c.saksnr, job.settings.language);
  return job.t.documents.alreadyMade(title, url);
}

/** The message after a document is made. */
export function madeMessage(t: Messages, g: Generated, more = ''): string {
  const made = g.pdf ? t.documents.madeWithPdf(g.name, g.url) : t.documents.made(g.name, g.url);
  return more ? `${made}\n\n${more}` : made;
}

/** A dialog's failure as a result it can show: the user's own words for what they can fix. */
export function errorResult(t: Messages, error: unknown): DialogResult {
  if (error instanceof LockBusyError) return { status: 'error', message: t.errors.busy };
  if (error instanceof UserError) return { status: 'error', message: error.message };
  console.error(`Dialog action failed: ${error instanceof Error ? error.name : 'unknown'}`);
  return {
    status: 'error',
    message: t.errors.generic(error instanceof Error ? error.message : String(error)),
  };
}

/** Every text a document takes from the sheets that could mention someone: for the anonymity check. */
export function measureTexts(measures: readonly { tiltak: string }[]): string[] {
  return measures.map((m) => m.tiltak);
}
