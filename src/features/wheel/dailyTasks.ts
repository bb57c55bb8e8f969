/**
 * The årshjul's part of the daily job: keep `Status` (and a missing `Neste`) current, and remind the
 * people responsible for årshjul activities and tiltaksplan measures. Service calls are constant in the
 * number of rows: one read of each sheet (shared through `runCache`), one write of the changed rows.
 */
import {
  digestText,
  parseEmails,
  planReminders,
  type TiltakReminderItem,
  type WheelReminderItem,
} from '../../domain/notices/reminders';
import { addDays, parts, startOfLocalDate, weekday } from '../../domain/time/localDate';
import { type DailyTask, firstTimeToday } from '../daily/dailyTask';
import { TILTAKSPLAN_SHEET } from '../tiltaksplan/tiltaksplanSheet';
import { tiltaksplanOf, wheelOf } from './runCache';
import { needsAttention, statusLabel } from './wheelRows';
import { WHEEL_COL, WHEEL_SHEET } from './wheelSheet';

/** DocState: the day the reminders last went out (at most one round a day). */
export const REMINDERS_DAY = 'reminders:day';
/** DocState: fingerprints of what each person has been told (space-separated; see planReminders). */
export const REMINDERS_SEEN = 'reminders:seen';
/** A document property holds at most 9 kB: this many fingerprints stay well below. */
const MAX_SEEN = 1000;

/** Recomputes `Status` for every row, fills a missing `Neste`, rolls daily routines forward. */
export const wheelStatusTask: DailyTask = {
  name: 'Årshjul: status',
  run(ctx) {
    const wheel = wheelOf(ctx);
    if (!wheel) return;
    const { table, rows } = wheel;
    const language = ctx.settings.language;
    const canNext = table.has(WHEEL_COL.neste);
    const canStatus = table.has(WHEEL_COL.status);
    let overdue = 0;
    let soon = 0;
    const bad: number[] = [];
    for (const r of rows) {
      const e = r.eval;
      if (e.blank) continue;
      if (canNext && e.nextChanged && e.next) table.set(r.i, WHEEL_COL.neste, startOfLocalDate(e.next));
      if (canStatus && e.status) {
        const label = statusLabel(e.status, language);
        if (table.text(r.i, WHEEL_COL.status) !== label) table.set(r.i, WHEEL_COL.status, label);
      }
      if (e.status === 'ugyldig') bad.push(table.sheetRow(r.i));
      if (needsAttention(e)) {
        if (e.status === 'forfalt') overdue++;
        else soon++;
      }
    }
    table.flush();
    const d = digestText(language);
    if (overdue + soon > 0) ctx.digest.push(d.wheel(overdue, soon, ctx.link(WHEEL_SHEET.name)));
    if (bad.length > 0) ctx.digest.push(d.badRecurrence(bad, ctx.link(WHEEL_SHEET.name, bad[0])));
  },
};

/** Monday of the week: the tiltaksplan's reminder round, so its reminders repeat once a week. */
function weekOf(date: Parameters<typeof weekday>[0]): string {
  return addDays(date, 1 - weekday(date));
}

/**
 * At most one e-mail a day per responsible address (`Ansvarlig (e-post)`, comma-separated), and only
 * when there is something new to tell: an årshjul activity due in the coming week or newly overdue, and,
 * in May and June, once a week, the tiltaksplan measures still missing `Evaluering` or `Videre arbeid`.
 * Daily routines are never reminded about. A second run the same day sends nothing.
 */
export const remindersTask: DailyTask = {
  name: 'Påminnelser: årshjul og tiltaksplan',
  run(ctx) {
    if (!firstTimeToday(ctx, REMINDERS_DAY)) return;
    const today = ctx.clock.today;
    const language = ctx.settings.language;
    const d = digestText(language);

    const wheelItems: WheelReminderItem[] = [];
    const badWheel: number[] = [];
    const wheel = wheelOf(ctx);
    for (const r of wheel?.rows ?? []) {
      if (r.eval.blank) continue;
      const row = wheel!.table.sheetRow(r.i);
      const { emails, invalid } = parseEmails(r.epost);
      if (invalid.length > 0) badWheel.push(row);
      if (emails.length === 0 || !needsAttention(r.eval) || r.eval.next === null) continue;
      wheelItems.push({
        key: r.aktivitet,
        aktivitet: r.aktivitet,
        due: r.eval.next,
        overdue: r.eval.status === 'forfalt',
        link: ctx.link(WHEEL_SHEET.name, row),
        emails,
      });
    }

    const tiltakItems: TiltakReminderItem[] = [];
    const badPlan: number[] = [];
    const month = parts(today).month;
    if (month === 5 || month === 6) {
      let missing = 0;
      for (const e of tiltaksplanOf(ctx)) {
        const missingEvaluering = e.evaluering === '';
        const missingVidereArbeid = e.videreArbeid === '';
        const { emails, invalid } = parseEmails(e.ansvarligEpost);
        if (invalid.length > 0) badPlan.push(e.row);
        if (!missingEvaluering && !missingVidereArbeid) continue;
        missing++;
        if (emails.length === 0) continue;
        tiltakItems.push({
          key: `${e.maal}|${e.tiltak}`,
          niva: e.nivaText,
          tiltak: e.tiltak || e.maal,
          missingEvaluering,
          missingVidereArbeid,
          link: ctx.link(TILTAKSPLAN_SHEET.name, e.row),
          emails,
        });
      }
      if (missing > 0) ctx.digest.push(d.tiltak(missing, ctx.link(TILTAKSPLAN_SHEET.name)));
    }

    const seen = new Set((ctx.state.get(REMINDERS_SEEN) ?? '').split(' ').filter(Boolean));
    const plan = planReminders({
      today,
      language,
      wheel: wheelItems,
      tiltak: tiltakItems,
      seen,
      tiltakRound: weekOf(today),
    });
    ctx.mails.push(...plan.mails);
    ctx.state.set(REMINDERS_SEEN, plan.seen.slice(0, MAX_SEEN).join(' '));
    if (badWheel.length > 0) ctx.digest.push(d.badEmails(WHEEL_SHEET.name, badWheel));
    if (badPlan.length > 0) ctx.digest.push(d.badEmails(TILTAKSPLAN_SHEET.name, badPlan));
  },
};
