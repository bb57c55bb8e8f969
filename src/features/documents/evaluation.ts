import { type CaseRecord, hasPlan } from '../../domain/cases/caseRecord';
import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import { evaluationValues, isBarnevern, type MeasureInput } from '../../domain/documents/documentData';
import { evaluationEffect, measureUpdate } from '../../domain/documents/measures';
import {
  type DialogResult,
  type EvaluationRequest,
  parseEvaluationRequest,
} from '../../domain/documents/requests';
import { formatNorwegian, type LocalDate, parseLocalDate } from '../../domain/time/localDate';
import { dateCell } from '../../gas/cellValues';
import { systemClock } from '../../gas/clock';
import type { Messages } from '../../i18n';
import type { LogEntry } from '../log/auditLog';
import {
  activeMeasures,
  caseMeasures,
  folderOwners,
  homeMeasures,
  type Measure,
  measureInput,
  measureRow,
  measuresTable,
} from '../measures/measures';
import { MEASURE_COL } from '../measures/measuresSheet';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { statusChange } from '../register/caseActions';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import { type Work, withWork } from '../register/work';
import type { readSettings } from '../settings/settingsSheet';
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

/** An evaluation follows a written plan: the case is in «Aktivitetsplan» or «Evalueres» and has its plan. */
function assertEvaluationAllowed(c: SelectedCase, t: Messages): void {
  const status = c.record.status;
  if (status === 'Avsluttet') throw new UserError(t.documents.closedCase(c.saksnr));
  if ((status !== 'Aktivitetsplan' && status !== 'Evalueres') || !hasPlan(c.record))
    throw new UserError(t.documents.noPlanYet(c.saksnr));
}

