import { shorten } from '../../domain/notices/reminders';
import { formatNorwegian, startOfLocalDate } from '../../domain/time/localDate';
import { wheelCalendar } from '../../domain/wheel/recurrence';
import { markDone, wheelStatus } from '../../domain/wheel/wheelStatus';
import { systemClock } from '../../gas/clock';
import { withScriptLock } from '../../gas/lock';
import { Table } from '../../gas/table';
import type { Messages } from '../../i18n';
import { AuditLog } from '../log/auditLog';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { cellText, evaluateWheelRow, statusLabel } from './wheelRows';
import { WHEEL_COL, WHEEL_SHEET } from './wheelSheet';

/**
 * Marks the selected årshjul activity (or every activity in a multi-row selection) done today: writes
 * `Sist gjort`, moves `Neste` to the following occurrence, updates `Status` and logs it. Marking the same
 * row twice on one day changes nothing. Returns the message for the person who clicked.
 */
export function markSelectionDone(t: Messages): string {
  return withScriptLock(30_000, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const range = ss.getActiveRange();
    const sheet = range?.getSheet();
    if (!range || !sheet || sheet.getName() !== WHEEL_SHEET.name) throw new UserError(t.wheel.selectActivity);
    const firstRow = range.getRow();
    const lastRow = range.getLastRow();
    if (lastRow < 2) throw new UserError(t.wheel.selectActivity);

    const settings = readSettings(ss);
    const { language } = settings;
    const calendar = wheelCalendar(settings.calendar, settings.schoolStart);
    const clock = systemClock();
    const today = clock.today;
    const table = Table.read(sheet);

    const targets: { i: number; row: number; aktivitet: string; ev: ReturnType<typeof evaluateWheelRow> }[] =
      [];
    for (let row = Math.max(firstRow, 2); row <= Math.min(lastRow, table.rowCount + 1); row++) {
      const i = row - 2;
      const aktivitet = table.text(i, WHEEL_COL.aktivitet);
      if (aktivitet === '') continue;
      const ev = evaluateWheelRow(
        {
          aktivitet,
          gjentakelse: cellText(table.get(i, WHEEL_COL.gjentakelse)),
          neste: table.get(i, WHEEL_COL.neste),
          sistGjort: table.get(i, WHEEL_COL.sistGjort),
        },
        today,
        calendar,
        language,
      );
      if (!ev.rule) throw new UserError(t.wheel.badRecurrence(row, ev.ruleError ?? ''));
      targets.push({ i, row, aktivitet, ev });
    }
    if (targets.length === 0) throw new UserError(t.wheel.notActivityRow(Math.max(firstRow, 2)));

    const log = new AuditLog(Session.getActiveUser().getEmail(), () => clock.now);
    const results: { aktivitet: string; next: string | null; changed: boolean }[] = [];
    for (const { i, row, aktivitet, ev } of targets) {
      const rule = ev.rule!;
      const done = markDone({ recurrence: rule, next: ev.next, lastDone: ev.lastDone }, today, calendar);
      const changed = done.lastDone !== ev.lastDone || done.next !== ev.next;
      const next = done.next ? formatNorwegian(done.next) : null;
      results.push({ aktivitet, next, changed });
      if (!changed) continue;
      table.set(i, WHEEL_COL.sistGjort, startOfLocalDate(done.lastDone));
      table.set(i, WHEEL_COL.neste, done.next ? startOfLocalDate(done.next) : '');
      if (table.has(WHEEL_COL.status)) {
        const status = wheelStatus(
          { recurrence: rule, next: done.next, lastDone: done.lastDone },
          today,
          calendar,
        );
        table.set(i, WHEEL_COL.status, statusLabel(status, language));
      }
      log.add({
        saksnr: '',
        subDuty: '',
        event: t.wheel.logEvent,
        details: t.wheel.logDetails(row, shorten(aktivitet, 80), next ?? t.wheel.noNext),
      });
    }
    table.flush();
    log.flush(ss);

    const day = formatNorwegian(today);
    const changed = results.filter((r) => r.changed);
    if (changed.length === 0) return t.wheel.alreadyDone(day);
    if (results.length > 1) return t.wheel.markedMany(changed.length, day);
    const only = results[0]!;
    const name = shorten(only.aktivitet, 80);
    return only.next ? t.wheel.markedOne(name, day, only.next) : t.wheel.markedLast(name, day);
  });
}
