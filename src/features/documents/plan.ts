import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import { soonFrom } from '../../domain/cases/newCase';
import { planValues } from '../../domain/documents/documentData';
import { type DialogResult, type PlanRequest, parsePlanRequest } from '../../domain/documents/requests';
import type { Settings } from '../../domain/settings/settings';
import { formatNorwegian, type LocalDate, parseLocalDate } from '../../domain/time/localDate';
import { cellDate, cellText, dateCell } from '../../gas/cellValues';
import { systemClock } from '../../gas/clock';
import { DocState } from '../../gas/docState';
import { withScriptLock } from '../../gas/lock';
import { hyperlink } from '../../gas/table';
import type { Messages } from '../../i18n';
import {
  activeMeasures,
  caseMeasures,
  type Measure,
  measureInput,
  measuresTable,
} from '../measures/measures';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { changeStatus } from '../register/caseActions';
import { COL } from '../register/registerSheet';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import { readSettings } from '../settings/settingsSheet';
import {
  alreadyDone,
  anonymityNote,
  caseInput,
  caseJob,
  errorResult,
  findNames,
  madeMessage,
  makeCaseDocument,
  measureTexts,
  messagesOf,
  replaceNames,
} from './caseJob';
import { showDocumentDialog } from './dialog';

/** A plan is made once the case is investigated, and again after an evaluation; not for a closed case. */
function assertPlanAllowed(c: SelectedCase, t: Messages): void {
  if (c.status === 'Meldt') throw new UserError(t.documents.notInvestigated(c.saksnr));
  if (c.status === 'Avsluttet') throw new UserError(t.documents.closedCase(c.saksnr));
}

/** The first evaluation: the earliest measure's evaluation date ahead, the register's, or the default. */
function defaultEvaluation(
  c: SelectedCase,
  measures: readonly Measure[],
  today: LocalDate,
  settings: Settings,
): LocalDate {
  const ahead = measures
    .map((m) => m.evalueres)
    .filter((d): d is LocalDate => d !== null && d >= today)
    .sort();
  if (ahead[0]) return ahead[0];
  const planned = cellDate(c.table.get(c.i, COL.nesteEvaluering));
  if (planned && planned >= today) return planned;
  return defaultNextEvaluation(today, settings.deadlines, settings.calendar);
}

const period = (m: Measure) =>
  `${m.fra ? formatNorwegian(m.fra) : ''}–${m.til ? formatNorwegian(m.til) : ''}`.replace(/^–$/, '');

/** Menu «Lag aktivitetsplan»: opens the plan dialog for the selected case. */
export function openPlanDialog(c: SelectedCase, t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  assertPlanAllowed(c, t);
  const measures = activeMeasures(caseMeasures(measuresTable(c.ss), c.saksnr));
  if (measures.length === 0) throw new UserError(t.documents.noMeasures(c.saksnr));
  const settings = readSettings(c.ss);
  const today = systemClock().today;
  showDocumentDialog(
    ui,
    {
      kind: 'plan',
      saksnr: c.saksnr,
      requestId: Utilities.getUuid(),
      labels: { ...t.documents.planDialog, ...t.documents.dialogColumns },
      measures: measures.map((m) => ({
        tiltak: m.tiltak,
        niva: m.niva,
        hvem: m.hvem,
        periode: period(m),
        evalueres: m.evalueres ? formatNorwegian(m.evalueres) : '',
      })),
      problem: cellText(c.table.get(c.i, COL.hvaSkjedde)),
      evaluationDate: defaultEvaluation(c, measures, today, settings),
      today,
    },
    t.documents.planDialogTitle(c.saksnr),
    760,
  );
}

/**
 * google.script.run target of the plan dialog. Under the script lock: re-reads the case, checks the
 * text for other students' names (the dialog asks the user to replace or keep them, and the choice is
 * logged), makes the next version of the plan, links it in «Aktivitetsplan», moves the case to status
 * «Aktivitetsplan» and sets «Neste evaluering». The same dialog submitted twice makes one plan.
 */
export function submitPlan(raw: unknown): DialogResult {
  const req = parsePlanRequest(raw);
  if (!req?.problem.trim()) {
    const t = currentMessages();
    return { status: 'error', message: req ? t.documents.problemRequired : t.documents.invalidRequest };
  }
  let t: Messages | undefined;
  try {
    return withScriptLock(30_000, () => {
      const state = DocState.load();
      t = messagesOf(state);
      return makePlan(req, t, state);
    });
  } catch (error) {
    return errorResult(t ?? currentMessages(), error);
  }
}

