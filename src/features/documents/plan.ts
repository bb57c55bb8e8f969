import { type CaseRecord, moveStatus } from '../../domain/cases/caseRecord';
import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import { planValues } from '../../domain/documents/documentData';
import { type DialogResult, type PlanRequest, parsePlanRequest } from '../../domain/documents/requests';
import type { Settings } from '../../domain/settings/settings';
import { formatNorwegian, type LocalDate, parseLocalDate } from '../../domain/time/localDate';
import { systemClock } from '../../gas/clock';
import type { Messages } from '../../i18n';
import { refusalText } from '../../i18n/labels';
import {
  activeMeasures,
  caseMeasures,
  folderOwners,
  homeMeasures,
  type Measure,
  measureInput,
  measuresTable,
} from '../measures/measures';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import { type Work, withWork } from '../register/work';
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
  replaceNames,
  requireNamed,
  schoolOf,
} from './caseJob';
import { showDocumentDialog } from './dialog';

/** A plan is made once the case is investigated, and again after an evaluation; not for a closed case. */
function assertPlanAllowed(c: SelectedCase, t: Messages): void {
  if (c.record.status === 'Meldt') throw new UserError(t.documents.notInvestigated(c.saksnr));
  if (c.record.status === 'Avsluttet') throw new UserError(t.documents.closedCase(c.saksnr));
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
  const planned = c.record.nesteEvaluering;
  if (planned && planned >= today) return planned;
  return defaultNextEvaluation(today, settings.deadlines, settings.calendar);
}

const period = (m: Measure) =>
  `${m.fra ? formatNorwegian(m.fra) : ''}–${m.til ? formatNorwegian(m.til) : ''}`.replace(/^–$/, '');

/** Menu «Lag aktivitetsplan»: opens the plan dialog for the selected case. */
export function openPlanDialog(c: SelectedCase, t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  assertPlanAllowed(c, t);
  // The plan goes home: cooperation with barnevernet is never in it.
  const measures = homeMeasures(activeMeasures(caseMeasures(measuresTable(c.ss), c.saksnr)));
  if (measures.length === 0) throw new UserError(t.documents.noMeasures(c.saksnr));
  const settings = c.settings;
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
      problem: c.record.hvaSkjedde,
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
  // §§ 10-1 and 10-2: the student heard (or why not), and the best-interests assessment, in every plan.
  if (!req.elevensBeskrivelse.trim() && !req.ikkeHort.trim())
    return { status: 'error', message: currentMessages().documents.studentNotHeard };
  if (!req.barnetsBeste.trim())
    return { status: 'error', message: currentMessages().documents.bestInterestsRequired };
  let t: Messages | undefined;
  try {
    return withWork(Session.getActiveUser().getEmail(), (w) => {
      t = w.t;
      return makePlan(req, w);
    });
  } catch (error) {
    return errorResult(t ?? currentMessages(), error);
  }
}

function makePlan(req: PlanRequest, w: Work): DialogResult {
  const { t, settings } = w;
  const c = caseByNumber(t, req.saksnr, undefined, { ss: w.ss, register: w.register(), settings });
  assertPlanAllowed(c, t);
  const today = w.clock.today;
  const job = caseJob(w, c);
  const again = alreadyDone(job, 'aktivitetsplan', req.requestId);
  if (again) return again;
  const measures = homeMeasures(activeMeasures(caseMeasures(measuresTable(c.ss), c.saksnr)));
  if (measures.length === 0) throw new UserError(t.documents.noMeasures(c.saksnr));
  const evaluation = req.evalueringsdato ? parseLocalDate(req.evalueringsdato) : null;
  if (req.evalueringsdato && !evaluation) throw new UserError(t.documents.badDate(req.evalueringsdato));
  if (evaluation && evaluation < today)
    throw new UserError(t.documents.pastDate(formatNorwegian(evaluation)));
  const firstEvaluation = evaluation ?? defaultEvaluation(c, measures, today, settings);

  const texts = {
    problem: req.problem,
    undersøkelsen: req.undersokelse,
    elevensBeskrivelse: req.elevensBeskrivelse.trim()
      ? req.elevensBeskrivelse
      : currentMessages().documents.notHeardBecause(req.ikkeHort.trim()),
    elevensØnsker: req.elevensOnsker,
    foresattesSyn: req.foresattesSyn,
    barnetsBeste: req.barnetsBeste,
    gjennomføring: req.gjennomforing,
    merknader: req.merknader,
  };
  const ignore = [settings.schoolName, ...measures.map((m) => m.hvem)];
  const findings = findNames(c, [...Object.values(texts), ...measureTexts(measures)], c.record.elev, ignore);
  if (findings.length > 0 && !req.anonymity) {
    return { status: 'names', message: t.documents.namesFound, names: findings };
  }
  const school = schoolOf(w);
  const ansvarlig = c.record.ansvarlig || w.user;
  requireNamed(school.people, [ansvarlig, ...measures.map((m) => m.hvem)], t);
  const replace = req.anonymity === 'replace' ? findings : [];
  const clean = (s: string) => replaceNames(s, replace);

  const values = planValues({
    lang: settings.language,
    school,
    case: caseInput(c.record, settings.language),
    date: today,
    // Point 4 of the plan: someone is responsible. Without one in the register, whoever makes the plan.
    ansvarlig,
    forrigePlan: job.docs.lastPlanDate ?? null,
    problem: clean(texts.problem),
    undersøkelsen: clean(texts.undersøkelsen),
    measures: measures.map((m) => ({ ...measureInput(m, settings.language), tiltak: clean(m.tiltak) })),
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
  // The plan puts the measures in place: its log entry also records the status move (one row).
  const from = c.record.status;
  const movesStatus = from === 'Undersøkes' || from === 'Evalueres';
  const version = (job.docs.versions.aktivitetsplan ?? 0) + 1;
  const made = makeCaseDocument(job, 'aktivitetsplan', values, {
    pdf: req.pdf,
    measureOwners: folderOwners(measures),
    request: req.requestId,
    note: `${anonymityNote(findings, req.anonymity)}${movesStatus ? ` Status: ${from} → Aktivitetsplan.` : ''}`,
  });

  // The register follows: the link, the status and the first evaluation, in the same operation as the log row.
  let record: CaseRecord = {
    ...c.record,
    aktivitetsplan: { url: made.generated.url, label: `Aktivitetsplan v${version}` },
    nesteEvaluering: firstEvaluation,
  };
  if (movesStatus) {
    const moved = moveStatus(record, 'Aktivitetsplan', today);
    if (!moved.ok) throw new UserError(refusalText(t, moved.refusal));
    record = moved.record;
  }
  w.commit([{ saksnr: c.saksnr, row: c.row, record, log: [made.log] }]);
  const message = madeMessage(
    t,
    made.generated,
    [t.documents.planDone(c.saksnr, formatNorwegian(firstEvaluation)), made.sharingNote]
      .filter((s) => s !== '')
      .join('\n\n'),
  );
  return { status: 'done', message, url: made.generated.url, title: made.generated.name };
}
