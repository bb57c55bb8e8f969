import { deadlineAlerts, documentationAlert } from '../../domain/cases/deadlines';
import { formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import { formatRegister } from './registerFormat';
import { REGISTER_SHEET } from './registerSheet';

/**
 * Daily: brings every open case's derived dates up to date (a holiday added, a setting or a date
 * corrected: caseRecord.withDerivedDates) and collects the passed and near deadlines for the digest.
 * Only the cells that changed are written (register.ts), in one call per run of changed rows.
 */
export const deadlinesTask: DailyTask = {
  name: 'Frister',
  run(ctx) {
    const { settings, clock } = ctx;
    const register = ctx.work.register();
    const steps = messages(settings.language).daily.steps;
    const line = (
      saksnr: string,
      sheetRow: number,
      alert: { step: string; due: LocalDate; state: string },
    ) => ({
      saksnr,
      step: steps[alert.step as keyof typeof steps],
      due: formatNorwegian(alert.due),
      overdue: alert.state === 'overdue',
      link: ctx.link(REGISTER_SHEET.name, sheetRow),
    });
    for (const row of ctx.register().cases) {
      // § 12-6: the documentation to Statsforvalteren is due whatever the status, a closed case too.
      const documentation = documentationAlert(
        { due: row.record.fristStatsforvalter, sent: row.record.dokumentasjonSendt },
        clock.today,
        settings.calendar,
        settings.deadlines,
      );
      const statsforvalter = documentation ? [{ step: 'statsforvalter' as never, ...documentation }] : [];
      if (row.record.status === 'Avsluttet') {
        for (const alert of statsforvalter) ctx.alerts.push(line(row.record.saksnr, row.sheetRow, alert));
        continue;
      }
      const c = register.update(row, (r) => r);
      const alerts = deadlineAlerts(
        {
          status: c.status,
          investigationDue: c.fristUndersokelse,
          planDue: c.fristAktivitetsplan,
          nextEvaluation: c.nesteEvaluering,
        },
        clock.today,
        settings.calendar,
        settings.deadlines,
      );
      if (c.fristSkoleeier && !c.skoleeierVarslet && c.fristSkoleeier <= clock.today)
        alerts.push({
          step: 'skoleeier' as never,
          due: c.fristSkoleeier,
          state: c.fristSkoleeier < clock.today ? 'overdue' : 'soon',
        });
      for (const alert of [...alerts, ...statsforvalter])
        ctx.alerts.push(line(c.saksnr, row.sheetRow, alert));
    }
    register.flush();
    formatRegister(register.sheet, settings, ctx.state, { positions: register.positions() });
  },
};