function makePlan(req: PlanRequest, t: Messages, state: DocState): DialogResult {
  const c = caseByNumber(t, req.saksnr);
  assertPlanAllowed(c, t);
  const settings = readSettings(c.ss);
  const today = systemClock().today;
  const job = caseJob(c, settings, t, today, state);
  const again = alreadyDone(job, 'aktivitetsplan', req.requestId);
  if (again) return again;
  const measures = activeMeasures(caseMeasures(measuresTable(c.ss), c.saksnr));
  if (measures.length === 0) throw new UserError(t.documents.noMeasures(c.saksnr));
  const evaluation = req.evalueringsdato ? parseLocalDate(req.evalueringsdato) : null;
  if (req.evalueringsdato && !evaluation) throw new UserError(t.documents.badDate(req.evalueringsdato));
  if (evaluation && evaluation < today)
    throw new UserError(t.documents.pastDate(formatNorwegian(evaluation)));
  const firstEvaluation = evaluation ?? defaultEvaluation(c, measures, today, settings);

  const texts = {
    problem: req.problem,
    undersøkelsen: req.undersokelse,
    elevensBeskrivelse: req.elevensBeskrivelse,
    elevensØnsker: req.elevensOnsker,
    foresattesSyn: req.foresattesSyn,
    barnetsBeste: req.barnetsBeste,
    gjennomføring: req.gjennomforing,
    merknader: req.merknader,
  };
  const ignore = [settings.schoolName, ...measures.map((m) => m.hvem)];
  const findings = findNames(
    c,
    [...Object.values(texts), ...measureTexts(measures)],
    cellText(c.table.get(c.i, COL.elev)),
    ignore,
  );
  if (findings.length > 0 && !req.anonymity) {
    return { status: 'names', message: t.documents.namesFound, names: findings };
  }
  const replace = req.anonymity === 'replace' ? findings : [];
  const clean = (s: string) => replaceNames(s, replace);

  const values = planValues({
    lang: settings.language,
    school: { navn: settings.schoolName, rektor: settings.rektorName },
    case: caseInput(c),
    date: today,
    // Point 4 of the plan: someone is responsible. Without one in the register, whoever makes the plan.
    ansvarlig: cellText(c.table.get(c.i, COL.ansvarlig)) || job.user,
    forrigePlan: job.docs.lastPlanDate ?? null,
    problem: clean(texts.problem),
    undersøkelsen: clean(texts.undersøkelsen),
    measures: measures.map((m) => ({ ...measureInput(m), tiltak: clean(m.tiltak) })),
    gjennomføring: clean(texts.gjennomføring),
    evalueringsdato: firstEvaluation,
    elevensBeskrivelse: clean(texts.elevensBeskrivelse),
    elevensØnsker: clean(texts.elevensØnsker),
    foresattesSyn: clean(texts.foresattesSyn),
    barnetsBeste: clean(texts.barnetsBeste),
    merknader: clean(texts.merknader),
    navnBeholdt: req.anonymity === 'keep' && findings.length > 0,
  });
  job.docs.lastPlanDate = today;
  // The plan puts the measures in place: its log entry also records the status move (one row, one call).
  const movesStatus = c.status === 'Undersøkes' || c.status === 'Evalueres';
  const generated = makeCaseDocument(job, 'aktivitetsplan', values, {
    pdf: req.pdf,
    measureOwners: measures.map((m) => m.hvem),
    request: req.requestId,
    note: `${anonymityNote(findings, req.anonymity)}${movesStatus ? ` Status: ${c.status} → Aktivitetsplan.` : ''}`,
  });

  // The register follows: the link, the status and the first evaluation.
  const version = job.docs.versions.aktivitetsplan ?? 1;
  c.table.set(c.i, COL.aktivitetsplan, hyperlink(generated.url, `Aktivitetsplan v${version}`));
  if (movesStatus) changeStatus(c, 'Aktivitetsplan', { today, settings, log: job.log, t, silent: true });
  c.table.set(c.i, COL.nesteEvaluering, dateCell(firstEvaluation));
  c.table.set(
    c.i,
    COL.varselEvaluering,
    dateCell(soonFrom(firstEvaluation, settings.calendar, settings.deadlines)),
  );
  c.table.flush();
  job.log.flush(c.ss);
  const message = madeMessage(t, generated, t.documents.planDone(c.saksnr, formatNorwegian(firstEvaluation)));
  return { status: 'done', message, url: generated.url, title: generated.name };
}
