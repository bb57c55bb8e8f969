import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import { soonFrom } from '../../domain/cases/newCase';
import { evaluationValues, isBarnevern, type MeasureInput } from '../../domain/documents/documentData';
import { evaluationEffect, measureUpdate } from '../../domain/documents/measures';
import {
  type DialogResult,
  type EvaluationRequest,
  parseEvaluationRequest,
} from '../../domain/documents/requests';
import { formatNorwegian, type LocalDate, parseLocalDate } from '../../domain/time/localDate';
import { cellDate, cellText, dateCell } from '../../gas/cellValues';
import { systemClock } from '../../gas/clock';
import { DocState } from '../../gas/docState';
import { withScriptLock } from '../../gas/lock';
import type { Messages } from '../../i18n';
import {
  activeMeasures,
  caseMeasures,
  type Measure,
  measureInput,
  measuresTable,
} from '../measures/measures';
import { MEASURE_COL } from '../measures/measuresSheet';
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

/** An evaluation follows a plan: the case is in «Aktivitetsplan» or «Evalueres». */
function assertEvaluationAllowed(c: SelectedCase, t: Messages): void {
  if (c.status === 'Avsluttet') throw new UserError(t.documents.closedCase(c.saksnr));
  if (c.status !== 'Aktivitetsplan' && c.status !== 'Evalueres')
    throw new UserError(t.documents.noPlanYet(c.saksnr));
}

/** Menu «Lag evaluering»: opens the evaluation dialog for the selected case. */
export function openEvaluationDialog(c: SelectedCase, t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  assertEvaluationAllowed(c, t);
  const measures = activeMeasures(caseMeasures(measuresTable(c.ss), c.saksnr));
  if (measures.length === 0) throw new UserError(t.documents.noMeasures(c.saksnr));
  const settings = readSettings(c.ss);
  const today = systemClock().today;
  showDocumentDialog(
    ui,
    {
      kind: 'evaluation',
      saksnr: c.saksnr,
      requestId: Utilities.getUuid(),
      labels: { ...t.documents.evaluationDialog, ...t.documents.dialogColumns },
      measures: measures.map((m) => ({ row: m.row, tiltak: m.tiltak, niva: m.niva, hvem: m.hvem })),
      today,
      nextEvaluation: defaultNextEvaluation(today, settings.deadlines, settings.calendar),
    },
    t.documents.evaluationDialogTitle(c.saksnr),
    800,
  );
}

/**
 * google.script.run target of the evaluation dialog. Under the script lock: makes the evaluation
 * document from the student's own experience and a verdict per measure, writes the verdicts to
 * `Tiltak` (and adds the new measures), then closes the case when the student feels safe, or sets
 * «Neste evaluering» so the register and the daily digest follow up. The same dialog submitted twice
 * makes one evaluation.
 */
export function submitEvaluation(raw: unknown): DialogResult {
  const req = parseEvaluationRequest(raw);
  if (!req?.elevensOpplevelse.trim()) {
    const t = currentMessages();
    return { status: 'error', message: req ? t.documents.experienceRequired : t.documents.invalidRequest };
  }
  let t: Messages | undefined;
  try {
    return withScriptLock(30_000, () => {
      const state = DocState.load();
      t = messagesOf(state);
      return makeEvaluation(req, t, state);
    });
  } catch (error) {
    return errorResult(t ?? currentMessages(), error);
  }
}

/**
 * The log's note when barnevernet was checked: the evaluation goes home, so it does not print it (a report
 * to barnevernet is the school's own duty and route), and the log keeps that it was checked.
 */
const BARNEVERN_NOTE =
  'Barnevernstjenesten krysset av: står ikke i evalueringen som sendes hjem. Følg skolens rutine for melding til barnevernet.';