/** Menu «Lag evaluering»: opens the evaluation dialog for the selected case. */
export function openEvaluationDialog(c: SelectedCase, t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  assertEvaluationAllowed(c, t);
  // The evaluation goes home: cooperation with barnevernet is never in it.
  const measures = homeMeasures(activeMeasures(caseMeasures(measuresTable(c.ss), c.saksnr)));
  if (measures.length === 0) throw new UserError(t.documents.noMeasures(c.saksnr));
  const settings = c.settings;
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
    return withWork(Session.getActiveUser().getEmail(), (w) => {
      t = w.t;
      return makeEvaluation(req, w);
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

function makeEvaluation(sent: EvaluationRequest, w: Work): DialogResult {
  const { t, settings } = w;
  const req = { ...sent, newMeasures: sent.newMeasures.filter((n) => n.tiltak.trim() !== '') };
  const c = caseByNumber(t, req.saksnr, undefined, { ss: w.ss, register: w.register(), settings });
  assertEvaluationAllowed(c, t);
  const today = w.clock.today;
  const job = caseJob(w, c);
  const again = alreadyDone(job, 'evaluering', req.requestId);
  if (again) return again;

  const date = req.date ? parseLocalDate(req.date) : today;
  if (!date) throw new UserError(t.documents.badDate(req.date));
  // A case is closed as "safe" only when the evaluation says the problem is solved; otherwise the
  // reason it is closed anyway (the student changed school, say) must be written.
  if (req.konklusjon === 'avslutte' && req.problemetLost !== 'ja' && !req.begrunnelse.trim())
    throw new UserError(t.documents.closeNeedsReason);
  const effect = evaluationEffect(req.konklusjon, parseNext(req, today, settings, t));
  const table = measuresTable(c.ss, true);
  const all = caseMeasures(table, c.saksnr);
  const active = activeMeasures(all);
  // Looked up among all the case's measures: a retry after a partial run finds a measure it already closed.
  const decided = req.decisions.map((d) => {
    const m = all.find((x) => x.row === d.row && x.tiltak === d.tiltak.trim());
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
  // Shared with the school's own people on the case; everyone the evaluation prints must have a name.
  const owners = [...folderOwners(active), ...req.newMeasures.map((n) => n.hvem)];
  const printed = [...active.map((m) => m.hvem), ...req.newMeasures.map((n) => n.hvem)];
  const findings = findNames(c, [...texts, ...measureTexts(active)], c.record.elev, [
    settings.schoolName,
    req.deltakere,
    ...printed,
  ]);
  if (findings.length > 0 && !req.anonymity) {
    return { status: 'names', message: t.documents.namesFound, names: findings };
  }
  const school = schoolOf(w);
  requireNamed(school.people, [c.record.ansvarlig, ...printed], t);
  const clean = (s: string) => replaceNames(s, req.anonymity === 'replace' ? findings : []);

  const rows: MeasureInput[] = [
    ...decided.map(({ m, d }) => ({
      ...measureInput(m, settings.language),
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
    school,
    case: caseInput(c.record, settings.language),
    date,
    // The plan made here, or else the day the register says the plan was put in place.
    planDato: job.docs.lastPlanDate ?? c.record.planIverksatt,
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
  const made = makeCaseDocument(job, 'evaluering', values, {
    pdf: req.pdf,
    measureOwners: owners,
    request: req.requestId,
    note: `${anonymityNote(findings, req.anonymity)}${req.eksternHjelp.some(isBarnevern) ? ` ${BARNEVERN_NOTE}` : ''}`,
  });

  // The measures follow the verdicts (setting the same verdict again is harmless on a retry).
  for (const { m, d } of decided)
    writeVerdict(table, m, measureUpdate(d.verdict, d.kommentar, date, effect.nextEvaluation));
  table.flush();
  const count = (v: string) => decided.filter(({ d }) => d.verdict === v).length;
  const assessed = {
    subDuty: 'evaluering' as const,
    event: 'Tiltak vurdert',
    details:
      `${decided.length} tiltak vurdert: ${count('videreføre')} videreføres, ${count('endre')} endres, ` +
      `${count('avslutte')} avsluttes. ${req.newMeasures.length} nye tiltak.`,
  };

  // The register follows: closed when the student feels safe (or with the reason written), otherwise
  // the next evaluation. One operation with the log rows and the new measures.
  let record: CaseRecord = { ...c.record, sistEvaluert: date };
  const log: Omit<LogEntry, 'saksnr'>[] = [made.log, assessed];
  let followUp: string;
  if (effect.close) {
    const reason =
      req.problemetLost === 'ja'
        ? t.documents.closedReason(formatNorwegian(date))
        : t.documents.closedReasonOther(formatNorwegian(date), req.begrunnelse.trim());
    const closed = statusChange({ sheetRow: c.row.sheetRow, record }, 'Avsluttet', {
      today: date,
      t,
      reason,
    });
    record = { ...closed.record, nesteEvaluering: null };
    log.push(...(closed.op?.log ?? []));
    followUp = t.documents.evaluationClosed(c.saksnr);
  } else {
    if (record.status === 'Aktivitetsplan') {
      const moved = statusChange({ sheetRow: c.row.sheetRow, record }, 'Evalueres', { today: date, t });
      record = moved.record;
      log.push(...(moved.op?.log ?? []));
    }
    const next = effect.nextEvaluation!;
    record = { ...record, nesteEvaluering: next };
    followUp = t.documents.evaluationNext(c.saksnr, formatNorwegian(next));
  }
  w.commit([
    {
      saksnr: c.saksnr,
      row: c.row,
      record,
      log,
      measures: req.newMeasures.map((n) =>
        measureRow(c.saksnr, {
          tiltak: n.tiltak,
          niva: n.niva,
          hvem: n.hvem,
          fra: date,
          evalueres: effect.nextEvaluation,
        }),
      ),
    },
  ]);
  return {
    status: 'done',
    message: madeMessage(
      t,
      made.generated,
      [followUp, made.sharingNote].filter((s) => s !== '').join('\n\n'),
    ),
    url: made.generated.url,
    title: made.generated.name,
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
