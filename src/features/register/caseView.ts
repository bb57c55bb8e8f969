import { isSerious } from '../../domain/cases/caseRecord';
import { deadlineAlerts } from '../../domain/cases/deadlines';
import type { Settings } from '../../domain/settings/settings';
import { formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import { cellDate, cellText } from '../../gas/cellValues';
import { Table } from '../../gas/table';
import type { SelectedCase } from './selectedCase';

/** Everything the case sidebar shows, as plain strings (safe to send through google.script.run). */
export interface CaseView {
  saksnr: string;
  status: string;
  fields: { label: string; value: string }[];
  deadlines: { label: string; date: string; state: 'overdue' | 'soon' | 'done' | '' }[];
  texts: { label: string; value: string }[];
  log: { time: string; who: string; subDuty: string; event: string; details: string }[];
  measures: { tiltak: string; niva: string; hvem: string; evalueres: string; status: string }[];
  serious: boolean;
}

const show = (d: LocalDate | null) => (d ? formatNorwegian(d) : '');

export function caseView(c: SelectedCase, settings: Settings, today: LocalDate): CaseView {
  const r = c.record;
  const row = {
    status: r.status,
    investigationDue: r.fristUndersokelse,
    planDue: r.fristAktivitetsplan,
    nextEvaluation: r.nesteEvaluering,
  };
  const alerts = new Map(
    deadlineAlerts(row, today, settings.calendar, settings.deadlines).map((a) => [a.step, a.state]),
  );
  const step = (
    label: string,
    due: LocalDate | null,
    key: 'undersøkelse' | 'aktivitetsplan' | 'evaluering',
    doneOn: LocalDate | null,
  ) => ({
    label,
    date: show(due),
    state: (alerts.get(key) ?? (doneOn ? 'done' : '')) as CaseView['deadlines'][number]['state'],
  });

  const log: CaseView['log'] = [];
  const logSheet = c.ss.getSheetByName('Logg');
  if (logSheet) {
    const t = Table.read(logSheet, { formulas: false });
    for (let r = 0; r < t.rowCount; r++) {
      if (cellText(t.get(r, 'Saksnr')) !== c.saksnr) continue;
      const at = t.get(r, 'Tid');
      log.push({
        time: at instanceof Date ? Utilities.formatDate(at, 'Europe/Oslo', 'dd.MM.yyyy HH:mm') : cellText(at),
        who: cellText(t.get(r, 'Bruker')),
        subDuty: cellText(t.get(r, 'Delplikt')),
        event: cellText(t.get(r, 'Hendelse')),
        details: cellText(t.get(r, 'Detaljer')),
      });
    }
  }
  const measures: CaseView['measures'] = [];
  const measureSheet = c.ss.getSheetByName('Tiltak');
  if (measureSheet) {
    const t = Table.read(measureSheet, { formulas: false });
    for (let r = 0; r < t.rowCount; r++) {
      if (cellText(t.get(r, 'Saksnr')) !== c.saksnr) continue;
      measures.push({
        tiltak: cellText(t.get(r, 'Tiltak')),
        niva: cellText(t.get(r, 'Nivå')),
        hvem: cellText(t.get(r, 'Hvem')),
        evalueres: show(cellDate(t.get(r, 'Evalueres'))),
        status: cellText(t.get(r, 'Status')),
      });
    }
  }
  return {
    saksnr: c.saksnr,
    status: r.status,
    serious: isSerious(r),
    fields: [
      { label: 'Elev', value: r.elev },
      { label: 'Klasse', value: r.klasse },
      { label: 'Kategori', value: r.kategori },
      { label: 'Meldt av', value: `${r.meldtAv} (${r.rolle.toLowerCase()})` },
      { label: 'Rektor kjent', value: show(r.rektorKjent) },
      { label: 'Ansvarlig', value: r.ansvarlig || '–' },
      { label: 'Statsforvalter fra', value: show(r.statsforvalterFra) },
    ],
    deadlines: [
      step('Start undersøkelsen', row.investigationDue, 'undersøkelse', r.undersokelseStartet),
      step('Aktivitetsplan', row.planDue, 'aktivitetsplan', r.planIverksatt),
      step('Neste evaluering', row.nextEvaluation, 'evaluering', null),
    ],
    texts: [
      { label: 'Hva har skjedd', value: r.hvaSkjedde },
      { label: 'Når', value: r.naar },
      { label: 'Hvor', value: r.hvor },
      { label: 'Har noen grepet inn', value: r.grepetInn },
      { label: 'Eleven har sagt fra', value: r.elevenSagtFra },
    ].filter((x) => x.value),
    log,
    measures,
  };
}
