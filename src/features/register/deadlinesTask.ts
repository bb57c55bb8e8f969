import { computeDeadlines, deadlineAlerts, defaultNextEvaluation } from '../../domain/cases/deadlines';
import { isCaseStatus } from '../../domain/cases/lifecycle';
import { soonFrom } from '../../domain/cases/newCase';
import { formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import { cellDate, cellText, dateCell } from '../../gas/cellValues';
import type { DailyTask } from '../daily/dailyTask';
import { formatRegister } from './registerFormat';
import { COL, REGISTER_SHEET } from './registerSheet';

const STEP_NAMES = {
  nb: { undersøkelse: 'start undersøkelsen', aktivitetsplan: 'aktivitetsplan', evaluering: 'evaluering' },
  nn: { undersøkelse: 'start undersøkinga', aktivitetsplan: 'aktivitetsplan', evaluering: 'evaluering' },
} as const;

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
    const calendar = settings.calendar;
    const update = (i: number, header: string, date: LocalDate | null) => {
      if (!table.has(header) || cellDate(table.get(i, header)) === date) return;
      table.set(i, header, dateCell(date));
    };
    for (let i = 0; i < table.rowCount; i++) {
      const saksnr = cellText(table.get(i, COL.saksnr));
      const status = cellText(table.get(i, COL.status));
      if (!saksnr || !isCaseStatus(status) || status === 'Avsluttet') continue;
      const known = cellDate(table.get(i, COL.rektorKjent));
      if (known) {
        const d = computeDeadlines({
          rektorKnownOn: known,
          serious: cellText(table.get(i, COL.ansattInvolvert)) === 'Ja',
          calendar,
          settings: settings.deadlines,
        });
        if (status === 'Meldt') update(i, COL.fristUndersokelse, d.investigation);
        if (status === 'Meldt' || status === 'Undersøkes') update(i, COL.fristAktivitetsplan, d.plan);
        update(i, COL.statsforvalterFra, d.statsforvalterFrom);
      }
      const plannedOn = cellDate(table.get(i, COL.planIverksatt));
      if (
        (status === 'Aktivitetsplan' || status === 'Evalueres') &&
        !cellDate(table.get(i, COL.nesteEvaluering)) &&
        plannedOn
      ) {
        update(i, COL.nesteEvaluering, defaultNextEvaluation(plannedOn, settings.deadlines, calendar));
      }
      const row = {
        status,
        investigationDue: cellDate(table.get(i, COL.fristUndersokelse)),
        planDue: cellDate(table.get(i, COL.fristAktivitetsplan)),
        nextEvaluation: cellDate(table.get(i, COL.nesteEvaluering)),
      };
      update(
        i,
        COL.varselUndersokelse,
        row.investigationDue ? soonFrom(row.investigationDue, calendar, settings.deadlines) : null,
      );
      update(
        i,
        COL.varselAktivitetsplan,
        row.planDue ? soonFrom(row.planDue, calendar, settings.deadlines) : null,
      );
      update(
        i,
        COL.varselEvaluering,
        row.nextEvaluation ? soonFrom(row.nextEvaluation, calendar, settings.deadlines) : null,
      );
      for (const alert of deadlineAlerts(row, clock.today, calendar, settings.deadlines)) {
        ctx.alerts.push({
          saksnr,
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