function makeEvaluation(sent: EvaluationRequest, t: Messages, state: DocState): DialogResult {
  const req = { ...sent, newMeasures: sent.newMeasures.filter((n) => n.tiltak.trim() !== '') };
  const c = caseByNumber(t, req.saksnr);
  assertEvaluationAllowed(c, t);
  const settings = readSettings(c.ss);
  const today = systemClock().today;
  const job = caseJob(c, settings, t, today, state);
  const again = alreadyDone(job, 'evaluering', req.requestId);
  if (again) return again;

  const date = req.date ? parseLocalDate(req.date) : today;
  if (!date) throw new UserError(t.documents.badDate(req.date));
  const effect = evaluationEffect(req.konklusjon, parseNext(req, today, settings, t));
  const table = measuresTable(c.ss, true);
  const active = activeMeasures(caseMeasures(table, c.saksnr));
  const decided = req.decisions.map((d) => {
    const m = active.find((x) => x.row === d.row && x.tiltak === d.tiltak.trim());
    if (!m) throw new UserError(t.documents.measuresChanged);
    return { m, d };
  });

  const texts = [
    req.elevensOpplevelse,
    req.foresattesSyn,
    req.begrunnelse,
    req.oppfolging,
    req.eksternHjelpKommentar,
    ...req.decisions.map((d) => d.kommentar),
    ...req.newMeasures.map((n) => n.tiltak),
  ];
  const owners = [...active.map((m) => m.hvem), ...req.newMeasures.map((n) => n.hvem)];
  const findings = findNames(c, [...texts, ...measureTexts(active)], cellText(c.table.get(c.i, COL.elev)), [
    settings.schoolName,
    req.deltakere,
    ...owners,
  ]);
  if (findings.length > 0 && !req.anonymity) {
    return { status: 'names', message: t.documents.namesFound, names: findings };
  }
  const clean = (s: string) => replaceNames(s, req.anonymity === 'replace' ? findings : []);

  const rows: MeasureInput[] = [
    ...decided.map(({ m, d }) => ({
      ...measureInput(m),
      tiltak: clean(m.tiltak),
      vurdering: d.verdict,
      kommentar: clean(d.kommentar),
    })),
    ...req.newMeasures.map((n) => ({
      tiltak: clean(n.tiltak),
      nivå: n.niva,
      hvem: n.hvem,
      fra: date,
      vurdering: 'nytt' as const,
    })),
  ];
  const values = evaluationValues({
    lang: settings.language,
    school: { navn: settings.schoolName, rektor: settings.rektorName },
    case: caseInput(c),
    date,
    // The plan made here, or else the day the register says the plan was put in place.
    planDato: job.docs.lastPlanDate ?? cellDate(c.table.get(c.i, COL.planIverksatt)),
    deltakere: req.deltakere,
    elevensOpplevelse: clean(req.elevensOpplevelse),
    foresattesSyn: clean(req.foresattesSyn),
    measures: rows,
    problemetLøst: req.problemetLost,
    begrunnelse: clean(req.begrunnelse),
    konklusjon: req.konklusjon,
    nesteEvaluering: effect.nextEvaluation,
    eksternHjelp: req.eksternHjelp,
    eksternHjelpKommentar: clean(req.eksternHjelpKommentar),
    oppfølging: req.konklusjon === 'avslutte' ? clean(req.oppfolging) : '',
  });
  const generated = makeCaseDocument(job, 'evaluering', values, {
    pdf: req.pdf,
    measureOwners: owners,
    request: req.requestId,
    note: `${anonymityNote(findings, req.anonymity)}${req.eksternHjelp.some(isBarnevern) ? ` ${BARNEVERN_NOTE}` : ''}`,
  });

  // The measures follow the verdicts; new measures join the case.
  for (const { m, d } of decided)
    writeVerdict(table, m, measureUpdate(d.verdict, d.kommentar, date, effect.nextEvaluation));
  table.flush();
  if (req.newMeasures.length > 0) {
    table.append(
      req.newMeasures.map((n) => ({
        [MEASURE_COL.saksnr]: c.saksnr,
        [MEASURE_COL.tiltak]: n.tiltak,
        [MEASURE_COL.niva]: n.niva,
        [MEASURE_COL.hvem]: n.hvem,
        [MEASURE_COL.fra]: dateCell(date),
        [MEASURE_COL.evalueres]: dateCell(effect.nextEvaluation),
        [MEASURE_COL.status]: 'Planlagt',
      })),
    );
  }
  const count = (v: string) => decided.filter(({ d }) => d.verdict === v).length;
  job.log.add({
    saksnr: c.saksnr,
    subDuty: 'evaluering',
    event: 'Tiltak vurdert',
    details:
      `${decided.length} tiltak vurdert: ${count('videreføre')} videreføres, ${count('endre')} endres, ` +
      `${count('avslutte')} avsluttes. ${req.newMeasures.length} nye tiltak.`,
  });

  // The register follows: closed when the student feels safe, otherwise the next evaluation.
  c.table.set(c.i, COL.sistEvaluert, dateCell(date));
  let followUp: string;
  if (effect.close) {
    changeStatus(c, 'Avsluttet', {
      today: date,
      settings,
      log: job.log,
      t,
      reason: t.documents.closedReason(formatNorwegian(date)),
    });
    c.table.set(c.i, COL.nesteEvaluering, '');
    c.table.set(c.i, COL.varselEvaluering, '');
    followUp = t.documents.evaluationClosed(c.saksnr);
  } else {
    if (c.status === 'Aktivitetsplan')
      changeStatus(c, 'Evalueres', { today: date, settings, log: job.log, t });
    const next = effect.nextEvaluation!;
    c.table.set(c.i, COL.nesteEvaluering, dateCell(next));
    c.table.set(c.i, COL.varselEvaluering, dateCell(soonFrom(next, settings.calendar, settings.deadlines)));
    followUp = t.documents.evaluationNext(c.saksnr, formatNorwegian(next));
  }
  c.table.flush();
  job.log.flush(c.ss);
  return {
    status: 'done',
    message: madeMessage(t, generated, followUp),
    url: generated.url,
    title: generated.name,
  };
}

/** The next evaluation asked for, or the default; never in the past. */
function parseNext(
  req: EvaluationRequest,
  today: LocalDate,
  settings: ReturnType<typeof readSettings>,
  t: Messages,
): LocalDate | null {
  if (req.konklusjon === 'avslutte') return null;
  if (!req.nesteEvaluering) return defaultNextEvaluation(today, settings.deadlines, settings.calendar);
  const next = parseLocalDate(req.nesteEvaluering);
  if (!next) throw new UserError(t.documents.badDate(req.nesteEvaluering));
  if (next < today) throw new UserError(t.documents.pastDate(formatNorwegian(next)));
  return next;
}

function writeVerdict(
  table: ReturnType<typeof measuresTable>,
  m: Measure,
  u: ReturnType<typeof measureUpdate>,
): void {
  table.set(m.i, MEASURE_COL.status, u.status);
  table.set(m.i, MEASURE_COL.vurdering, u.vurdering);
  if (u.evalueres) table.set(m.i, MEASURE_COL.evalueres, dateCell(u.evalueres));
  if (u.til) table.set(m.i, MEASURE_COL.til, dateCell(u.til));
}
