import { absenceAlerts } from '../../domain/cases/absence';
import { hasAgreement, hasPlan } from '../../domain/cases/caseRecord';
import { formatNorwegian } from '../../domain/time/localDate';
import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import { REGISTER_SHEET } from '../register/registerSheet';

/**
 * Daily, after «Frister» (which brought every case's dates up to date): the absence routine's passed and
 * near deadlines (the meeting with the family, the samarbeidsavtale, the next follow-up) go into the
 * digest beside chapter 12's, and the digest names the plans not yet registered as given to the parents
 * (legal review G4). Case numbers only, as every line of the digest.
 */
export const followUpTask: DailyTask = {
  name: 'Fravær og foresatte',
  run(ctx) {
    const { settings, clock } = ctx;
    const t = messages(settings.language);
    const register = ctx.work.register();
    const notGiven: string[] = [];
    for (const row of ctx.register().cases) {
      const c = register.current(row);
      if (c.status === 'Avsluttet') continue;
      for (const alert of absenceAlerts(
        {
          status: c.status,
          route: c.fravaer,
          from: c.fravaerFra,
          meetingHeld: c.familiemote,
          hasAgreement: hasAgreement(c),
          due: {
            familiemøte: c.fristFamiliemote,
            samarbeidsavtale: c.fristSamarbeidsavtale,
            oppfølging: c.nesteOppfolging,
          },
        },
        clock.today,
        settings.calendar,
        settings.deadlines,
      )) {
        ctx.alerts.push({
          saksnr: c.saksnr,
          step: t.daily.steps[alert.step],
          due: formatNorwegian(alert.due),
          overdue: alert.state === 'overdue',
          link: ctx.link(REGISTER_SHEET.name, row.sheetRow),
        });
      }
      // A plan made before today and not given to the parents since.
      if (
        hasPlan(c) &&
        c.planIverksatt &&
        c.planIverksatt < clock.today &&
        !(c.planGittForesatte && c.planGittForesatte >= c.planIverksatt)
      )
        notGiven.push(c.saksnr);
    }
    if (notGiven.length > 0) {
      const shown =
        notGiven.slice(0, 20).join(', ') +
        (notGiven.length > 20 ? t.daily.andMore(notGiven.length - 20) : '');
      ctx.digest.push(t.daily.planNotGiven(notGiven.length, shown));
    }
  },
};
