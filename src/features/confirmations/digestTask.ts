import {
  DIGEST_MAX_NAMES,
  digestText,
  missingConfirmations,
  parseEmails,
} from '../../domain/notices/reminders';
import { daysBetween } from '../../domain/time/localDate';
import { schoolYearOf } from '../../domain/wheel/recurrence';
import type { DailyTask } from '../daily/dailyTask';
import { tiltaksplanOf, wheelOf } from '../wheel/runCache';
import { CONFIRMATIONS_COL, CONFIRMATIONS_SHEET } from './confirmationsSheet';

/** Days after the first school day before the digest starts naming those who have not confirmed. */
export const CONFIRMATION_GRACE_DAYS = 28;

/**
 * From four weeks after `Skolestart` (this school year's), the rektor's digest says how many have
 * confirmed and names the known staff who have not. "Known staff" (the product keeps no staff list):
 * the rektor and the leadership from the settings, every address responsible for something in the årshjul
 * or the tiltaksplan, and everyone who confirmed in an earlier school year.
 */
export const confirmationsDigestTask: DailyTask = {
  name: 'Kvitteringer: hvem mangler',
  run(ctx) {
    const start = ctx.settings.schoolStart;
    const today = ctx.clock.today;
    if (!start) return;
    const year = schoolYearOf(today);
    if (schoolYearOf(start) !== year || daysBetween(start, today) < CONFIRMATION_GRACE_DAYS) return;

    const sheet = ctx.ss.getSheetByName(CONFIRMATIONS_SHEET.name);
    if (!sheet) return;
    const [header = [], ...rows] = sheet.getDataRange().getValues();
    const col = (h: string) => header.findIndex((x) => String(x).trim() === h);
    const emailCol = col(CONFIRMATIONS_COL.epost);
    const yearCol = col(CONFIRMATIONS_COL.skolear);
    if (emailCol < 0 || yearCol < 0) return;
    const confirmations = rows.map((r) => ({
      email: String(r[emailCol] ?? ''),
      schoolYear: String(r[yearCol] ?? ''),
    }));

    const known = [ctx.settings.rektorEmail, ...ctx.settings.leadership];
    for (const r of wheelOf(ctx)?.rows ?? []) known.push(...parseEmails(r.epost).emails);
    for (const e of tiltaksplanOf(ctx)) known.push(...parseEmails(e.ansvarligEpost).emails);

    const { confirmed, missing } = missingConfirmations({ schoolYear: year, known, confirmations });
    const d = digestText(ctx.settings.language);
    if (missing.length === 0) {
      if (confirmed.length > 0) ctx.digest.push(d.confirmedAll(year, confirmed.length));
      return;
    }
    const shown = missing.slice(0, DIGEST_MAX_NAMES);
    ctx.digest.push(
      d.confirmedSome(
        year,
        confirmed.length,
        shown,
        missing.length - shown.length,
        ctx.settings.confirmFormUrl,
      ),
    );
  },
};
