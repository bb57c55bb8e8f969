import {
  computeDeadlines,
  type DeadlineAlert,
  deadlineAlerts,
  defaultNextEvaluation,
} from '../../domain/cases/deadlines';
import { isCaseStatus } from '../../domain/cases/lifecycle';
import { soonFrom } from '../../domain/cases/newCase';
import type { Settings } from '../../domain/settings/settings';
import { formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import { cellDate, cellText, dateCell } from '../../gas/cellValues';
import type { Table } from '../../gas/table';
import type { DailyTask } from '../daily/dailyTask';
import { formatRegister } from './registerFormat';
import { COL, REGISTER_SHEET } from './registerSheet';

const STEP_NAMES = {
  nb: { undersøkelse: 'start undersøkelsen', aktivitetsplan: 'aktivitetsplan', evaluering: 'evaluering' },
  nn: { undersøkelse: 'start undersøkinga', aktivitetsplan: 'aktivitetsplan', evaluering: 'evaluering' },
} as const;

/**
 * Brings one open case's derived dates up to date in memory: the deadlines from «Rektor kjent» for the steps
 * not yet done, a missing first evaluation, and the hidden "soon from" dates the colours use. Returns the
 * case's deadline state for today, or null for a row that is not an open case.
 */
export function refreshCaseDates(
  table: Table,
  i: number,
  settings: Settings,
  today: LocalDate,
): { saksnr: string; alerts: DeadlineAlert[] } | null {
  const calendar = settings.calendar;
  const update = (header: string, date: LocalDate | null) => {
    if (!table.has(header) || cellDate(table.get(i, header)) === date) return;
    table.set(i, header, dateCell(date));
  };
  const saksnr = cellText(table.get(i, COL.saksnr));
  const status = cellText(table.get(i, COL.status));
  if (!saksnr || !isCaseStatus(status) || status === 'Avsluttet') return null;
  const known = cellDate(table.get(i, COL.rektorKjent));
  if (known) {
    const d = computeDeadlines({
      rektorKnownOn: known,
      serious: cellText(table.get(i, COL.ansattInvolvert)) === 'Ja',
      calendar,
      settings: settings.deadlines,
    });
    if (status === 'Meldt') update(COL.fristUndersokelse, d.investigation);
    if (status === 'Meldt' || status === 'Undersøkes') update(COL.fristAktivitetsplan, d.plan);
    update(COL.statsforvalterFra, d.statsforvalterFrom);
  }
  const plannedOn = cellDate(table.get(i, COL.planIverksatt));
  if (
    (status === 'Aktivitetsplan' || status === 'Evalueres') &&
    !cellDate(table.get(i, COL.nesteEvaluering)) &&
    plannedOn
  ) {
    update(COL.nesteEvaluering, defaultNextEvaluation(plannedOn, settings.deadlines, calendar));
  }
  const row = {
    status,
    investigationDue: cellDate(table.get(i, COL.fristUndersokelse)),
    planDue: cellDate(table.get(i, COL.fristAktivitetsplan)),
    nextEvaluation: cellDate(table.get(i, COL.nesteEvaluering)),
  };
  const soon = (due: LocalDate | null) => (due ? soonFrom(due, calendar, settings.deadlines) : null);
  update(COL.varselUndersokelse, soon(row.investigationDue));
  update(COL.varselAktivitetsplan, soon(row.planDue));
  update(COL.varselEvaluering, soon(row.nextEvaluation));
  return { saksnr, alerts: deadlineAlerts(row, today, calendar, settings.deadlines) };
}

/**
 * Daily: brings every open case's deadlines up to date and collects the passed and near ones for the
 * digest. Deadlines are derived from «Rektor kjent» and the settings (a holiday added, a date corrected),
 * for the steps not yet done; only rows whose dates changed are written, in one call.
 */
export const deadlinesTask: DailyTask = {
  name: 'Frister',
  run(ctx) {
    const { settings, clock } = ctx;
    const table = ctx.table(REGISTER_SHEET.name);
    if (!table) return;
    for (let i = 0; i < table.rowCount; i++) {
      const found = refreshCaseDates(table, i, settings, clock.today);
      for (const alert of found?.alerts ?? []) {
        ctx.alerts.push({
          saksnr: found!.saksnr,
          step: STEP_NAMES[settings.language][alert.step],
          due: formatNorwegian(alert.due),
          overdue: alert.state === 'overdue',
          link: ctx.link(REGISTER_SHEET.name, table.sheetRow(i)),
        });
      }
    }
    table.flush();
    formatRegister(table.sheet, settings, ctx.state, { positions: table.positions() });
  },
};
