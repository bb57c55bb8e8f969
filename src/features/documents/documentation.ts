import type { NameFinding } from '../../domain/documents/anonymity';
import { documentsFromLog, logEntriesFromRows } from '../../domain/documents/caseDocuments';
import { type DocumentValues, documentationValues } from '../../domain/documents/documentData';
import type { Messages } from '../../i18n';
import { logDetailsLabel, logEventLabel } from '../../i18n/labels';
import { done, type FormPayload, type FormResult, showFormDialog, text } from '../dialogs/formDialog';
import { caseLogRows } from '../log/caseLog';
import { caseMeasures, folderOwners, measureInput, measuresTable } from '../measures/measures';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import { type Work, withWork } from '../register/work';
import {
  anonymityNote,
  type CaseJob,
  caseDescription,
  caseInput,
  caseJob,
  findNames,
  type Made,
  madeMessage,
  makeCaseDocument,
  recentlyMade,
  replaceNames,
  schoolOf,
} from './caseJob';

type Ui = GoogleAppsScript.Base.Ui;
type Choice = 'replace' | 'keep';

/**
 * «Lag dokumentasjon»: the documentation of the duty to act for a case, what Statsforvalteren asks for.
 * Every log event of the case under its sub-duty in time order, the measures with their latest
 * assessment, and the plans, evaluations and notices made. Always with a PDF for the archive. A click that
 * fires twice within a minute makes one document.
 *
 * Like the plan, it names no other student unless the user chooses to: when the report, the log or the
 * measures seem to name other students, the menu and the sidebar open a dialog that lists them first.
 */
export function documentationOrDialog(c: SelectedCase, t: Messages, ui: Ui): DocumentationMade | null {
  const result = withWork(Session.getActiveUser().getEmail(), (w) =>
    makeDocumentation(w, c.saksnr, c.row.sheetRow),
  );
  if ('message' in result) return result;
  showFormDialog(
    ui,
    {
      action: 'documentation',
      context: { saksnr: c.saksnr, row: String(c.row.sheetRow) },
      intro: t.documents.documentationNamesIntro,
      fields: [
        {
          kind: 'info',
          name: 'names',
          tone: 'warning',
          text: result.names.map((f) => `${f.name} → ${f.suggestion}`).join('\n'),
        },
        {
          kind: 'radio',
          name: 'anonymity',
          label: t.documents.documentationNamesChoice,
          options: [
            { value: 'replace', label: t.documents.documentationReplace },
            { value: 'keep', label: t.documents.documentationKeep },
          ],
          value: 'replace',
          required: true,
        },
      ],
    },
    t,
    t.documents.documentationTitle(c.saksnr),
    480,
  );
  return null;
}

/** The dialog's answer: make the documentation with the names replaced, or kept on purpose (logged). */
export function submitDocumentation(p: FormPayload, w: Work): FormResult {
  const choice: Choice = text(p, 'anonymity') === 'keep' ? 'keep' : 'replace';
  const result = makeDocumentation(
    w,
    p.context['saksnr'] ?? '',
    Number(p.context['row'] ?? 0) || undefined,
    choice,
  );
  if ('message' in result) return asResult(w.t, result);
  return { status: 'error', message: w.t.documents.invalidRequest };
}

/** What the documentation run said: its message, and the new document's address when one was made. */
export interface DocumentationMade {
  message: string;
  url?: string;
}

/** The run's outcome as a dialog shows it: the message, and a link to the document. */
export function asResult(t: Messages, made: DocumentationMade): FormResult {
  return done(made.message, made.url ? { url: made.url, text: t.documents.openDocument } : undefined);
}

function makeDocumentation(
  w: Work,
  saksnr: string,
  hint: number | undefined,
  choice?: Choice,
): DocumentationMade | { names: NameFinding[] } {
  const c = caseByNumber(w.t, saksnr, hint, { ss: w.ss, register: w.register(), settings: w.settings });
  const job = caseJob(w, c);
  const again = recentlyMade(job, 'dokumentasjon');
  if (again) return { message: again };

  const material = readMaterial(job);
  const findings = findNames(c, material.texts, c.record.elev, [w.settings.schoolName, ...material.staff]);
  if (findings.length > 0 && !choice) return { names: findings };
  const made = writeDocumentation(job, material, {
    findings,
    choice: findings.length > 0 ? choice : undefined,
  });
  w.commit([{ saksnr: c.saksnr, log: [made.log] }]);
  return { message: madeMessage(w.t, made.generated), url: made.generated.url };
}

interface Material {
  log: ReturnType<typeof caseLogRows>;
  measures: ReturnType<typeof caseMeasures>;
  /** Every free text the document prints, searched for names. */
  texts: string[];
  staff: string[];
}

function readMaterial(job: CaseJob): Material {
  const { w, c } = job;
  const log = caseLogRows(c.ss, c.saksnr);
  const measures = caseMeasures(measuresTable(c.ss), c.saksnr);
  const texts = [
    caseDescription(c.record),
    ...logEntriesFromRows(log).map((e) => e.details ?? ''),
    ...measures.flatMap((m) => [m.tiltak, m.vurdering]),
  ];
  return { log, measures, texts, staff: schoolOf(w).people.list.map((p) => p.name) };
}

/** Every text of the document with the names found replaced: the student the case is about stays. */
function anonymised(values: DocumentValues, findings: readonly NameFinding[]): DocumentValues {
  if (findings.length === 0) return values;
  const clean = (row: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, k === 'Elev' ? v : replaceNames(v, findings)]),
    );
  return {
    ...values,
    singles: clean(values.singles),
    groups: Object.fromEntries(Object.entries(values.groups).map(([k, rows]) => [k, rows.map(clean)])),
  };
}

/**
 * Makes the next version of the case's documentation (with its PDF) in the case folder, from the log,
 * «Tiltak» and the documents made, as they are now, with the names found replaced unless the user chose to
 * keep them. The caller commits `log` (also «Arkiver og slett …», which makes a fresh one for the
 * leadership's archive before it deletes anything: that copy is not checked for names).
 */
export function writeDocumentation(
  job: CaseJob,
  material: Material = readMaterial(job),
  names?: { findings: readonly NameFinding[]; choice: Choice | undefined },
): Made {
  const { w, c } = job;
  const { log, measures } = material;
  const values = documentationValues({
    lang: w.settings.language,
    school: schoolOf(w),
    case: caseInput(c.record, w.settings.language),
    date: w.clock.today,
    log: logEntriesFromRows(log).map((e) => ({
      ...e,
      event: logEventLabel(w.t, e.event),
      ...(e.details !== undefined ? { details: logDetailsLabel(w.t, e.event, e.details) } : {}),
    })),
    measures: measures.map((m) => measureInput(m, w.settings.language)),
    documents: documentsFromLog(log),
  });
  // «Siste vurdering» is the assessment written in `Tiltak`, as the school wrote it.
  (values.groups['Tiltak'] ?? []).forEach((row, k) => {
    row['Vurdering'] = measures[k]?.vurdering ?? '';
  });
  const replace = names && names.choice !== 'keep' ? names.findings : [];
  return makeCaseDocument(job, 'dokumentasjon', anonymised(values, replace), {
    pdf: true,
    measureOwners: folderOwners(measures.filter((m) => m.status !== 'Avsluttet')),
    ...(names ? { note: anonymityNote(names.findings, names.choice) } : {}),
  });
}
