import { type CaseRecord, isSerious } from '../../domain/cases/caseRecord';
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
import type { CaseInput, DocumentValues, SchoolInput } from '../../domain/documents/documentData';
import type { DocumentKind, Lang } from '../../domain/documents/placeholders';
import type { DialogResult } from '../../domain/documents/requests';
import type { People } from '../../domain/people/people';
import type { LocalDate } from '../../domain/time/localDate';
import { cellText } from '../../gas/cellValues';
import type { DocState } from '../../gas/docState';
import { LockBusyError } from '../../gas/lock';
import { type Messages, messages } from '../../i18n';
import { caseStatusLabel, categoryLabel } from '../../i18n/labels';
import type { LogEntry } from '../log/auditLog';
import { UserError } from '../menu/userError';
import { readPeople } from '../people/peopleSheet';
import { COL } from '../register/registerSheet';
import type { SelectedCase } from '../register/selectedCase';
import type { Work } from '../register/work';
import { caseFolder, loadCaseDocs, shareCaseFiles, storeCaseDocs } from './drive';
import { type Generated, generateDocument } from './generate';

/**
 * A case record as the document builders take it, in the school's language: `lang` labels the lines of
 * the description, the status and the categories (stored in bokmål).
 */
export function caseInput(c: CaseRecord, lang: Lang = 'nb'): CaseInput {
  const t = messages(lang);
  return {
    saksnr: c.saksnr,
    elev: c.elev,
    klasse: c.klasse,
    kategori: categoryLabel(t, c.kategori),
    meldt: c.meldt ?? '',
    meldtAv: c.meldtAv,
    rektorKjent: c.rektorKjent,
    ansvarlig: c.ansvarlig,
    beskrivelse: caseDescription(c, lang),
    status: caseStatusLabel(t, c.status),
    ansattInvolvert: c.ansattInvolvert,
    ledelseInvolvert: c.ledelseInvolvert,
    frister: {
      undersøkelse: c.fristUndersokelse,
      aktivitetsplan: c.fristAktivitetsplan,
      nesteEvaluering: c.nesteEvaluering,
      statsforvalterFra: c.statsforvalterFra,
    },
    statsforvalter: {
      meldt: c.statsforvalterMeldt,
      frist: c.fristStatsforvalter,
      sendt: c.dokumentasjonSendt,
      vedtak: c.statsforvalterVedtak,
    },
    avsluttet: c.avsluttet,
    foresatteInformert: c.foresatteInformert,
    planGittForesatte: c.planGittForesatte,
    evalueringGittForesatte: c.evalueringGittForesatte,
    samtykke: c.samtykke,
    fravaer: c.fravaer,
    fravaerFra: c.fravaerFra,
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
export function caseDescription(c: CaseRecord, lang: Lang = 'nb'): string {
  return [c.hvaSkjedde, c.naar, c.hvor, c.grepetInn]
    .map((value, k) => (value.trim() === '' ? '' : `${DESCRIPTION_LABELS[lang][k]}${value}`))
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
  const own = c.record.elev;
  // The students of every case: one column of the register, not the register.
  const registerNames = c.register.columnValues(COL.elev).map((v) => cellText(v));
  return findOtherStudentNames({
    text: texts.filter((s) => s.trim() !== '').join('\n\n'),
    subject,
    registerNames: subject === '' ? [own, ...registerNames] : registerNames,
    description: caseDescription(c.record),
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

/** One run that makes a document for a case: the case, read inside the script lock, and the job's work. */
export interface CaseJob {
  readonly w: Work;
  readonly c: SelectedCase;
  readonly docs: CaseDocs;
  readonly today: LocalDate;
}

export function caseJob(w: Work, c: SelectedCase): CaseJob {
  return { w, c, docs: loadCaseDocs(w.state, c.saksnr), today: w.clock.today };
}

/** The school as the documents print it, with its people read once from «Personale». */
export function schoolOf(w: Work): SchoolInput & { people: People } {
  return { navn: w.settings.schoolName, rektor: w.settings.rektorName, people: readPeople(w.ss, w.settings) };
}

/**
 * Documents sent home name people by name and role, not by e-mail address: refuses, naming the
 * addresses, until «Personale» has them. The dialog keeps what the user wrote.
 */
export function requireNamed(people: People, texts: readonly string[], t: Messages): void {
  const missing = people.unnamed(texts);
  if (missing.length > 0) throw new UserError(t.people.unnamed(missing.join(', ')));
}

/** The documents that also go to the student and the family, and so to the people on the case. */
const HOME_KINDS: readonly DocumentKind[] = ['aktivitetsplan', 'evaluering', 'samarbeidsavtale'];

/** A document made, and the log row that records it (part of the operation the caller commits). */
export interface Made {
  readonly generated: Generated;
  readonly log: Omit<LogEntry, 'saksnr'>;
  /** What the user should know about the sharing ('' when nothing): a § 12-5 case is shared with no one. */
  readonly sharingNote: string;
}

/**
 * Makes the next version of a document in the case folder and shares the folder with the people on the
 * case. The version is remembered in the job's state, which the caller's commit saves together with the
 * register change and the log row (journal.ts): a run that dies before that leaves a document no one
 * links, and the next try replaces it (the same name: generate.ts trashes it first).
 */
export function makeCaseDocument(
  job: CaseJob,
  kind: DocumentKind,
  values: DocumentValues,
  options: { pdf: boolean; measureOwners: readonly string[]; request?: string; note?: string },
): Made {
  const { c, docs, w } = job;
  const lang = w.settings.language;
  const version = (docs.versions[kind] ?? 0) + 1;
  const name = documentFileName(kind, lang, c.saksnr, version);
  const subDuty = GENERATED[kind].subDuty || subDutyForStatus(c.record.status);
  const folder = caseFolder(w.state, docs, c.saksnr, w.t);
  const generated = generateDocument({
    kind,
    lang,
    name,
    folder,
    values,
    pdf: options.pdf,
    state: w.state,
    t: w.t,
  });
  // Need to know: only the documents that also go home are shared with the people on the case.
  const home = HOME_KINDS.includes(kind);
  const aboutStaff = isSerious(c.record);
  const sharing = desiredSharing(c.record.ansvarlig, options.measureOwners, w.user, aboutStaff);
  shareCaseFiles(docs, sharing, home ? generated.files : [], {
    log: w.log,
    saksnr: c.saksnr,
    subDuty,
  });
  docs.versions[kind] = version;
  docs.last = {
    kind,
    at: w.clock.now.getTime(),
    id: generated.id,
    version,
    ...(options.request ? { request: options.request } : {}),
  };
  storeCaseDocs(w.state, c.saksnr, docs);
  return {
    generated,
    log: {
      subDuty,
      event: GENERATED[kind].event,
      details: generatedDetails(name, generated.url, options.note ?? ''),
    },
    sharingNote: home && aboutStaff ? w.t.people.notShared : '',
  };
}

/** The answer to a dialog sent twice: the document its first sending made. */
export function alreadyDone(job: CaseJob, kind: DocumentKind, request: string): DialogResult | null {
  const last = duplicateOf(job.docs, kind, job.w.clock.now.getTime(), request);
  if (!last) return null;
  const { title, url } = describeLast(last, job.c.saksnr, job.w.settings.language);
  return { status: 'done', message: job.w.t.documents.made(title, url), url, title };
}

/** The message for a click fired twice: the document made by the first, or null. */
export function recentlyMade(job: CaseJob, kind: DocumentKind): string | null {
  const last = duplicateOf(job.docs, kind, job.w.clock.now.getTime());
  if (!last) return null;
  const { title, url } = describeLast(last, job.c.saksnr, job.w.settings.language);
  return job.w.t.documents.alreadyMade(title, url);
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
