import { absenceAlerts } from '../../domain/cases/absence';
import { hasAgreement, isSerious } from '../../domain/cases/caseRecord';
import { deadlineAlerts, documentationAlert } from '../../domain/cases/deadlines';
import { SUB_DUTIES } from '../../domain/cases/lifecycle';
import { nextSteps } from '../../domain/cases/nextSteps';
import { documentsFromLog, logEntriesFromRows } from '../../domain/documents/caseDocuments';
import { isImposed } from '../../domain/documents/measures';
import { formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import type { Messages } from '../../i18n';
import {
  caseStatusLabel,
  categoryLabel,
  logDetailsLabel,
  logEventLabel,
  measureStatusLabel,
} from '../../i18n/labels';
import type { CaseViewData } from '../../ui/contract';
import { routineLines } from '../absence/routine';
import { caseLogRows } from '../log/caseLog';
import { caseMeasures, measuresTable } from '../measures/measures';
import type { SelectedCase } from './selectedCase';

const show = (d: LocalDate | null) => (d ? formatNorwegian(d) : '');

function time(value: Date | { date: LocalDate; time?: string }): string {
  if (value instanceof Date) return Utilities.formatDate(value, 'Europe/Oslo', 'dd.MM.yyyy HH:mm');
  return `${formatNorwegian(value.date)}${value.time ? ` ${value.time}` : ''}`;
}

/**
 * Everything the case sidebar shows, as plain strings (safe through google.script.run): the head, the
 * deadlines in words and colour, the chronology from «Logg» by sub-duty, the measures, the documents
 * as links and the next steps the case allows. Reads the case's row, its measures and its own log rows.
 */
export function caseView(c: SelectedCase, t: Messages, today: LocalDate): CaseViewData {
  const r = c.record;
  const s = t.sidebar;
  const settings = c.settings;
  const alerts = new Map(
    deadlineAlerts(
      {
        status: r.status,
        investigationDue: r.fristUndersokelse,
        planDue: r.fristAktivitetsplan,
        nextEvaluation: r.nesteEvaluering,
      },
      today,
      settings.calendar,
      settings.deadlines,
    ).map((a) => [a.step, a.state]),
  );
  const step = (
    label: string,
    due: LocalDate | null,
    key: 'undersøkelse' | 'aktivitetsplan' | 'evaluering' | null,
    doneOn: LocalDate | null,
    pendingState?: 'overdue' | 'soon' | '',
  ): CaseViewData['deadlines'][number] => {
    const state = (key ? alerts.get(key) : pendingState) || (doneOn ? 'done' : '');
    return { label, date: show(due), state, stateText: s.state[state || 'none'] };
  };
  const skoleeierState: 'overdue' | 'soon' | '' =
    r.fristSkoleeier && !r.skoleeierVarslet && r.status !== 'Avsluttet'
      ? r.fristSkoleeier < today
        ? 'overdue'
        : r.fristSkoleeier <= today
          ? 'soon'
          : ''
      : '';

  const absence = new Map(
    absenceAlerts(
      {
        status: r.status,
        route: r.fravaer,
        from: r.fravaerFra,
        meetingHeld: r.familiemote,
        hasAgreement: hasAgreement(r),
        due: {
          familiemøte: r.fristFamiliemote,
          samarbeidsavtale: r.fristSamarbeidsavtale,
          oppfølging: r.nesteOppfolging,
        },
      },
      today,
      settings.calendar,
      settings.deadlines,
    ).map((a) => [a.step, a.state]),
  );
  const absenceStep = (
    label: string,
    due: LocalDate | null,
    key: 'familiemøte' | 'samarbeidsavtale' | 'oppfølging',
    isDone: boolean,
  ): CaseViewData['deadlines'][number] => {
    const state = absence.get(key) ?? (isDone ? 'done' : '');
    return { label, date: show(due), state, stateText: s.state[state || 'none'] };
  };

  const documentationState =
    documentationAlert(
      { due: r.fristStatsforvalter, sent: r.dokumentasjonSendt },
      today,
      settings.calendar,
      settings.deadlines,
    )?.state ?? '';

  const logRows = caseLogRows(c.ss, c.saksnr);
  const entries = logEntriesFromRows(logRows);
  const chronology = SUB_DUTIES.map((d) => ({
    subDuty: t.events.subDuties[d],
    entries: entries
      .filter((e) => e.subDuty === d)
      .map((e) => ({
        time: time(e.time),
        who: e.user,
        event: logEventLabel(t, e.event),
        details: logDetailsLabel(t, e.event, e.details ?? ''),
      })),
  })).filter((g) => g.entries.length > 0);
  const measures = caseMeasures(measuresTable(c.ss), c.saksnr);
  const active = measures.filter((m) => m.status !== 'Avsluttet').length;
  const actions = nextSteps(r, active, today).map((a) => ({
    id: a.id,
    label: s.actions[a.id],
    primary: a.primary,
  }));

  return {
    saksnr: c.saksnr,
    row: c.row.sheetRow,
    status: caseStatusLabel(t, r.status),
    serious: isSerious(r),
    incomplete: r.kompletteres,
    head: [
      { label: s.fields.student, value: r.elev },
      { label: s.fields.className, value: r.klasse },
      { label: s.fields.category, value: categoryLabel(t, r.kategori) },
      { label: s.fields.reportedBy, value: `${r.meldtAv} (${r.rolle.toLowerCase()})` },
      { label: s.fields.channel, value: r.kanal ? `${r.kanal}${r.mottattAv ? `, ${r.mottattAv}` : ''}` : '' },
      { label: s.fields.known, value: show(r.rektorKjent) },
      { label: s.fields.responsible, value: r.ansvarlig || '–' },
      { label: s.fields.statsforvalter, value: show(r.statsforvalterFra) },
      { label: s.fields.statsforvalterMeldt, value: show(r.statsforvalterMeldt) },
      { label: s.fields.dokumentasjonSendt, value: show(r.dokumentasjonSendt) },
      { label: s.fields.statsforvalterVedtak, value: show(r.statsforvalterVedtak) },
      { label: s.fields.parentsInformed, value: show(r.foresatteInformert) },
      { label: s.fields.consent, value: r.samtykke },
    ].filter((f) => f.value),
    deadlines: [
      step(s.steps.investigation, r.fristUndersokelse, 'undersøkelse', r.undersokelseStartet),
      step(s.steps.plan, r.fristAktivitetsplan, 'aktivitetsplan', r.planIverksatt),
      step(s.steps.evaluation, r.nesteEvaluering, 'evaluering', null),
      step(s.steps.skoleeier, r.fristSkoleeier, null, r.skoleeierVarslet, skoleeierState),
      step(s.steps.statsforvalter, r.fristStatsforvalter, null, r.dokumentasjonSendt, documentationState),
      ...(r.fravaer
        ? [
            absenceStep(s.steps.meeting, r.fristFamiliemote, 'familiemøte', r.familiemote !== null),
            absenceStep(s.steps.agreement, r.fristSamarbeidsavtale, 'samarbeidsavtale', hasAgreement(r)),
            absenceStep(s.steps.followUp, r.nesteOppfolging, 'oppfølging', false),
          ]
        : []),
    ].filter((d) => d.date),
    texts: [
      { label: s.fields.what, value: r.hvaSkjedde },
      { label: s.fields.when, value: r.naar },
      { label: s.fields.where, value: r.hvor },
      { label: s.fields.intervened, value: r.grepetInn },
      { label: s.fields.studentSaid, value: r.elevenSagtFra },
    ].filter((x) => x.value),
    chronology,
    measures: measures.map((m) => ({
      tiltak: m.tiltak,
      meta: [
        m.niva,
        m.hvem,
        m.evalueres ? s.evaluated(formatNorwegian(m.evalueres)) : '',
        measureStatusLabel(t, m.status),
        isImposed(m.kilde) ? t.statsforvalter.imposed : '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    documents: documentsFromLog(logRows).map((d) => ({ title: d.title ?? '', url: d.url ?? '' })),
    actions,
    ...(r.fravaer ? { routine: routineLines(r, logRows, t) } : {}),
  };
}
